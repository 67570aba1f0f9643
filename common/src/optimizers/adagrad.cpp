#include "nn/optimizers/adagrad.hpp"

#include <cmath>

namespace nn {

Adagrad::Adagrad(const AdagradOptions& options) : Optimizer("Adagrad", options.learning_rate), options_(options) {
  const double eta = options.lr_decay, lambda = options.weight_decay, s0 = options.initial_accumulator_value,
               epsilon = options.epsilon;
  require(std::isfinite(eta) && eta >= 0.0, "lr_decay", "finite and at least 0", eta);
  require(std::isfinite(lambda) && lambda >= 0.0, "weight_decay", "finite and at least 0", lambda);
  require(std::isfinite(s0) && s0 >= 0.0, "initial_accumulator_value", "finite and at least 0", s0);
  require(std::isfinite(epsilon) && epsilon > 0.0, "epsilon", "positive and finite", epsilon);
}

// PyTorch's pseudo-code says s_0 = 0, but its code (and the option's name) start the sum at s0.
void Adagrad::start(const std::vector<arma::SizeMat>& shapes) {
  for (const arma::SizeMat& shape : shapes) sums_.emplace_back(shape, arma::fill::value(options_.initial_accumulator_value));
}

void Adagrad::update(std::size_t i, arma::mat& theta, const arma::mat& gradient) {
  const double lr = options_.learning_rate, eta = options_.lr_decay, lambda = options_.weight_decay,
               epsilon = options_.epsilon;
  const double decayed_lr = lr / (1.0 + static_cast<double>(steps() - 1) * eta);
  arma::mat g = gradient;
  if (lambda != 0.0) g += lambda * theta;
  arma::mat& s = sums_[i];
  s += arma::square(g);
  theta -= decayed_lr * g / (arma::sqrt(s) + epsilon);
}

}  // namespace nn
