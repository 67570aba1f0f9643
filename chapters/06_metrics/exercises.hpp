// Chapter 6 exercises. Write them in homework.cpp; build with the homework preset and
// grade them with `ctest --preset homework -L ch06`. Arguments come in scikit-learn's
// order: the true values first, then the predictions.
#pragma once

#include <armadillo>
#include <vector>

namespace ch06 {

// Exercise 6.1 (2 points): the classes x classes confusion matrix: entry (j, k) counts the
// samples of true class j predicted as class k (rows true, columns predicted, as sklearn's
// confusion_matrix). Throw std::invalid_argument when either vector is empty, their lengths
// differ, or a label is not below classes.
arma::umat confusion_matrix(const arma::uvec& actual, const arma::uvec& predicted, arma::uword classes);

// Exercise 6.2 (3 points): macro F1, the unweighted mean over the classes of
// F1_k = 2 TP_k / (2 TP_k + FP_k + FN_k), as sklearn's f1_score(actual, predicted,
// average="macro", labels=range(classes)). A class that is neither predicted nor present has
// 0/0: count its F1 as 0 (sklearn's default zero_division). Throw as confusion_matrix does.
double macro_f1(const arma::uvec& actual, const arma::uvec& predicted, arma::uword classes);

// Exercise 6.3 (3 points): R^2 = 1 - sum (y - yhat)^2 / sum (y - mean(y))^2 for one output,
// as sklearn's r2_score. For a constant actual (denominator 0) return 1 if every prediction
// is exact and 0 otherwise (sklearn's force_finite=True). Throw std::invalid_argument when the
// lengths differ or there are fewer than two samples.
double r2_score(const arma::vec& actual, const arma::vec& predicted);

// Exercise 6.4 (5 points): R^2 as a streaming metric, as Keras' stateful metrics work:
// update() adds a batch, result() is r2_score() of every sample added since the last
// reset(), and reset() starts the next epoch. result() must equal the whole-data value (up
// to rounding), which the mean of the batches' R^2 is not. Keep whatever running totals you
// need in `totals_`; a batch may hold a single sample. update() throws std::invalid_argument,
// changing nothing, for an empty batch or lengths that differ; result() throws
// std::logic_error (not its subclass std::invalid_argument) until two or more samples have
// been added, since there is no value yet.
class StreamingR2 {
 public:
  void update(const arma::vec& actual, const arma::vec& predicted);
  double result() const;
  void reset();

 private:
  std::vector<double> totals_;  // your running totals; empty before the first update
};

}  // namespace ch06
