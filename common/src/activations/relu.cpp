#include "nn/activations/relu.hpp"

#include "nn/core/checks.hpp"

namespace nn {

arma::mat ReLU::unchecked_value(arma::mat z) const {
  z.clamp(0.0, arma::datum::inf);
  return z;
}

// 1 where z > 0 and 0 elsewhere, including z = 0 (PyTorch's choice at the kink).
arma::mat ReLU::unchecked_derivative(const arma::mat& z) const { return arma::conv_to<arma::mat>::from(z > 0.0); }

arma::mat ReLU::unchecked_derivative_from_output(const arma::mat& a) const {
  arma::mat slope = a;
  slope.transform([](double x) { return x > 0.0 ? 1.0 : 0.0; });
  return slope;
}

void ReLU::check_output(const std::string& function, const arma::mat& a) const {
  require_in_range(function, "a", a, 0.0, arma::datum::inf,
                   "a ReLU's output is never negative (was z passed instead of a = relu(z)?)");
}

}  // namespace nn
