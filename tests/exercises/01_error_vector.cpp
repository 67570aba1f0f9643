// Grading the chapter 1 exercises against values computed by hand (numpy agrees: the errors are
// P - T, the steps P - rate * (P - T)) and against what a step against the error must do.
#include <catch2/catch.hpp>
#include <string>

#include "exercises.hpp"
#include "grading.hpp"

namespace {
const arma::mat worked_prediction = arma::colvec{-4, 3, 0, 7};
const arma::mat worked_actual = arma::colvec{0, 1, 2, 3};
// Three outputs per sample, so that a result of the wrong shape or order shows.
const arma::mat prediction = {{0.5, -1.0, 2.0}, {1.5, 0.0, -0.5}, {-2.0, 1.0, 0.25}, {3.0, 0.5, 1.0}};
const arma::mat actual = {{0.0, 0.0, 1.0}, {2.0, -1.0, 0.5}, {-1.0, 1.0, 0.0}, {1.0, 2.0, 1.5}};
const nn::grade::DataShape four_by_three{4, 3};
}  // namespace

TEST_CASE("Exercise 1.1: error_vector", "[exercise]") {
  nn::grade::require_matrix("error_vector of the worked example (third entry 0 - 2)",
                            ch01::error_vector(worked_prediction, worked_actual), arma::colvec{-4, 2, -2, 4}, {4, 1});
  nn::grade::require_matrix("error_vector on a 4x3 batch", ch01::error_vector(prediction, actual),
                            {{0.5, -1.0, 1.0}, {-0.5, 1.0, -1.0}, {-1.0, 0.0, 0.25}, {2.0, -1.5, -0.5}},
                            four_by_three);
  nn::grade::require_matrix("error_vector of a 1x3 row",
                            ch01::error_vector(arma::rowvec{1, 2, 3}, arma::rowvec{3, 2, 1}), arma::rowvec{-2, 0, 2},
                            {1, 3});
  nn::grade::require_invalid_argument("shapes 4x1 and 1x4",
                                      [] { ch01::error_vector(arma::mat(4, 1), arma::mat(1, 4)); });
  nn::grade::require_invalid_argument("shapes 4x3 and 4x2",
                                      [] { ch01::error_vector(arma::mat(4, 3), arma::mat(4, 2)); });
  nn::grade::require_invalid_argument("empty matrices", [] { ch01::error_vector(arma::mat(), arma::mat()); });
}

TEST_CASE("Exercise 1.2: one_hot", "[exercise]") {
  nn::grade::require_matrix("one_hot({0, 2, 1, 2}, 3)", ch01::one_hot({0, 2, 1, 2}, 3),
                            {{1, 0, 0}, {0, 0, 1}, {0, 1, 0}, {0, 0, 1}});
  nn::grade::require_matrix("one_hot({3, 0}, 5)", ch01::one_hot({3, 0}, 5), {{0, 0, 0, 1, 0}, {1, 0, 0, 0, 0}});
  nn::grade::require_matrix("one_hot({0}, 1)", ch01::one_hot({0}, 1), arma::mat(1, 1, arma::fill::ones));
  nn::grade::require_invalid_argument("label 3 of 3 classes", [] { ch01::one_hot({0, 3}, 3); });
  nn::grade::require_invalid_argument("zero classes", [] { ch01::one_hot({0}, 0); });
  nn::grade::require_invalid_argument("no labels", [] { ch01::one_hot(arma::uvec(), 3); });
}

TEST_CASE("Exercise 1.3: step_against_error", "[exercise]") {
  nn::grade::require_matrix("step_against_error of the worked example, rate 0.1",
                            ch01::step_against_error(worked_prediction, worked_actual, 0.1),
                            arma::colvec{-3.6, 2.8, 0.2, 6.6}, {4, 1});
  // P - 0.3 (P - T)
  nn::grade::require_matrix("step_against_error on a 4x3 batch, rate 0.3",
                            ch01::step_against_error(prediction, actual, 0.3),
                            {{0.35, -0.7, 1.7}, {1.65, -0.3, -0.2}, {-1.7, 1.0, 0.175}, {2.4, 0.95, 1.15}},
                            four_by_three);
  nn::grade::require_matrix("step_against_error with rate 1 lands on the actual values",
                            ch01::step_against_error(prediction, actual, 1.0), actual, four_by_three);
  // For 0 < rate < 2 every prediction gets closer to its actual value: |1 - rate| < 1.
  for (const double rate : {0.01, 0.5, 1.5, 1.99}) {
    const arma::mat after = ch01::step_against_error(prediction, actual, rate);
    nn::grade::require_matrix("the distances after a step of rate " + nn::grade::text(rate),
                              arma::abs(after - actual), std::abs(1.0 - rate) * arma::abs(prediction - actual),
                              four_by_three, {1e-12, 1e-15});
  }
}

TEST_CASE("Exercise 1.4: steps_to_within", "[exercise]") {
  // Counted in numpy by repeating P <- P - rate (P - T) until max |P - T| <= tolerance.
  struct Case {
    double rate, tolerance, steps;
  };
  // The worked example's farthest error is 4. Rates 1.9 and 1.5 overshoot, yet leave every
  // error 0.9 and 0.5 times as large as rates 0.1 and 0.5 do: they need as many steps.
  for (const Case& c : {Case{0.1, 0.01, 57}, Case{1.9, 0.01, 57}, Case{0.5, 0.01, 9}, Case{1.5, 0.01, 9},
                        Case{0.05, 1e-6, 297}, Case{1.0, 0.01, 1}, Case{0.5, 3.999, 1}, Case{0.5, 4.0, 0},
                        Case{0.5, 100.0, 0}}) {
    nn::grade::require_value(
        "steps_to_within(the worked example, rate " + nn::grade::text(c.rate) + ", tolerance " +
            nn::grade::text(c.tolerance) + ")",
        static_cast<double>(ch01::steps_to_within(worked_prediction, worked_actual, c.rate, c.tolerance)), c.steps);
  }
  // The batch's farthest error is 2, in row 4, column 1.
  for (const Case& c : {Case{0.3, 0.001, 22}, Case{1.7, 0.001, 22}}) {
    nn::grade::require_value(
        "steps_to_within(the 4x3 batch, rate " + nn::grade::text(c.rate) + ", tolerance " +
            nn::grade::text(c.tolerance) + ")",
        static_cast<double>(ch01::steps_to_within(prediction, actual, c.rate, c.tolerance)), c.steps);
  }
  for (const double rate : {0.0, -0.5, 2.0, 2.5}) {
    nn::grade::require_invalid_argument("rate " + nn::grade::text(rate) + ", which never gets there", [rate] {
      ch01::steps_to_within(worked_prediction, worked_actual, rate, 0.01);
    });
  }
  nn::grade::require_invalid_argument("tolerance 0",
                                      [] { ch01::steps_to_within(worked_prediction, worked_actual, 0.5, 0.0); });
  nn::grade::require_invalid_argument("shapes 4x1 and 1x4",
                                      [] { ch01::steps_to_within(arma::mat(4, 1), arma::mat(1, 4), 0.5, 0.01); });
}
