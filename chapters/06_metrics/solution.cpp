// Reference solutions to the chapter 6 exercises (see exercises.hpp).
#include <stdexcept>

#include "exercises.hpp"

namespace ch06 {

arma::umat confusion_matrix(const arma::uvec& actual, const arma::uvec& predicted, arma::uword classes) {
  if (actual.is_empty() || actual.n_elem != predicted.n_elem) {
    throw std::invalid_argument("confusion_matrix: need one predicted label per actual label, and at least one");
  }
  arma::umat confusion(classes, classes, arma::fill::zeros);
  for (arma::uword i = 0; i < actual.n_elem; ++i) {
    if (actual(i) >= classes || predicted(i) >= classes) {
      throw std::invalid_argument("confusion_matrix: a label is not below the number of classes");
    }
    ++confusion(actual(i), predicted(i));  // row: the true class, column: the predicted one
  }
  return confusion;
}

double macro_f1(const arma::uvec& actual, const arma::uvec& predicted, arma::uword classes) {
  const arma::umat confusion = confusion_matrix(actual, predicted, classes);
  double total = 0.0;
  for (arma::uword k = 0; k < classes; ++k) {
    const double true_positives = static_cast<double>(confusion(k, k));
    const double false_positives = static_cast<double>(arma::accu(confusion.col(k))) - true_positives;
    const double false_negatives = static_cast<double>(arma::accu(confusion.row(k))) - true_positives;
    const double denominator = 2.0 * true_positives + false_positives + false_negatives;
    total += denominator == 0.0 ? 0.0 : 2.0 * true_positives / denominator;  // zero_division: 0
  }
  return total / static_cast<double>(classes);
}

double r2_score(const arma::vec& actual, const arma::vec& predicted) {
  if (actual.n_elem != predicted.n_elem || actual.n_elem < 2) {
    throw std::invalid_argument("r2_score: need two or more samples, one prediction per actual value");
  }
  const double residual = arma::accu(arma::square(actual - predicted));
  const double total = arma::accu(arma::square(actual - arma::mean(actual)));
  if (total == 0.0) return residual == 0.0 ? 1.0 : 0.0;  // force_finite: no NaN, no -inf
  return 1.0 - residual / total;
}

}  // namespace ch06
