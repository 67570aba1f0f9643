#include "nn/optimizers/adam.hpp"

#include <cmath>
#include <utility>

namespace nn {

Adam::Adam(const AdamOptions& options) : Adam("Adam", options) {}

Adam::Adam(std::string class_name, const AdamOptions& options)
    : Optimizer(std::move(class_name), options.learning_rate), options_(options) {
  const double beta1 = options.beta1, beta2 = options.beta2, epsilon = options.epsilon,
               lambda = options.weight_decay;
  require(beta1 >= 0.0 && beta1 < 1.0, "beta1", "in [0, 1)", beta1);
  require(beta2 >= 0.0 && beta2 < 1.0, "beta2", "in [0, 1)", beta2);
  require(std::isfinite(epsilon) && epsilon > 0.0, "epsilon", "positive and finite", epsilon);
  require(std::isfinite(lambda) && lambda >= 0.0, "weight_decay", "finite and at least 0", lambda);
}

void Adam::start(const std::vector<arma::SizeMat>& shapes) {
  for (const arma::SizeMat& shape : shapes) {
    state_.push_back({.m = arma::mat(shape, arma::fill::zeros),
                      .v = arma::mat(shape, arma::fill::zeros),
                      .v_max = arma::mat(shape, arma::fill::zeros)});
  }
}

void Adam::update(std::size_t i, arma::mat& theta, const arma::mat& gradient) {
  const double lr = options_.learning_rate, beta1 = options_.beta1, beta2 = options_.beta2,
               epsilon = options_.epsilon, lambda = options_.weight_decay;
  const bool amsgrad = options_.amsgrad;
  State& state = state_[i];
  arma::mat &m = state.m, &v = state.v, &v_max = state.v_max;
  arma::mat g = gradient;
  if (options_.decoupled_weight_decay) {
    theta *= 1.0 - lr * lambda;  // AdamW: shrink theta itself; the gradient is left alone
  } else if (lambda != 0.0) {
    g += lambda * theta;  // Adam: an L2 penalty, which the division below rescales
  }
  // answer: Exercise 7.3 (adam_step)
  m = beta1 * m + (1.0 - beta1) * g;
  v = beta2 * v + (1.0 - beta2) * arma::square(g);
  if (amsgrad) v_max = arma::max(v_max, v);  // the maximum of the uncorrected v, as PyTorch's code takes it
  const double t = static_cast<double>(steps());
  const double bias_correction1 = 1.0 - std::pow(beta1, t);
  const double bias_correction2 = 1.0 - std::pow(beta2, t);
  // PyTorch's form: epsilon is added to the bias-corrected root, sqrt(v / (1 - beta2^t)) + epsilon.
  const arma::mat denominator = arma::sqrt(amsgrad ? v_max : v) / std::sqrt(bias_correction2) + epsilon;
  theta -= (lr / bias_correction1) * m / denominator;
  // end of answer
}

namespace {

AdamOptions as_adam_options(const AdamWOptions& options) {
  return {.learning_rate = options.learning_rate,
          .beta1 = options.beta1,
          .beta2 = options.beta2,
          .epsilon = options.epsilon,
          .weight_decay = options.weight_decay,
          .amsgrad = options.amsgrad,
          .decoupled_weight_decay = true};
}

}  // namespace

AdamW::AdamW(const AdamWOptions& options) : Adam("AdamW", as_adam_options(options)) {}

}  // namespace nn
