#include "nn/activations/activation.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>

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

// --- Sigmoid ---

arma::mat Sigmoid::unchecked_value(const arma::mat& z) const {
  arma::mat a = z;
  a.transform(stable_sigmoid);
  return a;
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

// --- Tanh ---

arma::mat Tanh::unchecked_value(const arma::mat& z) const { return arma::tanh(z); }

arma::mat Tanh::unchecked_derivative(const arma::mat& z) const { return 1.0 - arma::square(arma::tanh(z)); }

arma::mat Tanh::unchecked_derivative_from_output(const arma::mat& a) const { return 1.0 - arma::square(a); }

void Tanh::check_output(const std::string& function, const arma::mat& a) const {
  require_in_range(function, "a", a, -1.0, 1.0, "tanh's output lies in [-1, 1] (was z passed instead of a = tanh(z)?)");
}

// --- ReLU ---

arma::mat ReLU::unchecked_value(const arma::mat& z) const { return arma::clamp(z, 0.0, arma::datum::inf); }

// 1 where z > 0 and 0 elsewhere, including z = 0 (PyTorch's choice at the kink).
arma::mat ReLU::unchecked_derivative(const arma::mat& z) const { return arma::conv_to<arma::mat>::from(z > 0.0); }

arma::mat ReLU::unchecked_derivative_from_output(const arma::mat& a) const {
  return arma::conv_to<arma::mat>::from(a > 0.0);
}

void ReLU::check_output(const std::string& function, const arma::mat& a) const {
  require_in_range(function, "a", a, 0.0, arma::datum::inf,
                   "a ReLU's output is never negative (was z passed instead of a = relu(z)?)");
}

// --- Identity ---

arma::mat Identity::unchecked_value(const arma::mat& z) const { return z; }

arma::mat Identity::unchecked_derivative(const arma::mat& z) const { return arma::ones(arma::size(z)); }

arma::mat Identity::unchecked_derivative_from_output(const arma::mat& a) const { return arma::ones(arma::size(a)); }

void Identity::check_output(const std::string&, const arma::mat&) const {}  // any finite number is an output

// --- Softmax ---

namespace {

// z - max of its row: the same softmax, and every exponent is <= 0.
arma::mat shift_by_row_max(const std::string& function, const arma::mat& z) {
  require_non_empty(function, "z", z);
  require_finite(function, "z", z);
  arma::mat shifted = z;
  shifted.each_col() -= arma::max(z, 1);
  return shifted;
}

}  // namespace

arma::mat Softmax::value(const arma::mat& z) const {
  arma::mat s = arma::exp(shift_by_row_max("Softmax::value", z));
  s.each_col() /= arma::sum(s, 1);  // each row's sum is >= 1: its largest term is e^0
  return s;
}

arma::mat Softmax::log_value(const arma::mat& z) const {
  arma::mat shifted = shift_by_row_max("Softmax::log_value", z);
  const arma::colvec log_sum_exp = arma::log(arma::sum(arma::exp(shifted), 1));
  shifted.each_col() -= log_sum_exp;
  return shifted;
}

// dL/dz_i = sum_j g_j s_j (delta_ij - s_i) = s_i (g_i - sum_j g_j s_j), one row at a time.
arma::mat Softmax::backward(const arma::mat& softmax_output, const arma::mat& upstream_gradient) const {
  const std::string function = "Softmax::backward";
  require_matching_pair(function, "softmax_output", softmax_output, "upstream_gradient", upstream_gradient);
  require_in_range(function, "softmax_output", softmax_output, 0.0, 1.0,
                   "a softmax output is a probability (were the logits passed instead?)");
  const arma::colvec row_sums = arma::sum(softmax_output, 1);
  for (arma::uword r = 0; r < row_sums.n_elem; ++r) {
    if (std::abs(row_sums(r) - 1.0) > 1e-6) {
      std::ostringstream message;
      message << function << ": row " << r + 1 << " of softmax_output (" << shape_of(softmax_output) << ") sums to "
              << row_sums(r) << ", not 1 (were the logits passed instead?)";
      throw std::invalid_argument(message.str());
    }
  }
  arma::mat centred = upstream_gradient;
  centred.each_col() -= arma::sum(upstream_gradient % softmax_output, 1);
  return softmax_output % centred;
}

// --- the factory ---

std::vector<std::string> activation_names() { return {"sigmoid", "tanh", "relu", "identity"}; }

std::unique_ptr<Activation> make_activation(std::string_view name) {
  if (name == "sigmoid") return std::make_unique<Sigmoid>();
  if (name == "tanh") return std::make_unique<Tanh>();
  if (name == "relu") return std::make_unique<ReLU>();
  if (name == "identity") return std::make_unique<Identity>();
  throw unknown_name_error("make_activation", "activation", name, activation_names(),
                           name == "softmax" ? "the softmax works on whole rows, not elements: use nn::Softmax" : "");
}

}  // namespace nn
