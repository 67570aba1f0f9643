// Grading the chapter 4 exercises: against the library's loss, and by finite differences.
#include <catch2/catch.hpp>
#include <iostream>
#include <memory>

#include "exercises.hpp"
#include "gradient_grader.hpp"
#include "nn/activations/sigmoid.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/core/random.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"
#include "nn/losses/mse.hpp"
#include "nn/network/network.hpp"

namespace {

// A small batch of the question's data: 12 training flowers and numpy's initial weights.
struct Batch {
  arma::mat X, Y, W1, W2;
};

Batch batch() {
  const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
  return {setup.train.features.rows(0, 11), nn::one_hot(setup.train.labels.rows(0, 11), 3), setup.w1, setup.w2};
}


}  // namespace

TEST_CASE("Exercise 4.1: question_loss", "[exercise]") {
  const arma::mat A2 = {{0.5, 0.25}, {1.0, 0.0}};
  const arma::mat Y = {{1.0, 0.0}, {1.0, 0.0}};
  CHECK(ch04::question_loss(A2, Y) == Approx((0.25 + 0.0625) / 8.0));  // sum of squares / (2 * 4)
  nn::Random random(41);
  const arma::mat p = random.uniform_matrix(7, 3, 0.0, 1.0), t = random.uniform_matrix(7, 3, 0.0, 1.0);
  CHECK(ch04::question_loss(p, t) == Approx(nn::HalfMeanSquaredError().value(p, t)).epsilon(1e-12));
  CHECK_THROWS_AS(ch04::question_loss(arma::mat(2, 3), arma::mat(3, 2)), std::invalid_argument);
}

TEST_CASE("Exercise 4.2: output_delta", "[exercise]") {
  nn::Random random(42);
  const arma::mat Z2 = random.normal_matrix(6, 3);
  const arma::mat Y = nn::one_hot({0, 1, 2, 2, 1, 0}, 3);
  const nn::Sigmoid sigmoid;
  const auto loss_of_z2 = [&](const arma::mat& z) { return nn::HalfMeanSquaredError().value(sigmoid.value(z), Y); };
  nn::test::require_gradient(loss_of_z2, Z2, ch04::output_delta(sigmoid.value(Z2), Y));
}

TEST_CASE("Exercise 4.3: backward", "[exercise]") {
  const Batch b = batch();
  const auto sigmoid = std::make_shared<nn::Sigmoid>();
  const auto loss_at = [&](const arma::mat& w1, const arma::mat& w2) {
    nn::Network network({nn::Dense(w1, sigmoid, false), nn::Dense(w2, sigmoid, false)});
    return nn::HalfMeanSquaredError().value(network.predict(b.X), b.Y);
  };
  const ch04::Gradients gradients = ch04::backward(b.X, b.Y, b.W1, b.W2);
  SECTION("dL/dW2 by finite differences") {
    nn::test::require_gradient([&](const arma::mat& w) { return loss_at(b.W1, w); }, b.W2, gradients.dW2);
  }
  SECTION("dL/dW1 by finite differences") {
    nn::test::require_gradient([&](const arma::mat& w) { return loss_at(w, b.W2); }, b.W1, gradients.dW1);
  }
}
