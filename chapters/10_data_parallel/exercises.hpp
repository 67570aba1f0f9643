// Chapter 10 exercises. Write them in homework.cpp; build with the homework preset and grade
// them with `ctest --preset homework -L ch10`. Each worker k holds n_k of the N samples.
#pragma once

#include <armadillo>
#include <vector>

namespace ch10 {

// Exercise 10.1: the gradient of the mean loss over all the data, from what the workers send:
// `gradient_sums[k]` is the gradient of worker k's summed loss and `counts[k]` its number of
// terms. Every process computes this after the all-reduce.
arma::mat global_mean_gradient(const std::vector<arma::mat>& gradient_sums, const std::vector<double>& counts);

// Exercise 10.2: the same gradient from the workers' mean gradients, `gradient_means[k]` the
// gradient of worker k's mean loss: the weighting that makes averaging right.
arma::mat combine_mean_gradients(const std::vector<arma::mat>& gradient_means, const std::vector<double>& counts);

// Exercise 10.3: the accuracy over all the data from the workers' confusion matrices (rows: true
// class, columns: predicted), as a reduction of counts.
double global_accuracy(const std::vector<arma::umat>& confusions);

}  // namespace ch10
