/// \file
/// Mean squared error, as PyTorch's `mse_loss` defines it (chapters 2 and 3).
#pragma once

#include "nn/losses/loss.hpp"

namespace nn {

/// \f$ \ell_i = (\hat y_i - y_i)^2 \f$, so with the default mean reduction
/// \f$ L = \frac{1}{N}\sum_i (\hat y_i - y_i)^2 \f$ and
/// \f$ \partial L / \partial \hat y_i = \frac{2}{N} (\hat y_i - y_i) \f$:
/// the error vector scaled by 2/N. PyTorch's definition, without the 1/2 that many textbooks
/// put in front (\ref ch03_mse_gradient compares the conventions).
class MeanSquaredError final : public Loss {
 public:
  /// \param reduction mean (PyTorch's default: over every element), sum or none.
  explicit MeanSquaredError(Reduction reduction = Reduction::mean);
  std::string name() const override { return "mse"; }

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;
};

/// Half the mean squared error, \f$ L = \frac{1}{2N}\sum_i (\hat y_i - y_i)^2 \f$, with
/// \f$ \partial L / \partial \hat y_i = \frac{1}{N} (\hat y_i - y_i) \f$: the error vector over N.
/// Not a PyTorch loss: it is the question's `((A2 - Y)**2).sum() / (2 * A2.size)`, N counting
/// elements (\ref ch04_backpropagation).
class HalfMeanSquaredError final : public Loss {
 public:
  /// \param reduction mean (over every element), sum (then \f$ \tfrac12 \sum_i e_i^2 \f$) or none.
  explicit HalfMeanSquaredError(Reduction reduction = Reduction::mean);
  std::string name() const override { return "half-mse"; }

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;
};

}  // namespace nn
