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

namespace {
// The running totals: the number of samples, the sums of y and y^2 (from which the sum of
// squares about the mean of all the samples follows), and the sum of squared errors.
enum Total { samples, sum_of_actual, sum_of_squares, squared_errors };
}  // namespace

void StreamingR2::update(const arma::vec& actual, const arma::vec& predicted) {
  if (actual.is_empty() || actual.n_elem != predicted.n_elem) {
    throw std::invalid_argument("StreamingR2::update: need one prediction per actual value, and at least one");
  }
  if (totals_.empty()) totals_.assign(4, 0.0);
  totals_[samples] += static_cast<double>(actual.n_elem);
  totals_[sum_of_actual] += arma::accu(actual);
  totals_[sum_of_squares] += arma::accu(arma::square(actual));
  totals_[squared_errors] += arma::accu(arma::square(actual - predicted));
}

double StreamingR2::result() const {
  if (totals_.empty() || totals_[samples] < 2.0) {
    throw std::logic_error("StreamingR2::result: no value before two samples have been added");
  }
  // sum (y - mean)^2 = sum y^2 - (sum y)^2 / N, with the mean of every sample seen
  const double total = totals_[sum_of_squares] - totals_[sum_of_actual] * totals_[sum_of_actual] / totals_[samples];
  const double residual = totals_[squared_errors];
  if (residual == 0.0) return 1.0;  // force_finite: exact predictions score 1, even for a constant actual
  if (total <= 0.0) return 0.0;     // a constant actual (0 but for rounding), imperfect predictions
  return 1.0 - residual / total;
}

void StreamingR2::reset() { totals_.clear(); }

}  // namespace ch06
