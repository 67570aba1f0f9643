/// \file
/// The hyperbolic tangent activation.
#pragma once

#include <string>

#include "nn/activations/activation.hpp"

namespace nn {

/// The hyperbolic tangent, a sigmoid rescaled to (-1, 1) and centred on 0:
/// \f[ \tanh z = 2\sigma(2z) - 1, \qquad \tanh'(z) = 1 - \tanh^2 z = 1 - a^2. \f]
class Tanh final : public Activation {
 public:
  /// The activation; it has no parameters.
  Tanh() : Activation("Tanh") {}
  std::string name() const override { return "tanh"; }

  arma::mat unchecked_value(arma::mat z) const override;
  arma::mat unchecked_derivative_from_output(const arma::mat& a) const override;

 protected:
  arma::mat unchecked_derivative(const arma::mat& z) const override;
  void check_output(const std::string& function, const arma::mat& a) const override;
};

}  // namespace nn
