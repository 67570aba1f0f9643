#include "nn/activations/sigmoid.hpp"

#include <cmath>

#include "nn/core/checks.hpp"

namespace nn {

namespace {

// sigma(z) without overflow: exp is only ever taken of -|z| <= 0, so it lies in (0, 1].
double stable_sigmoid(double z) {
  if (z >= 0.0) return 1.0 / (1.0 + std::exp(-z));
  const double e = std::exp(z);  // e^z = e^{-|z|}
  return e / (1.0 + e);
}

}  // namespace

arma::mat Sigmoid::unchecked_value(arma::mat z) const {
  z.transform(stable_sigmoid);
  return z;
}

// sigma'(z) = sigma(z) (1 - sigma(z)) = sigma(z) sigma(-z): the second factor computed directly
// keeps its relative accuracy when sigma(z) is within rounding of 1.
arma::mat Sigmoid::unchecked_derivative(const arma::mat& z) const {
  arma::mat derivative = z;
  derivative.transform([](double x) { return stable_sigmoid(x) * stable_sigmoid(-x); });
  return derivative;
}

arma::mat Sigmoid::unchecked_derivative_from_output(const arma::mat& a) const { return a % (1.0 - a); }

void Sigmoid::check_output(const std::string& function, const arma::mat& a) const {
  require_in_range(function, "a", a, 0.0, 1.0,
                   "a sigmoid's output lies in [0, 1] (was z passed instead of a = sigmoid(z)?)");
}

}  // namespace nn
