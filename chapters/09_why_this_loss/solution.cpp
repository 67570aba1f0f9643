// Reference solutions to the chapter 9 exercises.
#include <algorithm>
#include <cmath>
#include <numbers>
#include <stdexcept>

#include "exercises.hpp"

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
  double total = 0.0, weights = 0.0;
  for (arma::uword n = 0; n < labels.n_elem; ++n) {
    const arma::rowvec z = logits.row(n);
    // log sum_j e^{z_j}, with the largest logit taken out first so that no e^z overflows
    const double log_sum_exp = z.max() + std::log(arma::accu(arma::exp(z - z.max())));
    total -= weight(labels(n)) * (z(labels(n)) - log_sum_exp);  // -w_y log softmax(z)_y
    weights += weight(labels(n));
  }
  return total / weights;
}

NoiseFit fit_noise(const arma::mat& prediction, const arma::mat& target) {
  if (prediction.is_empty() || arma::size(prediction) != arma::size(target)) {
    throw std::invalid_argument("fit_noise: prediction and target need one non-empty shape");
  }
  const arma::mat error = prediction - target;
  if (arma::all(arma::vectorise(error) == 0.0)) {
    throw std::invalid_argument("fit_noise: every error is 0, so the NLLs fall without bound as the scale shrinks");
  }
  const double n = static_cast<double>(error.n_elem);
  // d/dsigma (sum e^2 / (2 sigma^2) + N log sigma) = 0 at sigma^2 = sum e^2 / N, where the
  // first term is N / 2
  const double sigma = std::sqrt(arma::accu(arma::square(error)) / n);
  // d/db (sum |e| / b + N log b) = 0 at b = sum |e| / N, where the first term is N
  const double b = arma::accu(arma::abs(error)) / n;
  return {.gaussian_sigma = sigma,
          .gaussian_nll = n / 2.0 + n * std::log(sigma * std::sqrt(2.0 * std::numbers::pi)),
          .laplace_scale = b,
          .laplace_nll = n + n * std::log(2.0 * b)};
}

}  // namespace ch09
