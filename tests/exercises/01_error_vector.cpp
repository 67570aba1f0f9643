// Grading the chapter 1 exercises against the library's reference implementation.
#include <catch2/catch.hpp>

#include "exercises.hpp"
#include "nn/core/error.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/core/random.hpp"

TEST_CASE("Exercise 1.1: error_vector", "[exercise]") {
  SECTION("the worked example, with its third entry corrected") {
    const arma::mat error = ch01::error_vector(arma::colvec{-4, 3, 0, 7}, arma::colvec{0, 1, 2, 3});
    CHECK(arma::approx_equal(error, arma::mat(arma::colvec{-4, 2, -2, 4}), "absdiff", 0.0));
  }
  SECTION("matrices of one sample per row, against the library") {
    nn::Random random(1);
    const arma::mat prediction = random.normal_matrix(5, 3), actual = random.normal_matrix(5, 3);
    CHECK(arma::approx_equal(ch01::error_vector(prediction, actual), nn::error_vector(prediction, actual),
                             "absdiff", 0.0));
  }
  SECTION("shapes that differ are an error") {
    CHECK_THROWS_AS(ch01::error_vector(arma::mat(4, 1), arma::mat(1, 4)), std::invalid_argument);
    CHECK_THROWS_AS(ch01::error_vector(arma::mat(), arma::mat()), std::invalid_argument);
  }
}

TEST_CASE("Exercise 1.2: one_hot", "[exercise]") {
  SECTION("labels become rows with a single 1") {
    const arma::mat targets = ch01::one_hot({0, 2, 1}, 3);
    CHECK(arma::approx_equal(targets, arma::mat{{1, 0, 0}, {0, 0, 1}, {0, 1, 0}}, "absdiff", 0.0));
    CHECK(arma::approx_equal(targets, nn::one_hot({0, 2, 1}, 3), "absdiff", 0.0));
  }
  SECTION("a label that is not a class is an error") {
    CHECK_THROWS_AS(ch01::one_hot({0, 3}, 3), std::invalid_argument);
    CHECK_THROWS_AS(ch01::one_hot({0}, 0), std::invalid_argument);
    CHECK_THROWS_AS(ch01::one_hot(arma::uvec(), 3), std::invalid_argument);
  }
}

TEST_CASE("Exercise 1.3: step_against_error", "[exercise]") {
  const arma::mat prediction = arma::colvec{-4, 3, 0, 7}, actual = arma::colvec{0, 1, 2, 3};
  const arma::mat stepped = ch01::step_against_error(prediction, actual, 0.1);
  CHECK(arma::approx_equal(stepped, arma::mat(arma::colvec{-3.6, 2.8, 0.2, 6.6}), "absdiff", 1e-12));
  SECTION("for 0 < rate < 2 every prediction gets closer to its target") {
    for (double rate : {0.01, 0.5, 1.0, 1.99}) {
      const arma::mat after = ch01::step_against_error(prediction, actual, rate);
      CHECK(arma::all(arma::vectorise(arma::abs(after - actual) < arma::abs(prediction - actual))));
    }
  }
}
