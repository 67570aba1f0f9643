// The printed gradient check of chapters 3 and 4 and the graders.
#include <catch2/catch.hpp>
#include <sstream>

#include "nn/tutorial/gradient_report.hpp"

TEST_CASE("the printed check lists numerical, analytic and relative error per element", "[gradient]") {
  const arma::mat x(1, 1, arma::fill::value(3.0));
  const auto f = [](const arma::mat& m) { return m(0) * m(0); };
  std::ostringstream out;
  nn::print_gradient_check(out, nn::check_gradient(f, x, arma::mat(1, 1, arma::fill::value(6.0))));
  CHECK_THAT(out.str(), Catch::Contains("numerical") && Catch::Contains("analytic") &&
                            Catch::Contains("relative error") && Catch::Contains("[1,1]"));
}
