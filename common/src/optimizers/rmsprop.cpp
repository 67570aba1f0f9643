#include "nn/optimizers/rmsprop.hpp"

#include <cmath>

namespace nn {

RMSprop::RMSprop(const RMSpropOptions& options) : Optimizer("RMSprop", options.learning_rate), options_(options) {
  const double alpha = options.alpha, epsilon = options.epsilon, lambda = options.weight_decay,
               mu = options.momentum;
  require(alpha >= 0.0 && alpha < 1.0, "alpha", "in [0, 1)", alpha);
  require(std::isfinite(epsilon) && epsilon > 0.0, "epsilon", "positive and finite", epsilon);
  require(std::isfinite(lambda) && lambda >= 0.0, "weight_decay", "finite and at least 0", lambda);
  require(std::isfinite(mu) && mu >= 0.0, "momentum", "finite and at least 0", mu);
}

void RMSprop::start(const std::vector<arma::SizeMat>& shapes) {
  for (const arma::SizeMat& shape : shapes) {
    state_.push_back({.v = arma::mat(shape, arma::fill::zeros),
                      .g_mean = arma::mat(shape, arma::fill::zeros),
                      .b = arma::mat(shape, arma::fill::zeros)});
  }
}

void RMSprop::update(std::size_t i, arma::mat& theta, const arma::mat& gradient) {
  const double lr = options_.learning_rate, alpha = options_.alpha, epsilon = options_.epsilon,
               lambda = options_.weight_decay, mu = options_.momentum;
  State& state = state_[i];
  arma::mat& v = state.v;
  arma::mat g = gradient;
  if (lambda != 0.0) g += lambda * theta;
  // answer: Exercise 7.2 (rmsprop_step)
  v = alpha * v + (1.0 - alpha) * arma::square(g);
  arma::mat v_tilde = v;
  if (options_.centered) {
    state.g_mean = alpha * state.g_mean + (1.0 - alpha) * g;
    v_tilde = arma::clamp(v - arma::square(state.g_mean), 0.0, arma::datum::inf);  // >= 0 but for rounding
  }
  const arma::mat normalized = g / (arma::sqrt(v_tilde) + epsilon);
  if (mu > 0.0) {
    state.b = mu * state.b + normalized;
    theta -= lr * state.b;
  } else {
    theta -= lr * normalized;
  }
  // end of answer
}

}  // namespace nn
