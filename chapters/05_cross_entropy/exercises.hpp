// Chapter 5 exercises. Write them in homework.cpp; build with the homework preset and
// grade them with `ctest --preset homework -L ch05`. Logits are one sample per row.
#pragma once

#include <armadillo>

namespace ch05 {

// Exercise 5.1: binary cross-entropy on logits, mean over every element, computed stably:
// finite and correct for logits of +-1000 (PyTorch's binary_cross_entropy_with_logits).
double bce_with_logits(const arma::mat& logits, const arma::mat& targets);

// Exercise 5.2: softmax cross-entropy on logits (N x C) with one class index per sample,
// mean over the N samples (PyTorch's cross_entropy). Use log-sum-exp so that logits of
// 1000 give finite, correct values. Throw std::invalid_argument for a label >= C or a
// label count that is not N.
double softmax_cross_entropy(const arma::mat& logits, const arma::uvec& labels);

// Exercise 5.3: its gradient with respect to the logits, (softmax(logits) - one_hot(labels)) / N.
arma::mat softmax_cross_entropy_gradient(const arma::mat& logits, const arma::uvec& labels);

}  // namespace ch05
