/// \file
/// The identity activation: no activation at all.
#pragma once

#include <string>

#include "nn/activations/activation.hpp"

namespace nn {

/// No activation: \f$ a = z \f$ and \f$ a' = 1 \f$. The output layer of a regression
/// network, and of a classifier whose loss takes logits (nn::BinaryCrossEntropyWithLogits,
/// nn::SoftmaxCrossEntropy).
class Identity final : public Activation {
 public:
  /// The activation; it has no parameters.
  Identity() : Activation("Identity") {}
  std::string name() const override { return "identity"; }

  arma::mat unchecked_value(arma::mat z) const override;
  arma::mat unchecked_derivative_from_output(const arma::mat& a) const override;

 protected:
  arma::mat unchecked_derivative(const arma::mat& z) const override;
  void check_output(const std::string& function, const arma::mat& a) const override;
};

}  // namespace nn
