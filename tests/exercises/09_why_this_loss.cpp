// Grading the chapter 9 exercises: the Gaussian NLL's gradient by finite differences, the
// quantile loss's best constant against the sorted sample and against its neighbours, and the
// class-weighted cross-entropy against hand-computed values and the library's loss.
#include <catch2/catch.hpp>

#include <cmath>

#include "exercises.hpp"
#include "gradient_grader.hpp"
#include "nn/core/random.hpp"
#include "nn/losses/likelihood.hpp"
#include "nn/losses/quantile.hpp"
#include "nn/losses/softmax_cross_entropy.hpp"

TEST_CASE("Exercise 9.1: gaussian_nll_gradient", "[exercise]") {
  // error 1 with sigma 0.5: 1 / 0.25 = 4
  CHECK(arma::approx_equal(ch09::gaussian_nll_gradient(arma::mat{{1.0, -2.0}}, arma::mat{{0.0, 0.0}}, 0.5),
                           arma::mat{{4.0, -8.0}}, "absdiff", 1e-12));
  nn::Random random(91);
  const arma::mat target = random.normal_matrix(6, 2);
  const arma::mat prediction = random.normal_matrix(6, 2);
  for (const double sigma : {0.5, 1.0, 3.0}) {
    INFO("sigma " << sigma);
    nn::test::require_gradient([&](const arma::mat& p) { return nn::gaussian_nll(p, target, sigma); }, prediction,
                               ch09::gaussian_nll_gradient(prediction, target, sigma));
  }
}

namespace {

double quantile_loss(const arma::vec& sample, double tau, double c) {
  return nn::QuantileLoss(tau, nn::Reduction::sum).value(arma::mat(sample.n_elem, 1, arma::fill::value(c)), sample);
}

}  // namespace

TEST_CASE("Exercise 9.2: best_quantile_constant", "[exercise]") {
  const arma::vec sample = {10, 1, 7, 3, 2, 8, 4};  // sorted: 1 2 3 4 7 8 10
  CHECK(ch09::best_quantile_constant(sample, 0.5) == 4.0);   // tau N = 3.5: the 4th value, the median
  CHECK(ch09::best_quantile_constant(sample, 0.3) == 3.0);   // tau N = 2.1: the 3rd
  CHECK(ch09::best_quantile_constant(sample, 0.9) == 10.0);  // tau N = 6.3: the 7th, the largest
  CHECK(ch09::best_quantile_constant(sample, 0.1) == 1.0);   // tau N = 0.7: the 1st
  // Any sample and tau: no other constant does better, neither a sample value nor a point nearby.
  nn::Random random(92);
  for (const arma::uword n : {1u, 4u, 9u, 20u}) {
    const arma::vec skewed = arma::exp(random.normal_matrix(n, 1));
    for (const double tau : {0.1, 0.25, 0.5, 0.75, 0.95}) {
      const double c = ch09::best_quantile_constant(skewed, tau);
      const double best = quantile_loss(skewed, tau, c);
      INFO("N " << n << ", tau " << tau << ", answer " << c);
      for (const double other : skewed) CHECK(best <= quantile_loss(skewed, tau, other) + 1e-12);
      CHECK(best <= quantile_loss(skewed, tau, c + 1e-3) + 1e-12);
      CHECK(best <= quantile_loss(skewed, tau, c - 1e-3) + 1e-12);
    }
  }
}

TEST_CASE("Exercise 9.3: class_weighted_cross_entropy", "[exercise]") {
  // Logits (1, 2, 3) of class 2 and (0, 0, 0) of class 0, weights (1, 2, 3):
  // (3 log(1 + e^-1 + e^-2) + 1 log 3) / (3 + 1), PyTorch's CrossEntropyLoss(weight=...) by hand.
  const arma::mat logits = {{1.0, 2.0, 3.0}, {0.0, 0.0, 0.0}};
  CHECK(ch09::class_weighted_cross_entropy(logits, arma::uvec{2, 0}, arma::rowvec{1, 2, 3}) ==
        Approx(0.5803575455003127).epsilon(1e-13));
  // Equal weights give the plain mean; the library's loss agrees on random data.
  CHECK(ch09::class_weighted_cross_entropy(logits, arma::uvec{2, 0}, arma::rowvec{7, 7, 7}) ==
        Approx(nn::SoftmaxCrossEntropy().value(logits, arma::colvec{2, 0})).epsilon(1e-13));
  nn::Random random(93);
  const arma::mat z = random.normal_matrix(10, 4, 0.0, 2.0);
  const arma::uvec labels = {0, 1, 2, 3, 3, 2, 1, 0, 0, 1};
  const arma::rowvec weight = {0.5, 4.0, 1.0, 2.5};
  CHECK(ch09::class_weighted_cross_entropy(z, labels, weight) ==
        Approx(nn::SoftmaxCrossEntropy({.weight = weight}).value(z, arma::conv_to<arma::mat>::from(labels)))
            .epsilon(1e-13));
}

