// Chapter 10 exercises. Write them in homework.cpp; build with the homework preset and grade
// them with `ctest --preset homework -L ch10`. Each worker k holds n_k of the N samples.
#pragma once

#include <armadillo>
#include <vector>

namespace ch10 {

// Exercise 10.1 (2 points): the gradient of the mean loss over all the data, from what the
// workers send: `gradient_sums[k]` is the gradient of worker k's summed loss and `counts[k]` its
// number of terms. Every process computes this after the all-reduce. Throw
// std::invalid_argument when the lists are empty or differ in length.
arma::mat global_mean_gradient(const std::vector<arma::mat>& gradient_sums, const std::vector<double>& counts);

// Exercise 10.2 (2 points): the same gradient from the workers' mean gradients,
// `gradient_means[k]` the gradient of worker k's mean loss: the weighting that makes averaging
// right. Throw as global_mean_gradient does.
arma::mat combine_mean_gradients(const std::vector<arma::mat>& gradient_means, const std::vector<double>& counts);

// Exercise 10.3 (2 points): the accuracy over all the data from the workers' confusion
// matrices (rows: true class, columns: predicted), as a reduction of counts. Throw
// std::invalid_argument when the list is empty.
double global_accuracy(const std::vector<arma::umat>& confusions);

// Exercise 10.4 (5 points): the all-reduce of a summary that does not simply add up. To
// standardize the inputs, every process needs each column's mean and variance over all the
// data. Each worker summarizes its shard as numerically careful code does (Welford's
// algorithm): its number of rows, the mean of each column, and each column's sum of squared
// deviations from that mean, M2 (the variance is M2 / count). Merge the workers' summaries into
// the summary of all the data. Means and M2s do not add up: a mean weighs by its rows, and M2
// gains a term for how far the shards' means lie apart. Keep it accurate far from 0 (columns
// around a million): sums of squares would cancel there. Throw std::invalid_argument when the
// list is empty, a count is not above 0, or the summaries differ in their number of columns.
struct ColumnMoments {
  double count = 0.0;               // the rows summarized
  arma::rowvec mean;                // the mean of each column
  arma::rowvec squared_deviations;  // M2: each column's sum of (x - mean)^2
};
ColumnMoments merge_moments(const std::vector<ColumnMoments>& workers);

}  // namespace ch10
