#include <catch2/catch.hpp>

#include "nn/core/error.hpp"

TEST_CASE("error_vector is prediction minus actual, element by element", "[error]") {
  const arma::mat prediction = arma::colvec{-4, 3, 0, 7};
  const arma::mat actual = arma::colvec{0, 1, 2, 3};
  const arma::mat expected = arma::colvec{-4, 2, -2, 4};  // the worked example, third entry corrected
  CHECK(arma::approx_equal(nn::error_vector(prediction, actual), expected, "absdiff", 0.0));
}
