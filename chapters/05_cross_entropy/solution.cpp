// Reference solutions to the chapter 5 exercises (see exercises.hpp).
#include <cmath>
#include <stdexcept>

#include "exercises.hpp"

namespace ch05 {
namespace {

void check_labels(const arma::mat& logits, const arma::uvec& labels) {
  if (logits.is_empty() || labels.n_elem != logits.n_rows || labels.max() >= logits.n_cols) {
    throw std::invalid_argument("softmax_cross_entropy: need one label below the number of classes per row of logits");
  }
}

// log(sum_j exp(z_j)) of each row, shifted by the row's maximum so no exponent is positive.
arma::vec log_sum_exp(const arma::mat& logits) {
  const arma::vec row_max = arma::max(logits, 1);
  return row_max + arma::log(arma::sum(arma::exp(logits.each_col() - row_max), 1));
}

}  // namespace

double bce_with_logits(const arma::mat& logits, const arma::mat& targets) {
  if (logits.is_empty() || arma::size(logits) != arma::size(targets)) {
    throw std::invalid_argument("bce_with_logits: logits and targets need one non-empty shape");
  }
  // -(y log s(z) + (1 - y) log(1 - s(z))) = max(z, 0) - z y + log(1 + exp(-|z|))
  const arma::mat terms = arma::clamp(logits, 0.0, arma::datum::inf) - logits % targets +
                          arma::log1p(arma::exp(-arma::abs(logits)));
  return arma::mean(arma::vectorise(terms));
}

double softmax_cross_entropy(const arma::mat& logits, const arma::uvec& labels) {
  check_labels(logits, labels);
  const arma::vec lse = log_sum_exp(logits);
  double total = 0.0;
  for (arma::uword n = 0; n < logits.n_rows; ++n) total += lse(n) - logits(n, labels(n));  // -log softmax(z)_y
  return total / static_cast<double>(logits.n_rows);
}

arma::mat softmax_cross_entropy_gradient(const arma::mat& logits, const arma::uvec& labels) {
  check_labels(logits, labels);
  arma::mat gradient = arma::exp(logits.each_col() - log_sum_exp(logits));  // softmax, row by row
  for (arma::uword n = 0; n < logits.n_rows; ++n) gradient(n, labels(n)) -= 1.0;
  return gradient / static_cast<double>(logits.n_rows);
}

arma::mat softmax_backward(const arma::mat& probabilities, const arma::mat& dloss_dprobabilities) {
  if (probabilities.is_empty() || arma::size(probabilities) != arma::size(dloss_dprobabilities)) {
    throw std::invalid_argument("softmax_backward: probabilities and their gradient need one non-empty shape");
  }
  if (arma::any(arma::abs(arma::sum(probabilities, 1) - 1.0) > 1e-6)) {
    throw std::invalid_argument("softmax_backward: a row of probabilities does not sum to 1 (logits?)");
  }
  // d s_j / d z_i = s_j ([i = j] - s_i), so dL/dz_i = sum_j g_j s_j ([i = j] - s_i)
  // = s_i (g_i - sum_j g_j s_j): each gradient less its probability-weighted mean, times s_i.
  arma::mat centred = dloss_dprobabilities;
  centred.each_col() -= arma::sum(dloss_dprobabilities % probabilities, 1);
  return probabilities % centred;
}

}  // namespace ch05
