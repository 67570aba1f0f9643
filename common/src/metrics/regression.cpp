#include "nn/metrics/regression.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"

namespace nn::metrics {

namespace {

// The mean of each column, summed row by row in order. StreamingRootMeanSquaredError adds
// its squares in the same order, which is what makes its epoch value equal this one exactly.
arma::rowvec column_means(const arma::mat& terms) {
  arma::rowvec means(terms.n_cols);
  for (arma::uword c = 0; c < terms.n_cols; ++c) {
    double sum = 0.0;
    for (arma::uword r = 0; r < terms.n_rows; ++r) sum += terms(r, c);
    means(c) = sum / static_cast<double>(terms.n_rows);
  }
  return means;
}

// sklearn's multioutput="uniform_average": every column weighs the same.
double uniform_average(const arma::rowvec& per_column) {
  double sum = 0.0;
  for (const double value : per_column) sum += value;
  return sum / static_cast<double>(per_column.n_elem);
}

// R^2 of one column, with sklearn's force_finite=True for a constant column.
double r2_of_column(const arma::vec& actual, const arma::vec& predicted) {
  // answer: Exercise 6.3 (r2_score)
  const double residual = arma::accu(arma::square(actual - predicted));
  const double total = arma::accu(arma::square(actual - arma::mean(actual)));
  if (residual == 0.0) return 1.0;  // perfect, even when the column is constant (0/0)
  if (total == 0.0) return 0.0;     // constant column, imperfect predictions (-inf)
  return 1.0 - residual / total;
  // end of answer
}

// Finite inputs whose errors, squares or sums leave the range of a double give no metric.
double checked(const char* function, double metric) {
  require_no_overflow(function, "the metric (an error, a square or a sum on the way)", metric);
  return metric;
}

}  // namespace

double mean_absolute_error(const arma::mat& actual, const arma::mat& predicted) {
  require_matching_pair("mean_absolute_error", "actual", actual, "predicted", predicted);
  return checked("mean_absolute_error", uniform_average(column_means(arma::abs(actual - predicted))));
}

double mean_squared_error(const arma::mat& actual, const arma::mat& predicted) {
  require_matching_pair("mean_squared_error", "actual", actual, "predicted", predicted);
  return checked("mean_squared_error", uniform_average(column_means(arma::square(actual - predicted))));
}

double root_mean_squared_error(const arma::mat& actual, const arma::mat& predicted) {
  require_matching_pair("root_mean_squared_error", "actual", actual, "predicted", predicted);
  const arma::rowvec per_column = arma::sqrt(column_means(arma::square(actual - predicted)));
  return checked("root_mean_squared_error", uniform_average(per_column));
}

double r2_score(const arma::mat& actual, const arma::mat& predicted) {
  require_matching_pair("r2_score", "actual", actual, "predicted", predicted);
  if (actual.n_rows < 2) {
    throw std::invalid_argument("r2_score: actual is " + shape_of(actual) +
                                "; R^2 needs at least two samples (rows)");
  }
  arma::rowvec per_column(actual.n_cols);
  for (arma::uword c = 0; c < actual.n_cols; ++c) per_column(c) = r2_of_column(actual.col(c), predicted.col(c));
  return checked("r2_score", uniform_average(per_column));
}

}  // namespace nn::metrics
