#include "nn/activations/activation.hpp"

#include "nn/core/checks.hpp"

namespace nn {

arma::mat Activation::value(const arma::mat& z) const {
  require_finite(class_name_ + "::value", "z", z);
  return unchecked_value(z);
}

arma::mat Activation::derivative(const arma::mat& z) const {
  require_finite(class_name_ + "::derivative", "z", z);
  return unchecked_derivative(z);
}

arma::mat Activation::derivative_from_output(const arma::mat& a) const {
  const std::string function = class_name_ + "::derivative_from_output";
  require_finite(function, "a", a);
  check_output(function, a);
  return unchecked_derivative_from_output(a);
}

}  // namespace nn
