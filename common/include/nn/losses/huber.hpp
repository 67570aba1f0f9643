/// \file
/// The Huber loss, as PyTorch's `huber_loss` defines it (chapters 2 and 3).
#pragma once

#include "nn/losses/loss.hpp"

namespace nn {

/// Squared near zero, absolute far away:
/// \f[ \ell_i = \begin{cases} \tfrac12 e_i^2 & |e_i| < \delta
///                 \\ \delta\,(|e_i| - \tfrac12 \delta) & \text{otherwise} \end{cases}
///     \qquad \frac{\partial \ell_i}{\partial \hat y_i} = \operatorname{clamp}(e_i, -\delta, \delta) \f]
/// with \f$ e = \hat y - y \f$. The gradient is the error vector itself while the
/// error is small, and is capped at \f$ \pm\delta \f$ for outliers (\ref ch03_mse_gradient).
class HuberLoss final : public Loss {
 public:
  /// \param delta where the loss turns from squared to absolute; PyTorch's default is 1.
  /// \param reduction mean (over every element), sum or none.
  /// \throws std::invalid_argument unless delta is positive and finite.
  explicit HuberLoss(double delta = 1.0, Reduction reduction = Reduction::mean);
  std::string name() const override { return "huber"; }
  /// The threshold \f$ \delta \f$.
  double delta() const { return delta_; }

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;

 private:
  double delta_;
};

}  // namespace nn
