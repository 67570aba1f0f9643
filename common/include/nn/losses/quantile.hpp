/// \file
/// The quantile (pinball) loss: an asymmetric loss for "do not predict below the truth" (chapter 2).
#pragma once

#include "nn/losses/loss.hpp"

namespace nn {

/// Charges under-predictions \f$ \tau \f$ per unit and over-predictions \f$ 1-\tau \f$ per unit:
/// \f[ \ell_i = \tau \max(-e_i, 0) + (1-\tau) \max(e_i, 0), \qquad
///     \frac{\partial \ell_i}{\partial \hat y_i} = \begin{cases} -\tau & e_i < 0 \\ 0 & e_i = 0
///     \\ 1-\tau & e_i > 0 \end{cases} \f]
/// with \f$ e = \hat y - y \f$: the loss of quantile regression, which PyTorch does not have
/// (\ref ch02_error_to_loss). At a zero error the gradient is 0, the subgradient PyTorch's
/// `l1_loss` also picks.
class QuantileLoss final : public Loss {
 public:
  /// \param tau the quantile, strictly between 0 and 1 (0.5 gives half the absolute error).
  /// \param reduction mean (over every element), sum or none.
  /// \throws std::invalid_argument unless 0 < tau < 1.
  explicit QuantileLoss(double tau, Reduction reduction = Reduction::mean);
  std::string name() const override { return "quantile"; }
  /// The quantile \f$ \tau \f$.
  double tau() const { return tau_; }

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;

 private:
  double tau_;
};

}  // namespace nn
