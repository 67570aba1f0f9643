/// \file
/// Mean absolute error, as PyTorch's `l1_loss` defines it (chapter 2).
#pragma once

#include "nn/losses/loss.hpp"

namespace nn {

/// \f$ \ell_i = |\hat y_i - y_i| \f$, with \f$ \partial \ell_i / \partial \hat y_i =
/// \operatorname{sign}(\hat y_i - y_i) \f$: every wrong prediction pulls with the same strength
/// (\ref ch03_mse_gradient). At a zero error, where there is no derivative, the gradient is 0,
/// as PyTorch's (a valid subgradient).
class MeanAbsoluteError final : public Loss {
 public:
  /// \param reduction mean (over every element), sum or none.
  explicit MeanAbsoluteError(Reduction reduction = Reduction::mean);
  std::string name() const override { return "mae"; }

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;
};

}  // namespace nn
