// Chapter 5 exercises. Write them in homework.cpp; build with the homework preset and
// grade them with `ctest --preset homework -L ch05`. Logits are one sample per row.
#pragma once

#include <armadillo>

namespace ch05 {

// Exercise 5.1 (3 points): binary cross-entropy on logits, mean over every element, computed stably:
// finite and correct for logits of +-1000 (PyTorch's binary_cross_entropy_with_logits).
// Throw std::invalid_argument for shapes that differ or are empty.
double bce_with_logits(const arma::mat& logits, const arma::mat& targets);

// Exercise 5.2 (3 points): softmax cross-entropy on logits (N x C) with one class index per sample,
// mean over the N samples (PyTorch's cross_entropy). Use log-sum-exp so that logits of
// 1000 give finite, correct values. Throw std::invalid_argument for empty logits, a label >= C
// or a label count that is not N.
double softmax_cross_entropy(const arma::mat& logits, const arma::uvec& labels);

// Exercise 5.3 (3 points): its gradient with respect to the logits, (softmax(logits) - one_hot(labels)) / N,
// finite for logits of 1000. Throw std::invalid_argument as softmax_cross_entropy does.
arma::mat softmax_cross_entropy_gradient(const arma::mat& logits, const arma::uvec& labels);

// Exercise 5.4 (5 points): the chain rule through the softmax. Given the probabilities S =
// softmax(Z) of a batch (one row per sample) and the gradient G = dL/dS of any loss with respect
// to them, return dL/dZ, the gradient with respect to the logits, row by row. Each probability
// depends on every logit of its row: derive d s_j / d z_i first. The grader checks it by finite
// differences, and then feeds it the cross-entropy's gradient at the probabilities, -Y / S.
// Throw std::invalid_argument for shapes that differ or are empty, and for a row of
// probabilities that does not sum to 1 (within 1e-6): logits passed by mistake.
arma::mat softmax_backward(const arma::mat& probabilities, const arma::mat& dloss_dprobabilities);

}  // namespace ch05
