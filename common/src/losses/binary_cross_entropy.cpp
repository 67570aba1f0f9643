#include "nn/losses/binary_cross_entropy.hpp"

#include <algorithm>
#include <cmath>

#include "nn/activations/sigmoid.hpp"
#include "nn/core/checks.hpp"

namespace nn {

namespace {

// PyTorch's floor for each log of binary_cross_entropy, and for the denominator p (1 - p)
// of its backward.
constexpr double log_floor = -100.0;
constexpr double denominator_floor = 1e-12;

}  // namespace

BinaryCrossEntropy::BinaryCrossEntropy(Reduction reduction) : Loss("BinaryCrossEntropy", reduction) {}

void BinaryCrossEntropy::check(const std::string& function, const arma::mat& prediction,
                               const arma::mat& target) const {
  Loss::check(function, prediction, target);
  require_in_range(function, "prediction", prediction, 0.0, 1.0,
                   "a probability lies in [0, 1] (for logits use BinaryCrossEntropyWithLogits)");
  require_in_range(function, "target", target, 0.0, 1.0, "a target lies in [0, 1]");
}

// -(y log p + (1 - y) log(1 - p)) with each log floored at -100; log1p(-p) is log(1 - p) without
// the rounding of 1 - p for small p.
arma::mat BinaryCrossEntropy::unchecked_terms(const arma::mat& prediction, const arma::mat& target) const {
  arma::mat loss(arma::size(prediction));
  for (arma::uword i = 0; i < prediction.n_elem; ++i) {
    const double p = prediction(i), y = target(i);
    const double log_p = std::max(std::log(p), log_floor);
    const double log_not_p = std::max(std::log1p(-p), log_floor);
    loss(i) = -(y * log_p + (1.0 - y) * log_not_p);
  }
  return loss;
}

// d/dp = -y/p + (1 - y)/(1 - p) = (p - y) / (p (1 - p)), its denominator floored as PyTorch does.
arma::mat BinaryCrossEntropy::unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const {
  arma::mat gradient(arma::size(prediction));
  for (arma::uword i = 0; i < prediction.n_elem; ++i) {
    const double p = prediction(i);
    gradient(i) = (p - target(i)) / std::max(p * (1.0 - p), denominator_floor);
  }
  return gradient;
}

BinaryCrossEntropyWithLogits::BinaryCrossEntropyWithLogits(Reduction reduction)
    : Loss("BinaryCrossEntropyWithLogits", reduction) {}

void BinaryCrossEntropyWithLogits::check(const std::string& function, const arma::mat& prediction,
                                         const arma::mat& target) const {
  Loss::check(function, prediction, target);
  require_in_range(function, "target", target, 0.0, 1.0, "a target lies in [0, 1]");
}

// -(y log sigma(z) + (1 - y) log sigma(-z)) = max(z, 0) - z y + log(1 + e^{-|z|}):
// the exponent is never positive, and log1p keeps the last term accurate when it is tiny.
arma::mat BinaryCrossEntropyWithLogits::unchecked_terms(const arma::mat& prediction, const arma::mat& target) const {
  // answer: Exercise 5.1 (bce_with_logits)
  arma::mat loss(arma::size(prediction));
  for (arma::uword i = 0; i < prediction.n_elem; ++i) {
    const double z = prediction(i);
    loss(i) = std::max(z, 0.0) - z * target(i) + std::log1p(std::exp(-std::abs(z)));
  }
  return loss;
  // end of answer
}

// The sigmoid's derivative p (1 - p) cancels the loss's denominator: dl/dz = sigma(z) - y.
arma::mat BinaryCrossEntropyWithLogits::unchecked_gradient(const arma::mat& prediction,
                                                           const arma::mat& target) const {
  return Sigmoid().value(prediction) - target;
}

}  // namespace nn
