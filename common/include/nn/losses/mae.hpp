/// \file
/// Mean absolute error, as PyTorch's `l1_loss` defines it (chapter 2).
#pragma once

#include "nn/losses/loss.hpp"

namespace nn {

/// \f$ \ell_i = |\hat y_i - y_i| \f$, with \f$ \partial \ell_i / \partial \hat y_i =
/// \operatorname{sign}(\hat y_i - y_i) \f$.
///
/// The absolute value has no derivative where the error is 0; like PyTorch this
/// class uses 0 there (a valid subgradient). Every wrong prediction pulls with the
/// same strength, however wrong it is: that is why MAE shrugs at outliers.
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
