// Each loss is a negative log-likelihood up to a scale and a constant that does not depend on
// the prediction: checked on random data for several predictions, with the constants by hand.
#include <catch2/catch.hpp>

#include <cmath>
#include <functional>
#include <numbers>

#include "nn/core/random.hpp"
#include "nn/losses/binary_cross_entropy.hpp"
#include "nn/losses/likelihood.hpp"
#include "nn/losses/mae.hpp"
#include "nn/losses/mse.hpp"
#include "nn/losses/quantile.hpp"
#include "nn/losses/softmax_cross_entropy.hpp"

namespace {

using Nll = std::function<double(const arma::mat&)>;
using LossValue = std::function<double(const arma::mat&)>;

// NLL(prediction) - scale * loss(prediction) must be `constant` for every prediction tried.
void require_identity(const Nll& nll, const LossValue& loss, double scale, double constant,
                      const std::vector<arma::mat>& predictions) {
  for (const arma::mat& prediction : predictions) {
    CHECK(nll(prediction) - scale * loss(prediction) == Approx(constant).epsilon(1e-12).margin(1e-12));
  }
}

}  // namespace

TEST_CASE("MSE, MAE and the quantile loss are Gaussian, Laplace and asymmetric Laplace NLLs", "[likelihood]") {
  nn::Random random(91);
  const arma::mat y = random.normal_matrix(7, 1, 2.0, 1.5);
  const std::vector<arma::mat> predictions = {random.normal_matrix(7, 1), y + 0.3, arma::mat(7, 1, arma::fill::value(5.0))};
  const double n = 7.0;
  for (const double sigma : {0.5, 2.0}) {
    INFO("sigma " << sigma);
    require_identity([&](const arma::mat& p) { return nn::gaussian_nll(p, y, sigma); },
                     [&](const arma::mat& p) { return nn::MeanSquaredError().value(p, y); }, n / (2 * sigma * sigma),
                     n * std::log(sigma * std::sqrt(2 * std::numbers::pi)), predictions);
    require_identity([&](const arma::mat& p) { return nn::laplace_nll(p, y, sigma); },
                     [&](const arma::mat& p) { return nn::MeanAbsoluteError().value(p, y); }, n / sigma,
                     n * std::log(2 * sigma), predictions);
    for (const double tau : {0.1, 0.5, 0.9}) {
      require_identity([&](const arma::mat& p) { return nn::asymmetric_laplace_nll(p, y, tau, sigma); },
                       [&](const arma::mat& p) { return nn::QuantileLoss(tau).value(p, y); }, n / sigma,
                       -n * std::log(tau * (1 - tau) / sigma), predictions);
    }
  }
  // By hand: one sample, error 1, sigma 1: 1/2 + log sqrt(2 pi) = 1.4189385332046727.
  CHECK(nn::gaussian_nll(arma::mat{1.0}, arma::mat{0.0}, 1.0) == Approx(1.4189385332046727));
  // Laplace, error 2, scale 1: 2 + log 2.
  CHECK(nn::laplace_nll(arma::mat{2.0}, arma::mat{0.0}, 1.0) == Approx(2.0 + std::log(2.0)));
  // Asymmetric Laplace, tau 0.9, sigma 1, truth 1 above the prediction: 0.9 - log 0.09.
  CHECK(nn::asymmetric_laplace_nll(arma::mat{0.0}, arma::mat{1.0}, 0.9, 1.0) == Approx(0.9 - std::log(0.09)));
}

TEST_CASE("BCE and softmax cross-entropy are Bernoulli and categorical NLLs, with no constant", "[likelihood]") {
  nn::Random random(92);
  const arma::mat logits = random.normal_matrix(6, 1, 0.0, 3.0);
  const arma::mat y = arma::colvec{1, 0, 0, 1, 1, 0};
  CHECK(nn::bernoulli_nll(logits, y) == Approx(6.0 * nn::BinaryCrossEntropyWithLogits().value(logits, y)).epsilon(1e-13));
  // One logit of 0: probability 1/2 for either outcome.
  CHECK(nn::bernoulli_nll(arma::mat{0.0}, arma::mat{1.0}) == Approx(std::log(2.0)));
  CHECK(std::isfinite(nn::bernoulli_nll(arma::mat{-800.0}, arma::mat{1.0})));

  const arma::mat scores = random.normal_matrix(5, 3, 0.0, 2.0);
  const arma::uvec labels = {0, 2, 1, 1, 0};
  CHECK(nn::categorical_nll(scores, labels) ==
        Approx(5.0 * nn::SoftmaxCrossEntropy().value(scores, arma::conv_to<arma::mat>::from(labels))).epsilon(1e-13));
  CHECK(nn::categorical_nll(arma::mat(1, 4, arma::fill::zeros), arma::uvec{3}) == Approx(std::log(4.0)));
}

TEST_CASE("the likelihoods refuse what has no density", "[likelihood][errors]") {
  const arma::mat one = {1.0};
  CHECK_THROWS_WITH(nn::gaussian_nll(one, one, 0.0), Catch::Contains("sigma must be finite and above 0, got 0"));
  CHECK_THROWS_WITH(nn::laplace_nll(one, one, -1.0), Catch::Contains("scale must be finite and above 0"));
  CHECK_THROWS_WITH(nn::asymmetric_laplace_nll(one, one, 1.0, 1.0), Catch::Contains("tau must lie strictly between"));
  CHECK_THROWS_WITH(nn::bernoulli_nll(one, arma::mat{0.5}), Catch::Contains("a Bernoulli outcome is 0 or 1"));
  CHECK_THROWS_WITH(nn::categorical_nll(arma::mat(2, 3, arma::fill::zeros), arma::uvec{0}),
                    Catch::Contains("1 labels for 2 rows"));
  CHECK_THROWS_WITH(nn::categorical_nll(arma::mat(1, 3, arma::fill::zeros), arma::uvec{3}),
                    Catch::Contains("label 3 is not below 3 classes"));
  CHECK_THROWS_AS(nn::gaussian_nll(arma::mat(2, 1), one, 1.0), std::invalid_argument);
}
