/// \file
/// Stateful metrics that accumulate over minibatches (chapter 6), as Keras' stateful
/// metrics do: `update()` with each batch, `result()` at the end of the epoch, `reset()`
/// before the next one. result() equals the nn::metrics function applied to all the data at
/// once, which the mean of the batches' metrics is not (\ref ch06_metrics). Before any
/// update() (or after reset()) result() throws std::logic_error, not its subclass
/// std::invalid_argument, which the updates throw for bad input: there is no value yet, and a
/// 0 would look like a real one.
#pragma once

#include <armadillo>

#include "nn/metrics/classification.hpp"

namespace nn::metrics {

/// Accuracy over every batch seen: correct predictions over samples, both counted exactly.
class StreamingAccuracy {
 public:
  /// Adds a batch: its true and predicted classes.
  /// \throws std::invalid_argument when either is empty or their lengths differ.
  void update(const arma::uvec& actual, const arma::uvec& predicted);
  /// \f$ \sum_\text{batches} \text{correct} / \sum_\text{batches} N \f$, which equals accuracy()
  /// of the concatenated batches.
  /// \throws std::logic_error before the first update().
  double result() const;
  /// Forgets every batch (start of an epoch).
  void reset();
  /// How many samples have been added since the last reset().
  arma::uword count() const { return samples_; }

 private:
  arma::uword correct_ = 0;
  arma::uword samples_ = 0;
};

/// The mean of every value seen, such as per-sample losses (Keras' `Mean`). Feeding it
/// per-sample values gives the epoch mean even when the last batch is smaller; feeding it
/// batch means with their batch sizes as weights gives the same.
class StreamingMean {
 public:
  /// Adds every element of `values` with weight 1.
  /// \throws std::invalid_argument when values is empty or holds a value that is not finite.
  void update(const arma::mat& values);
  /// Adds one value with a weight (for instance a batch's mean loss and the batch's size):
  /// the result is \f$ \sum w_i v_i / \sum w_i \f$.
  /// \throws std::invalid_argument when value is not finite or weight is not positive and finite.
  void update(double value, double weight = 1.0);
  /// The weighted mean of everything added since the last reset().
  /// \throws std::logic_error before the first update(); nn::Overflow when the weighted sum
  ///         is beyond the range of a double.
  double result() const;
  /// Forgets every value.
  void reset();

 private:
  double weighted_sum_ = 0.0;
  double total_weight_ = 0.0;
};

/// The root mean squared error over every batch seen. It accumulates each column's sum of
/// squared errors and the number of rows, so result() is the epoch RMSE,
/// root_mean_squared_error() of all the data: with several outputs, the mean over columns of
/// \f$ \sqrt{\sum_i e_{ic}^2 / N} \f$, as sklearn. Squares are added one by one in row order, as
/// root_mean_squared_error() adds them, so the two agree to the last bit.
class StreamingRootMeanSquaredError {
 public:
  /// Adds a batch, one sample per row. The first batch fixes the number of columns.
  /// \throws std::invalid_argument when the shapes differ, either is empty, a value is not
  ///         finite, or the number of columns differs from the earlier batches'.
  void update(const arma::mat& actual, const arma::mat& predicted);
  /// The RMSE of everything added since the last reset().
  /// \throws std::logic_error before the first update(); nn::Overflow when a sum of squares
  ///         is beyond the range of a double.
  double result() const;
  /// Forgets every batch; the next update() may have any number of columns.
  void reset();

 private:
  arma::rowvec sum_of_squares_;  // per column; empty until the first update
  arma::uword rows_ = 0;
};

/// The confusion matrix summed over every batch seen; the number of classes is fixed up
/// front because a batch need not contain every class.
class StreamingConfusionMatrix {
 public:
  /// \param classes the number of classes K: the matrix is K x K.
  /// \throws std::invalid_argument when classes is 0.
  explicit StreamingConfusionMatrix(arma::uword classes);
  /// Adds a batch's confusion_matrix().
  /// \throws std::invalid_argument as confusion_matrix() does, a label not below classes included.
  void update(const arma::uvec& actual, const arma::uvec& predicted);
  /// The summed confusion matrix (rows true class, columns predicted), equal to
  /// confusion_matrix() of the concatenated batches.
  /// \throws std::logic_error before the first update().
  arma::umat result() const;
  /// Forgets every batch; the number of classes stays.
  void reset();
  /// The number of classes given to the constructor.
  arma::uword classes() const { return confusion_.n_rows; }
  /// How many samples have been added since the last reset().
  arma::uword count() const { return samples_; }

 private:
  arma::umat confusion_;
  arma::uword samples_ = 0;
};

/// F1 over every batch seen, from the accumulated confusion matrix, so result() equals
/// f1() of all the data; the mean of per-batch F1 scores does not.
class StreamingF1 {
 public:
  /// \param classes the number of classes.
  /// \param average how the per-class F1 scores are combined; macro by default.
  /// \throws std::invalid_argument when classes is 0.
  explicit StreamingF1(arma::uword classes, Average average = Average::macro);
  /// Adds a batch.
  /// \throws std::invalid_argument as StreamingConfusionMatrix::update() does.
  void update(const arma::uvec& actual, const arma::uvec& predicted);
  /// f1() of the accumulated confusion matrix.
  /// \throws std::logic_error before the first update().
  double result() const;
  /// Forgets every batch.
  void reset();
  /// The confusion matrix accumulated so far.
  const StreamingConfusionMatrix& confusion() const { return confusion_; }

 private:
  StreamingConfusionMatrix confusion_;
  Average average_;
};

}  // namespace nn::metrics
