// The graders' gradient check: compare with finite differences, print the comparison
// (CS231n style: numerical, analytic, relative error) when it fails, and require agreement.
#pragma once

#include <catch2/catch.hpp>
#include <iostream>

#include "nn/core/gradient_check.hpp"
#include "nn/tutorial/gradient_report.hpp"

namespace nn::test {

inline void require_gradient(const nn::ScalarFunction& f, const arma::mat& x, const arma::mat& analytic) {
  REQUIRE(arma::size(analytic) == arma::size(x));
  const nn::GradientCheck check = nn::check_gradient(f, x, analytic);
  const bool passed = check.passed(1e-6, 1e-9);
  if (!passed) nn::print_gradient_check(std::cout, check);
  INFO("largest relative error " << check.max_relative_error());
  CHECK(passed);
}

}  // namespace nn::test
