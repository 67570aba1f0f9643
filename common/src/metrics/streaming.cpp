#include "nn/metrics/streaming.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>

#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"

namespace nn::metrics {

namespace {

void require_updated(bool updated, const char* class_name) {
  if (!updated) {
    throw std::logic_error(std::string(class_name) +
                           "::result: there is no result before the first update() (or after reset())");
  }
}

}  // namespace

void StreamingAccuracy::update(const arma::uvec& actual, const arma::uvec& predicted) {
  accuracy(actual, predicted);  // only for its checks: both non-empty, of one length
  correct_ += arma::accu(actual == predicted);
  samples_ += actual.n_elem;
}

double StreamingAccuracy::result() const {
  require_updated(samples_ > 0, "StreamingAccuracy");
  return static_cast<double>(correct_) / static_cast<double>(samples_);
}

void StreamingAccuracy::reset() { correct_ = samples_ = 0; }

void StreamingMean::update(const arma::mat& values) {
  require_non_empty("StreamingMean::update", "values", values);
  require_finite("StreamingMean::update", "values", values);
  for (const double value : values) weighted_sum_ += value;
  total_weight_ += static_cast<double>(values.n_elem);
}

void StreamingMean::update(double value, double weight) {
  std::ostringstream message;
  if (!std::isfinite(value)) {
    message << "StreamingMean::update: value is " << value << "; it must be finite";
  } else if (!(weight > 0.0) || !std::isfinite(weight)) {
    message << "StreamingMean::update: weight is " << weight << "; it must be positive and finite";
  }
  if (!message.str().empty()) throw std::invalid_argument(message.str());
  weighted_sum_ += weight * value;
  total_weight_ += weight;
}

double StreamingMean::result() const {
  require_updated(total_weight_ > 0.0, "StreamingMean");
  const double mean = weighted_sum_ / total_weight_;
  require_no_overflow("StreamingMean::result", "the sum of the values", mean);
  return mean;
}

void StreamingMean::reset() { weighted_sum_ = total_weight_ = 0.0; }

void StreamingRootMeanSquaredError::update(const arma::mat& actual, const arma::mat& predicted) {
  require_matching_pair("StreamingRootMeanSquaredError::update", "actual", actual, "predicted", predicted);
  if (rows_ == 0) {
    sum_of_squares_.zeros(actual.n_cols);
  } else if (actual.n_cols != sum_of_squares_.n_elem) {
    throw std::invalid_argument("StreamingRootMeanSquaredError::update: this batch is " + shape_of(actual) +
                                " but earlier batches had " + std::to_string(sum_of_squares_.n_elem) +
                                " columns");
  }
  // Square first, then add one by one in row order: root_mean_squared_error() does the same,
  // so the epoch value is bit for bit the whole-data value.
  const arma::mat squares = arma::square(actual - predicted);
  for (arma::uword c = 0; c < squares.n_cols; ++c) {
    for (arma::uword r = 0; r < squares.n_rows; ++r) sum_of_squares_(c) += squares(r, c);
  }
  rows_ += actual.n_rows;
}

// RMSE = the mean over columns of sqrt(sum of squares / N): never the mean of batch RMSEs.
double StreamingRootMeanSquaredError::result() const {
  require_updated(rows_ > 0, "StreamingRootMeanSquaredError");
  double sum = 0.0;
  for (const double column_sum : sum_of_squares_) sum += std::sqrt(column_sum / static_cast<double>(rows_));
  require_no_overflow("StreamingRootMeanSquaredError::result", "the sum of squares", sum);
  return sum / static_cast<double>(sum_of_squares_.n_elem);
}

void StreamingRootMeanSquaredError::reset() {
  sum_of_squares_.reset();
  rows_ = 0;
}

StreamingConfusionMatrix::StreamingConfusionMatrix(arma::uword classes) {
  if (classes == 0) throw std::invalid_argument("StreamingConfusionMatrix: classes must be at least 1");
  confusion_.zeros(classes, classes);
}

void StreamingConfusionMatrix::update(const arma::uvec& actual, const arma::uvec& predicted) {
  confusion_ += confusion_matrix(actual, predicted, classes());
  samples_ += actual.n_elem;
}

arma::umat StreamingConfusionMatrix::result() const {
  require_updated(samples_ > 0, "StreamingConfusionMatrix");
  return confusion_;
}

void StreamingConfusionMatrix::reset() {
  confusion_.zeros();
  samples_ = 0;
}

StreamingF1::StreamingF1(arma::uword classes, Average average) : confusion_(classes), average_(average) {}

void StreamingF1::update(const arma::uvec& actual, const arma::uvec& predicted) { confusion_.update(actual, predicted); }

double StreamingF1::result() const {
  require_updated(confusion_.count() > 0, "StreamingF1");
  return f1(confusion_.result(), average_);
}

void StreamingF1::reset() { confusion_.reset(); }

}  // namespace nn::metrics
