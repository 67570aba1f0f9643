#include "nn/losses/huber.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace nn {

HuberLoss::HuberLoss(double delta, Reduction reduction) : Loss("HuberLoss", reduction), delta_(delta) {
  if (!(delta > 0.0) || !std::isfinite(delta)) {
    throw std::invalid_argument("HuberLoss: delta must be positive and finite, got " + std::to_string(delta));
  }
}

arma::mat HuberLoss::unchecked_terms(const arma::mat& prediction, const arma::mat& target) const {
  arma::mat loss = prediction - target;
  loss.transform([this](double error) {
    const double size = std::abs(error);
    return size < delta_ ? 0.5 * size * size : delta_ * (size - 0.5 * delta_);
  });
  return loss;
}

// Both branches meet at |e| = delta with slope delta, so clamping the error is the derivative.
arma::mat HuberLoss::unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const {
  // answer: Exercise 3.2 (huber_gradient)
  return arma::clamp(prediction - target, -delta_, delta_);
  // end of answer
}

}  // namespace nn
