// Grading the chapter 2 exercises against the library's losses.
#include <catch2/catch.hpp>

#include "exercises.hpp"
#include "nn/core/random.hpp"
#include "nn/losses/mae.hpp"
#include "nn/losses/mse.hpp"
#include "nn/losses/quantile.hpp"

namespace {
const arma::mat truth = arma::colvec{0, 1, 2, 3};
const arma::mat candidate_a = arma::colvec{-2, 3, 0, 5};
const arma::mat candidate_b = arma::colvec{0, 1, 2, 10};
}  // namespace

TEST_CASE("Exercise 2.1: mean_squared_error", "[exercise]") {
  CHECK(ch02::mean_squared_error(candidate_a, truth) == Approx(4.0));
  CHECK(ch02::mean_squared_error(candidate_b, truth) == Approx(12.25));
  nn::Random random(21);
  const arma::mat p = random.normal_matrix(6, 3), t = random.normal_matrix(6, 3);
  CHECK(ch02::mean_squared_error(p, t) == Approx(nn::MeanSquaredError().value(p, t)).epsilon(1e-12));
  CHECK_THROWS_AS(ch02::mean_squared_error(arma::mat(2, 1), arma::mat(1, 2)), std::invalid_argument);
}

TEST_CASE("Exercise 2.2: mean_absolute_error", "[exercise]") {
  CHECK(ch02::mean_absolute_error(candidate_a, truth) == Approx(2.0));
  CHECK(ch02::mean_absolute_error(candidate_b, truth) == Approx(1.75));
  nn::Random random(22);
  const arma::mat p = random.normal_matrix(6, 3), t = random.normal_matrix(6, 3);
  CHECK(ch02::mean_absolute_error(p, t) == Approx(nn::MeanAbsoluteError().value(p, t)).epsilon(1e-12));
  CHECK_THROWS_AS(ch02::mean_absolute_error(arma::mat(), arma::mat()), std::invalid_argument);
}

TEST_CASE("Exercise 2.3: quantile_loss", "[exercise]") {
  CHECK(ch02::quantile_loss(candidate_a, truth, 0.9) == Approx(1.0));
  CHECK(ch02::quantile_loss(candidate_b, truth, 0.9) == Approx(0.175));
  nn::Random random(23);
  const arma::mat p = random.normal_matrix(6, 3), t = random.normal_matrix(6, 3);
  for (double tau : {0.1, 0.5, 0.9}) {
    CHECK(ch02::quantile_loss(p, t, tau) == Approx(nn::QuantileLoss(tau).value(p, t)).epsilon(1e-12));
  }
  CHECK_THROWS_AS(ch02::quantile_loss(p, t, 1.0), std::invalid_argument);
  CHECK_THROWS_AS(ch02::quantile_loss(p, t, 0.0), std::invalid_argument);
}
