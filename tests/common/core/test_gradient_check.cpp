// The gradient checker itself: it must accept right gradients and catch wrong ones.
#include <catch2/catch.hpp>

#include "nn/core/gradient_check.hpp"

TEST_CASE("central differences are exact for a quadratic, up to rounding", "[gradient]") {
  const arma::mat x = {{1.0, -2.0}, {0.5, 3.0}};
  const auto f = [](const arma::mat& m) { return arma::accu(arma::square(m)); };  // gradient 2x
  const nn::GradientCheck check = nn::check_gradient(f, x, 2.0 * x);
  CHECK(check.passed(1e-8));
  CHECK(arma::approx_equal(check.numerical, 2.0 * x, "absdiff", 1e-7));
}

TEST_CASE("a wrong gradient fails the check", "[gradient]") {
  const arma::mat x = {{1.0, -2.0}};
  const auto f = [](const arma::mat& m) { return arma::accu(arma::square(m)); };
  const nn::GradientCheck check = nn::check_gradient(f, x, x);  // missing the factor 2
  CHECK_FALSE(check.passed());
  CHECK(check.max_relative_error() == Approx(0.5).epsilon(1e-6));
}

TEST_CASE("relative error is symmetric, scale-free and 0 for two zeros", "[gradient]") {
  CHECK(nn::relative_error(0.0, 0.0) == 0.0);
  CHECK(nn::relative_error(2.0, 1.0) == 0.5);
  CHECK(nn::relative_error(1.0, 2.0) == 0.5);
  CHECK(nn::relative_error(2e-9, 1e-9) == 0.5);
}

TEST_CASE("the checker rejects bad arguments", "[gradient][errors]") {
  const auto f = [](const arma::mat& m) { return arma::accu(m); };
  CHECK_THROWS_AS(nn::numerical_gradient(f, arma::mat()), std::invalid_argument);
  CHECK_THROWS_AS(nn::numerical_gradient(f, arma::mat(1, 1, arma::fill::value(1.0)), 0.0), std::invalid_argument);
  CHECK_THROWS_AS(nn::check_gradient(f, arma::mat{{1.0, 2.0}}, arma::mat(1, 1, arma::fill::value(1.0))), std::invalid_argument);
  const auto blows_up = [](const arma::mat&) { return arma::datum::inf; };
  CHECK_THROWS_WITH(nn::numerical_gradient(blows_up, arma::mat(1, 1, arma::fill::value(1.0))), Catch::Contains("not finite"));
}

TEST_CASE("an absolute tolerance forgives rounding in tiny gradients, not wrong ones", "[gradient]") {
  nn::GradientCheck check{.analytic = arma::mat{{1e-12, 1.0}},
                          .numerical = arma::mat{{2e-12, 1.0}},
                          .relative_error = arma::mat{{0.5, 0.0}}};
  CHECK_FALSE(check.passed(1e-7));
  CHECK(check.passed(1e-7, 1e-10));
  nn::GradientCheck wrong{.analytic = arma::mat{{0.5, 1.0}},
                          .numerical = arma::mat{{1.0, 1.0}},
                          .relative_error = arma::mat{{0.5, 0.0}}};
  CHECK_FALSE(wrong.passed(1e-7, 1e-10));
}
