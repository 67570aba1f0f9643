// Chapter 2 exercises. Write them in homework.cpp; build with the homework preset
// and grade them with `ctest --preset homework -L ch02`.
#pragma once

#include <armadillo>

namespace ch02 {

// Exercise 2.1 (2 points): mean squared error, the mean over every element of (prediction - target)^2
// (PyTorch's mse_loss). Throw std::invalid_argument for shapes that differ or are empty.
double mean_squared_error(const arma::mat& prediction, const arma::mat& target);

// Exercise 2.2 (2 points): mean absolute error, the mean over every element of |prediction - target|
// (PyTorch's l1_loss). Throw std::invalid_argument for shapes that differ or are empty.
double mean_absolute_error(const arma::mat& prediction, const arma::mat& target);

// Exercise 2.3 (3 points): the quantile (pinball) loss, the mean over every element of
//   tau * max(target - prediction, 0) + (1 - tau) * max(prediction - target, 0).
// Throw std::invalid_argument for shapes that differ or are empty, or unless 0 < tau < 1.
double quantile_loss(const arma::mat& prediction, const arma::mat& target, double tau);

}  // namespace ch02
