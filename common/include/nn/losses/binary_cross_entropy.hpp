/// \file
/// Binary cross-entropy, as PyTorch defines it (chapter 5): on probabilities
/// (`binary_cross_entropy`) and on logits (`binary_cross_entropy_with_logits`).
///
/// Why they pair with the sigmoid and the softmax: the derivative of the loss cancels that
/// of the activation, so the gradient at the logits \f$ z \f$ is the error vector itself.
/// For one output with \f$ p = \sigma(z) \f$ and \f$ \ell = -(y \log p + (1-y) \log(1-p)) \f$:
/// \f[ \frac{\partial \ell}{\partial p} = \frac{p - y}{p(1-p)}, \qquad
///     \frac{\partial p}{\partial z} = p(1-p), \qquad
///     \frac{\partial \ell}{\partial z} = \frac{p - y}{p(1-p)}\, p(1-p) = p - y. \f]
/// For a row of classes with \f$ \ell = -\sum_j y_j \log s_j \f$ and
/// \f$ \log s_j = z_j - \log \sum_k e^{z_k} \f$, so that
/// \f$ \partial \log s_j / \partial z_i = \delta_{ij} - s_i \f$:
/// \f[ \frac{\partial \ell}{\partial z_i} = -\sum_j y_j (\delta_{ij} - s_i)
///     = s_i \sum_j y_j - y_i = s_i - y_i \quad \text{when } \textstyle\sum_j y_j = 1. \f]
/// The mean squared error on a sigmoid output keeps the sigmoid's derivative instead:
/// \f[ \ell = (p - y)^2, \qquad \frac{\partial \ell}{\partial z} = 2 (p - y)\, p (1 - p), \f]
/// and \f$ p(1-p) \le 1/4 \f$ goes to 0 as the neuron saturates, however wrong it is. A
/// neuron stuck at \f$ p \approx 0 \f$ with \f$ y = 1 \f$ barely moves: the learning slowdown
/// that cross-entropy removes (Nielsen, *Neural Networks and Deep Learning*, chapter 3).
#pragma once

#include <string>

#include "nn/losses/loss.hpp"

namespace nn {

/// Binary cross-entropy on probabilities \f$ p \in [0, 1] \f$ (PyTorch's `binary_cross_entropy`,
/// `BCELoss`), with targets \f$ y \in [0, 1] \f$, element by element:
/// \f[ \ell_i = -\bigl( y_i \max(\log p_i, -100) + (1 - y_i) \max(\log(1 - p_i), -100) \bigr). \f]
/// Each log is clamped at -100, as PyTorch does, so \f$ p = 0 \f$ with \f$ y = 1 \f$ costs 100
/// rather than infinity, and \f$ 0 \cdot \log 0 \f$ is 0 rather than NaN. The mean is over
/// every element.
///
/// The gradient is PyTorch's backward, with its denominator clamped at \f$ \epsilon = 10^{-12} \f$:
/// \f[ \frac{\partial \ell_i}{\partial p_i} = \frac{p_i - y_i}{\max(p_i (1 - p_i), \epsilon)}. \f]
/// It is the exact derivative wherever \f$ p_i(1-p_i) \ge \epsilon \f$ (roughly
/// \f$ 10^{-12} \le p_i \le 1 - 10^{-12} \f$). At \f$ p_i = 0 \f$ or 1 it stays finite,
/// \f$ (p_i - y_i) \times 10^{12} \f$: \f$ -10^{12} \f$ for \f$ p = 0, y = 1 \f$, and 0 when the
/// prediction equals the target (where the one-sided derivative is \f$ \pm 1 \f$: at
/// \f$ p = y = 0 \f$ the loss is \f$ -\log(1-p) \f$, of slope 1). Nor is it the derivative
/// of the clamped loss, which is flat where a log is clamped: PyTorch's backward keeps the
/// unclamped formula, so a confidently wrong prediction still gets a large, finite push.
/// Prefer nn::BinaryCrossEntropyWithLogits, which never forms \f$ p \f$ and needs no clamp.
class BinaryCrossEntropy final : public Loss {
 public:
  /// \param reduction mean (PyTorch's default: over every element), sum or none.
  explicit BinaryCrossEntropy(Reduction reduction = Reduction::mean);
  std::string name() const override { return "bce"; }

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;
  /// The base checks, and both prediction and target in [0, 1].
  void check(const std::string& function, const arma::mat& prediction, const arma::mat& target) const override;
};

/// Binary cross-entropy on logits \f$ z \f$ (PyTorch's `binary_cross_entropy_with_logits`,
/// `BCEWithLogitsLoss`): the loss of nn::BinaryCrossEntropy at \f$ p = \sigma(z) \f$, in a form
/// that is finite and accurate for any finite z:
/// \f[ \ell_i = \max(z_i, 0) - z_i y_i + \log\bigl(1 + e^{-|z_i|}\bigr), \qquad
///     \frac{\partial \ell_i}{\partial z_i} = \sigma(z_i) - y_i. \f]
/// The naive \f$ -\log \sigma(z) \f$ underflows: \f$ \sigma(-1000) \f$ is 0 in double, its log
/// \f$ -\infty \f$, and \f$ 0 \cdot \log 0 \f$ is NaN. Here \f$ z = -1000, y = 1 \f$ costs exactly
/// 1000 with gradient -1. The mean is over every element. Targets must lie in [0, 1]
/// (PyTorch does not check; outside that range the loss has no minimum).
class BinaryCrossEntropyWithLogits final : public Loss {
 public:
  /// \param reduction mean (over every element), sum or none.
  explicit BinaryCrossEntropyWithLogits(Reduction reduction = Reduction::mean);
  std::string name() const override { return "bce-logits"; }

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;
  /// The base checks, and the target in [0, 1].
  void check(const std::string& function, const arma::mat& prediction, const arma::mat& target) const override;
};

}  // namespace nn
