// Chapter 1 exercises. Write them in homework.cpp; build with the homework preset
// and grade them with `ctest --preset homework -L ch01`.
#pragma once

#include <armadillo>

namespace ch01 {

// Exercise 1.1 (2 points): the error vector, prediction - actual, element by element.
// Throw std::invalid_argument (naming the function and both shapes) when the
// shapes differ or either matrix is empty.
arma::mat error_vector(const arma::mat& prediction, const arma::mat& actual);

// Exercise 1.2 (2 points): one-hot targets, one row per label with a 1 in the label's column.
// Throw std::invalid_argument for no labels, zero classes, or a label >= classes.
arma::mat one_hot(const arma::uvec& labels, arma::uword classes);

// Exercise 1.3 (1 point): one step against the error, prediction - rate * (prediction - actual).
// For 0 < rate < 2 every prediction ends up closer to its actual value.
arma::mat step_against_error(const arma::mat& prediction, const arma::mat& actual, double rate);

// Exercise 1.4 (4 points): how many steps of Exercise 1.3, starting from `prediction`, it takes
// until every prediction is within `tolerance` of its actual value (0 when they already are).
// Work out what one step does to each error, then count (by computation or with a formula).
// Throw std::invalid_argument for shapes that differ or are empty, unless tolerance > 0, and
// unless 0 < rate < 2: other rates never get there.
arma::uword steps_to_within(const arma::mat& prediction, const arma::mat& actual, double rate, double tolerance);

}  // namespace ch01
