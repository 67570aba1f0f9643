/// \file
/// Binary cross-entropy, as PyTorch defines it (chapter 5): on probabilities
/// (`binary_cross_entropy`) and on logits (`binary_cross_entropy_with_logits`).
#pragma once

#include <string>

#include "nn/losses/loss.hpp"

namespace nn {

/// Binary cross-entropy on probabilities \f$ p \in [0, 1] \f$ (PyTorch's `binary_cross_entropy`,
/// `BCELoss`), with targets \f$ y \in [0, 1] \f$, element by element, and its gradient:
/// \f[ \ell_i = -\bigl( y_i \max(\log p_i, -100) + (1 - y_i) \max(\log(1 - p_i), -100) \bigr), \qquad
///     \frac{\partial \ell_i}{\partial p_i} = \frac{p_i - y_i}{\max(p_i (1 - p_i), 10^{-12})}. \f]
/// Both clamps are PyTorch's, so a probability of 0 or 1 gives a finite loss and gradient
/// (\ref ch05_cross_entropy); the mean is over every element. Prefer
/// nn::BinaryCrossEntropyWithLogits, which never forms \f$ p \f$ and needs no clamp.
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
/// that is finite and accurate for any finite z (\ref ch05_cross_entropy):
/// \f[ \ell_i = \max(z_i, 0) - z_i y_i + \log\bigl(1 + e^{-|z_i|}\bigr), \qquad
///     \frac{\partial \ell_i}{\partial z_i} = \sigma(z_i) - y_i. \f]
/// The mean is over every element. Targets must lie in [0, 1] (PyTorch does not check;
/// outside that range the loss has no minimum).
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
