// Chapter 3 exercises. Write them in homework.cpp; build with the homework preset
// and grade them with `ctest --preset homework -L ch03`. The grader checks each
// gradient against finite differences, as the chapter does.
#pragma once

#include <armadillo>

namespace ch03 {

// Exercise 3.1: the gradient of PyTorch's mean squared error (mean over every element)
// with respect to the prediction: (2/N) (prediction - target), in the prediction's shape.
// Throw std::invalid_argument for shapes that differ or are empty.
arma::mat mse_gradient(const arma::mat& prediction, const arma::mat& target);

// Exercise 3.2: the gradient of the Huber loss (mean over every element, threshold delta)
// with respect to the prediction. Throw std::invalid_argument for shapes that differ or are
// empty, or unless delta > 0.
arma::mat huber_gradient(const arma::mat& prediction, const arma::mat& target, double delta);

// Exercise 3.3: for the line y_hat = slope * x + intercept and the mean squared error
// against y, return {dL/dslope, dL/dintercept}. x and y are columns of one shape.
arma::vec line_gradient(const arma::vec& x, const arma::vec& y, double slope, double intercept);

}  // namespace ch03
