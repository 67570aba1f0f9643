// Chapter 9 exercises. Write them in homework.cpp; build with the homework preset and grade
// them with `ctest --preset homework -L ch09`.
#pragma once

#include <armadillo>

namespace ch09 {

// Exercise 9.1: the gradient of the Gaussian negative log-likelihood
//   NLL = sum_i (y_i - prediction_i)^2 / (2 sigma^2) + N log(sigma sqrt(2 pi))
// with respect to the prediction, in the prediction's shape (sigma > 0 is fixed).
arma::mat gaussian_nll_gradient(const arma::mat& prediction, const arma::mat& target, double sigma);

// Exercise 9.2: the constant c that minimises the quantile loss
//   sum_i tau max(y_i - c, 0) + (1 - tau) max(c - y_i, 0)
// over the sample y (0 < tau < 1). When tau N is not a whole number the minimiser is unique;
// otherwise return any minimiser. Hint: sort the sample and count.
double best_quantile_constant(const arma::vec& sample, double tau);

// Exercise 9.3: softmax cross-entropy with class weights, as PyTorch's
// CrossEntropyLoss(weight=weight) computes it for class-index targets with the mean reduction:
//   sum_n -w_{y_n} log softmax(z_n)_{y_n}  /  sum_n w_{y_n}.
// `logits` is N x C, `labels` holds N classes below C, `weight` C weights >= 0.
double class_weighted_cross_entropy(const arma::mat& logits, const arma::uvec& labels, const arma::rowvec& weight);

}  // namespace ch09
