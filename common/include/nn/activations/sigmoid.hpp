/// \file
/// The logistic sigmoid activation (chapters 4 and 5).
#pragma once

#include <string>

#include "nn/activations/activation.hpp"

namespace nn {

/// The logistic sigmoid, which squashes any number into (0, 1):
/// \f[ \sigma(z) = \frac{1}{1 + e^{-z}}, \qquad \sigma'(z) = \sigma(z)\,(1 - \sigma(z)) = a(1-a). \f]
/// Computed without overflow for any finite z: for \f$ z < 0 \f$ it uses the equal form
/// \f$ e^{z} / (1 + e^{z}) \f$, so \f$ e^{|z|} \f$ is never formed and \f$ \sigma(\pm 1000) \f$
/// is exactly 1 or 0, not a NaN.
///
/// derivative() computes \f$ \sigma(z)\,\sigma(-z) \f$, which stays accurate in the tails
/// (\f$ \sigma'(40) \approx 4.2 \times 10^{-18} \f$); derivative_from_output() computes
/// \f$ a(1-a) \f$, which is 0 once \f$ a \f$ has rounded to 1 (from about \f$ z = 37 \f$).
/// Either way the derivative is at most 1/4 and vanishes as the neuron saturates:
/// the learning slowdown that cross_entropy.hpp derives.
class Sigmoid final : public Activation {
 public:
  /// The activation; it has no parameters.
  Sigmoid() : Activation("Sigmoid") {}
  std::string name() const override { return "sigmoid"; }

 protected:
  arma::mat unchecked_value(const arma::mat& z) const override;
  arma::mat unchecked_derivative(const arma::mat& z) const override;
  arma::mat unchecked_derivative_from_output(const arma::mat& a) const override;
  void check_output(const std::string& function, const arma::mat& a) const override;
};

}  // namespace nn
