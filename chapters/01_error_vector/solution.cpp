// Reference solutions to the chapter 1 exercises (see exercises.hpp).
#include <cmath>
#include <stdexcept>
#include <string>

#include "exercises.hpp"

namespace ch01 {

arma::mat error_vector(const arma::mat& prediction, const arma::mat& actual) {
  if (prediction.is_empty() || arma::size(prediction) != arma::size(actual)) {
    throw std::invalid_argument("error_vector: prediction is " + std::to_string(prediction.n_rows) + "x" +
                                std::to_string(prediction.n_cols) + " and actual is " +
                                std::to_string(actual.n_rows) + "x" + std::to_string(actual.n_cols) +
                                "; they must have one non-empty shape");
  }
  arma::mat error(arma::size(prediction));
  for (arma::uword i = 0; i < error.n_elem; ++i) error(i) = prediction(i) - actual(i);
  return error;
}

arma::mat one_hot(const arma::uvec& labels, arma::uword classes) {
  if (labels.is_empty() || classes == 0 || labels.max() >= classes) {
    throw std::invalid_argument("one_hot: need at least one label, and every label below classes = " +
                                std::to_string(classes));
  }
  arma::mat targets(labels.n_elem, classes, arma::fill::zeros);
  for (arma::uword row = 0; row < labels.n_elem; ++row) targets(row, labels(row)) = 1.0;
  return targets;
}

arma::mat step_against_error(const arma::mat& prediction, const arma::mat& actual, double rate) {
  return prediction - rate * error_vector(prediction, actual);
}

arma::uword steps_to_within(const arma::mat& prediction, const arma::mat& actual, double rate, double tolerance) {
  if (!(rate > 0.0 && rate < 2.0)) throw std::invalid_argument("steps_to_within: only 0 < rate < 2 gets closer");
  if (!(tolerance > 0.0)) throw std::invalid_argument("steps_to_within: tolerance must be positive");
  const double farthest = arma::abs(error_vector(prediction, actual)).max();
  if (farthest <= tolerance) return 0;
  if (rate == 1.0) return 1;  // the first step lands on the actual values
  // A step turns every error e into e - rate e = (1 - rate) e, so after k steps the farthest
  // prediction is |1 - rate|^k farthest away: the smallest such k that is within tolerance.
  const double shrink = std::abs(1.0 - rate);
  return static_cast<arma::uword>(std::ceil(std::log(tolerance / farthest) / std::log(shrink)));
}

}  // namespace ch01
