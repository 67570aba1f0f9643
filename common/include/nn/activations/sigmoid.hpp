/// \file
/// The logistic sigmoid activation (chapters 4 and 5).
#pragma once

#include <string>

#include "nn/activations/activation.hpp"

namespace nn {

/// The logistic sigmoid, which squashes any number into (0, 1):
/// \f[ \sigma(z) = \frac{1}{1 + e^{-z}}, \qquad \sigma'(z) = \sigma(z)\,(1 - \sigma(z)) = a(1-a). \f]
/// Computed without overflow for any finite z; its derivative is at most 1/4 and vanishes as
/// the neuron saturates (\ref ch05_cross_entropy).
class Sigmoid final : public Activation {
 public:
  /// The activation; it has no parameters.
  Sigmoid() : Activation("Sigmoid") {}
  std::string name() const override { return "sigmoid"; }

  arma::mat unchecked_value(arma::mat z) const override;
  arma::mat unchecked_derivative_from_output(const arma::mat& a) const override;

 protected:
  arma::mat unchecked_derivative(const arma::mat& z) const override;
  void check_output(const std::string& function, const arma::mat& a) const override;
};

}  // namespace nn
