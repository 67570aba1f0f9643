// The error vector: prediction minus actual, with its checks.
#include <catch2/catch.hpp>

#include "nn/core/error.hpp"

TEST_CASE("error_vector is prediction minus actual, element by element", "[error]") {
  const arma::mat prediction = arma::colvec{-4, 3, 0, 7};
  const arma::mat actual = arma::colvec{0, 1, 2, 3};
  const arma::mat expected = arma::colvec{-4, 2, -2, 4};  // the worked example, third entry corrected
  CHECK(arma::approx_equal(nn::error_vector(prediction, actual), expected, "absdiff", 0.0));
}

TEST_CASE("error_vector rejects mismatched, empty and non-finite input", "[error][errors]") {
  CHECK_THROWS_WITH(nn::error_vector(arma::mat(2, 3, arma::fill::zeros), arma::mat(3, 2, arma::fill::zeros)),
                    "error_vector: prediction is 2x3 but actual is 3x2; they must have the same shape");
  CHECK_THROWS_AS(nn::error_vector(arma::mat(), arma::mat()), std::invalid_argument);
  CHECK_THROWS_AS(nn::error_vector(arma::mat(1, 1, arma::fill::value(arma::datum::nan)), arma::mat(1, 1, arma::fill::value(0.0))), std::invalid_argument);
}
