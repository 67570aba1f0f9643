// Grading the chapter 5 exercises against the library's cross-entropies and finite differences.
#include <catch2/catch.hpp>
#include <cmath>
#include <iostream>

#include "exercises.hpp"
#include "gradient_grader.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/random.hpp"
#include "nn/losses/binary_cross_entropy.hpp"
#include "nn/losses/softmax_cross_entropy.hpp"

TEST_CASE("Exercise 5.1: bce_with_logits", "[exercise]") {
  CHECK(ch05::bce_with_logits(arma::mat{{0.0, 0.0}}, arma::mat{{1.0, 0.0}}) == Approx(std::log(2.0)));
  nn::Random random(51);
  const arma::mat z = random.normal_matrix(5, 3, 0.0, 3.0), y = random.uniform_matrix(5, 3, 0.0, 1.0);
  CHECK(ch05::bce_with_logits(z, y) == Approx(nn::BinaryCrossEntropyWithLogits().value(z, y)).epsilon(1e-12));
  SECTION("huge logits stay finite and right") {
    const double value = ch05::bce_with_logits(arma::mat{{1000.0, -1000.0}}, arma::mat{{0.0, 1.0}});
    CHECK(std::isfinite(value));
    CHECK(value == Approx(1000.0));  // each costs |z|: (1000 + 1000) / 2
  }
}

TEST_CASE("Exercise 5.2: softmax_cross_entropy", "[exercise]") {
  const arma::mat logits = {{2.0, 1.0, 0.1}, {0.5, 2.5, -1.0}};
  const arma::uvec labels = {0, 2};
  const arma::mat label_column = arma::conv_to<arma::mat>::from(labels);
  CHECK(ch05::softmax_cross_entropy(logits, labels) ==
        Approx(nn::SoftmaxCrossEntropy().value(logits, label_column)).epsilon(1e-12));
  SECTION("huge logits stay finite and right") {
    const double value = ch05::softmax_cross_entropy(arma::mat{{1000.0, 0.0}, {0.0, 1000.0}}, arma::uvec{1, 1});
    CHECK(value == Approx(500.0));  // sample 1 costs 1000, sample 2 costs ~0
  }
  CHECK_THROWS_AS(ch05::softmax_cross_entropy(logits, arma::uvec{0, 3}), std::invalid_argument);
  CHECK_THROWS_AS(ch05::softmax_cross_entropy(logits, arma::uvec{0}), std::invalid_argument);
}

TEST_CASE("Exercise 5.3: softmax_cross_entropy_gradient", "[exercise]") {
  nn::Random random(53);
  const arma::mat logits = random.normal_matrix(6, 4, 0.0, 2.0);
  const arma::uvec labels = {0, 3, 1, 1, 2, 3};
  const nn::SoftmaxCrossEntropy ce;
  const arma::mat label_column = arma::conv_to<arma::mat>::from(labels);
  nn::test::require_gradient([&](const arma::mat& z) { return ce.value(z, label_column); }, logits,
                             ch05::softmax_cross_entropy_gradient(logits, labels));
  const arma::mat huge = ch05::softmax_cross_entropy_gradient(arma::mat{{1000.0, 0.0}}, arma::uvec{1});
  CHECK(huge.is_finite());
  CHECK(huge(0, 0) == Approx(1.0));
  CHECK(huge(0, 1) == Approx(-1.0));
}
