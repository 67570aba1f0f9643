// Chapter 2 exercises. Write them in homework.cpp; build with the homework preset
// and grade them with `ctest --preset homework -L ch02`.
#pragma once

#include <armadillo>
#include <functional>

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

// A loss as the functions above are: the loss of a prediction against a target of its shape.
using LossFunction = std::function<double(const arma::mat& prediction, const arma::mat& target)>;

// Exercise 2.4 (4 points): the best constant prediction for a loss: the number c for which the
// prediction that is c in every element of `target` has the smallest loss(prediction, target),
// to within 1e-6. Find it by computation, with no formula for any particular loss: search between
// the smallest and the largest target (each loss of this chapter is convex in c, so its minimum
// lies there and a ternary search finds it). The grader passes your losses of Exercises 2.1 to 2.3.
// Throw std::invalid_argument for an empty target.
double best_constant(const arma::mat& target, const LossFunction& loss);

}  // namespace ch02
