// Reference solutions to the chapter 9 exercises.
#include <cmath>

#include "exercises.hpp"
#include "nn/activations/softmax.hpp"

namespace ch09 {

arma::mat gaussian_nll_gradient(const arma::mat& prediction, const arma::mat& target, double sigma) {
  return (prediction - target) / (sigma * sigma);
}

double best_quantile_constant(const arma::vec& sample, double tau) {
  const arma::vec sorted = arma::sort(sample);
  // The smallest value with at least tau N values at or below it: y_(ceil(tau N)), 1-based.
  const double position = std::ceil(tau * static_cast<double>(sorted.n_elem));
  return sorted(static_cast<arma::uword>(std::max(position, 1.0)) - 1);
}

double class_weighted_cross_entropy(const arma::mat& logits, const arma::uvec& labels, const arma::rowvec& weight) {
  const arma::mat log_s = nn::Softmax().log_value(logits);
  double total = 0.0, weights = 0.0;
  for (arma::uword n = 0; n < labels.n_elem; ++n) {
    total -= weight(labels(n)) * log_s(n, labels(n));
    weights += weight(labels(n));
  }
  return total / weights;
}

}  // namespace ch09
