#include "nn/losses/quantile.hpp"

#include <stdexcept>
#include <string>

namespace nn {

QuantileLoss::QuantileLoss(double tau, Reduction reduction) : Loss("QuantileLoss", reduction), tau_(tau) {
  if (!(tau > 0.0 && tau < 1.0)) {
    throw std::invalid_argument("QuantileLoss: tau must lie strictly between 0 and 1, got " + std::to_string(tau));
  }
}

arma::mat QuantileLoss::unchecked_terms(const arma::mat& prediction, const arma::mat& target) const {
  // answer: Exercise 2.3 (quantile_loss)
  const arma::mat error = prediction - target;
  return tau_ * arma::clamp(-error, 0.0, arma::datum::inf) + (1.0 - tau_) * arma::clamp(error, 0.0, arma::datum::inf);
  // end of answer
}

arma::mat QuantileLoss::unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const {
  const arma::mat error = prediction - target;
  arma::mat gradient(arma::size(error), arma::fill::zeros);
  gradient.elem(arma::find(error < 0.0)).fill(-tau_);
  gradient.elem(arma::find(error > 0.0)).fill(1.0 - tau_);
  return gradient;
}

}  // namespace nn
