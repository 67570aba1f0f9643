// Grading the chapter 3 exercises by finite differences, as the chapter checks its own derivation.
#include <catch2/catch.hpp>
#include <iostream>

#include "exercises.hpp"
#include "gradient_grader.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/random.hpp"
#include "nn/losses/huber.hpp"
#include "nn/losses/mse.hpp"


TEST_CASE("Exercise 3.1: mse_gradient", "[exercise]") {
  CHECK(arma::approx_equal(ch03::mse_gradient(arma::colvec{-2, 3, 0, 5}, arma::colvec{0, 1, 2, 3}),
                           arma::mat(arma::colvec{-1, 1, -1, 1}), "absdiff", 1e-12));
  nn::Random random(31);
  const arma::mat target = random.normal_matrix(5, 3);
  const arma::mat prediction = random.normal_matrix(5, 3);
  const nn::MeanSquaredError mse;
  nn::test::require_gradient([&](const arma::mat& p) { return mse.value(p, target); }, prediction,
                   ch03::mse_gradient(prediction, target));
  CHECK_THROWS_AS(ch03::mse_gradient(arma::mat(2, 2), arma::mat(2, 3)), std::invalid_argument);
}

TEST_CASE("Exercise 3.2: huber_gradient", "[exercise]") {
  nn::Random random(32);
  const arma::mat target = random.normal_matrix(6, 2);
  const arma::mat prediction = target + arma::mat{{-3.1, 0.2}, {-0.7, 1.6}, {2.2, -0.05}, {0.4, -1.9}, {5, 0.9}, {-0.3, 1.2}};
  for (double delta : {0.5, 1.0, 2.0}) {
    const nn::HuberLoss huber(delta);
    INFO("delta " << delta);
    nn::test::require_gradient([&](const arma::mat& p) { return huber.value(p, target); }, prediction,
                     ch03::huber_gradient(prediction, target, delta));
  }
  CHECK_THROWS_AS(ch03::huber_gradient(prediction, target, 0.0), std::invalid_argument);
}

TEST_CASE("Exercise 3.3: line_gradient", "[exercise]") {
  nn::Random random(33);
  const arma::vec x = random.uniform_matrix(12, 1, -1.0, 1.0);
  const arma::vec y = 2.0 * x + 1.0 + random.normal_matrix(12, 1, 0.0, 0.3);
  const nn::MeanSquaredError mse;
  const auto loss_of = [&](const arma::mat& line) { return mse.value(line(0) * x + line(1), y); };
  for (const arma::colvec& line : {arma::colvec{0.0, 0.0}, arma::colvec{1.5, -0.5}, arma::colvec{3.0, 2.0}}) {
    nn::test::require_gradient(loss_of, line, ch03::line_gradient(x, y, line(0), line(1)));
  }
}
