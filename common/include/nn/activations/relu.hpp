/// \file
/// The rectified linear unit activation.
#pragma once

#include <string>

#include "nn/activations/activation.hpp"

namespace nn {

/// The rectified linear unit:
/// \f[ \operatorname{relu}(z) = \max(z, 0), \qquad
///     \operatorname{relu}'(z) = \begin{cases} 1 & z > 0
///     \\ 0 & z \le 0 \end{cases} \f]
/// At the kink \f$ z = 0 \f$ there is no derivative; like PyTorch, this class returns 0 there.
/// From the output, \f$ a > 0 \f$ exactly when \f$ z > 0 \f$, so derivative_from_output() agrees.
class ReLU final : public Activation {
 public:
  /// The activation; it has no parameters.
  ReLU() : Activation("ReLU") {}
  std::string name() const override { return "relu"; }

  arma::mat unchecked_value(arma::mat z) const override;
  arma::mat unchecked_derivative_from_output(const arma::mat& a) const override;

 protected:
  arma::mat unchecked_derivative(const arma::mat& z) const override;
  void check_output(const std::string& function, const arma::mat& a) const override;
};

}  // namespace nn
