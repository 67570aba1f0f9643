#include "nn/optimizers/sgd.hpp"

#include <cmath>

namespace nn {

SGD::SGD(const SGDOptions& options) : Optimizer("SGD", options.learning_rate), options_(options) {
  const double mu = options.momentum, tau = options.dampening, lambda = options.weight_decay;
  require(std::isfinite(mu) && mu >= 0.0, "momentum", "finite and at least 0", mu);
  require(std::isfinite(tau), "dampening", "finite", tau);
  require(std::isfinite(lambda) && lambda >= 0.0, "weight_decay", "finite and at least 0", lambda);
  // Without momentum there is nothing to look ahead with; with dampening the look-ahead
  // would not match Nesterov's formula. PyTorch refuses both.
  if (options.nesterov && !(mu > 0.0 && tau == 0.0)) {
    fail("nesterov needs momentum > 0 and dampening 0 (PyTorch's rule), got momentum " + number(mu) +
         " and dampening " + number(tau));
  }
}

void SGD::start(const std::vector<arma::SizeMat>& shapes) {
  if (options_.momentum == 0.0) return;  // plain gradient descent keeps no state
  for (const arma::SizeMat& shape : shapes) buffers_.emplace_back(shape, arma::fill::zeros);
}

void SGD::update(std::size_t i, arma::mat& theta, const arma::mat& gradient) {
  const double lr = options_.learning_rate, mu = options_.momentum, tau = options_.dampening,
               lambda = options_.weight_decay;
  if (lambda == 0.0 && mu == 0.0) {  // plain gradient descent: the gradient as it is
    theta -= lr * gradient;
    return;
  }
  arma::mat g = gradient;
  if (lambda != 0.0) g += lambda * theta;  // the gradient of the L2 penalty (lambda/2)|theta|^2
  if (mu != 0.0) {
    arma::mat& b = buffers_[i];
    // answer: Exercise 7.1 (sgd_momentum_step)
    b = steps() == 1 ? g : arma::mat(mu * b + (1.0 - tau) * g);  // PyTorch: b_1 = g_1, undamped
    // end of answer
    if (options_.nesterov) {
      g += mu * b;  // look ahead along the buffer
    } else {
      g = b;
    }
  }
  theta -= lr * g;
}

}  // namespace nn
