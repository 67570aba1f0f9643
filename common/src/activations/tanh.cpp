#include "nn/activations/tanh.hpp"

#include "nn/core/checks.hpp"

namespace nn {

arma::mat Tanh::unchecked_value(arma::mat z) const { return arma::tanh(z); }

arma::mat Tanh::unchecked_derivative(const arma::mat& z) const { return 1.0 - arma::square(arma::tanh(z)); }

arma::mat Tanh::unchecked_derivative_from_output(const arma::mat& a) const { return 1.0 - arma::square(a); }

void Tanh::check_output(const std::string& function, const arma::mat& a) const {
  require_in_range(function, "a", a, -1.0, 1.0, "tanh's output lies in [-1, 1] (was z passed instead of a = tanh(z)?)");
}

}  // namespace nn
