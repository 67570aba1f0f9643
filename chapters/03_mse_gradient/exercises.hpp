// Chapter 3 exercises. Write them in homework.cpp; build with the homework preset
// and grade them with `ctest --preset homework -L ch03`. The grader holds each gradient
// to values computed with numpy, and Huber's also to finite differences of its loss.
#pragma once

#include <armadillo>

namespace ch03 {

// Exercise 3.1 (2 points): the gradient of PyTorch's mean squared error (mean over every element)
// with respect to the prediction: (2/N) (prediction - target), in the prediction's shape.
// Throw std::invalid_argument for shapes that differ or are empty.
arma::mat mse_gradient(const arma::mat& prediction, const arma::mat& target);

// Exercise 3.2 (3 points): the gradient of the Huber loss (mean over every element, threshold delta)
// with respect to the prediction. Throw std::invalid_argument for shapes that differ or are
// empty, or unless delta > 0.
arma::mat huber_gradient(const arma::mat& prediction, const arma::mat& target, double delta);

// Exercise 3.3 (3 points): for the line y_hat = slope * x + intercept and the mean squared error
// against y, return {dL/dslope, dL/dintercept}. x and y are columns of one shape; throw
// std::invalid_argument when their shapes differ or are empty.
arma::vec line_gradient(const arma::vec& x, const arma::vec& y, double slope, double intercept);

// Exercise 3.4 (4 points): gradient descent on that loss, with your line_gradient: start from
// slope 0 and intercept 0, take `steps` steps of size `rate` against the gradient, and return
// {slope, intercept}. Throw std::invalid_argument unless rate > 0. The grader checks that it
// reaches the least-squares line, and that it converges just below the largest stable rate of
// the page's section 4 and diverges just above it.
arma::vec fit_line(const arma::vec& x, const arma::vec& y, double rate, arma::uword steps);

}  // namespace ch03
