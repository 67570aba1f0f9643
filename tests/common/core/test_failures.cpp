// Overflow and divergence: reported in one wording, never printed as inf or nan.
#include <catch2/catch.hpp>
#include <limits>

#include "nn/core/error.hpp"
#include "nn/core/failures.hpp"

TEST_CASE("require_no_overflow names the function, the result and the element", "[failures]") {
  CHECK_NOTHROW(nn::require_no_overflow("f", "the loss", 1e308));
  CHECK_THROWS_AS(nn::require_no_overflow("f", "the loss", std::numeric_limits<double>::infinity()), nn::Overflow);
  CHECK_THROWS_WITH(nn::require_no_overflow("f", "the loss", std::numeric_limits<double>::quiet_NaN()),
                    "f: the loss overflows the range of a double (about 1.8e+308)");
  const arma::mat m = {{1.0, 2.0}, {3.0, -std::numeric_limits<double>::infinity()}};
  CHECK_THROWS_WITH(nn::require_no_overflow("g", "the gradient", m),
                    "g: the gradient overflows the range of a double (about 1.8e+308) at row 2, column 2");
}

TEST_CASE("divergence has one wording: where, why, and what to try", "[failures]") {
  const nn::Diverged diverged = nn::divergence("gradient descent", "step", 37, "the prediction overflowed");
  CHECK(std::string(diverged.what()) ==
        "gradient descent diverged at step 37: the prediction overflowed; try a smaller learning rate");
}

TEST_CASE("overflow and divergence are runtime errors, not bad input", "[failures]") {
  CHECK_THROWS_AS(throw nn::Overflow("x"), std::runtime_error);
  CHECK_THROWS_AS(throw nn::Diverged("x"), std::runtime_error);
  CHECK_FALSE(std::is_base_of_v<std::invalid_argument, nn::Overflow>);
  CHECK_FALSE(std::is_base_of_v<std::invalid_argument, nn::Diverged>);
}

TEST_CASE("an error vector beyond the double range is an overflow, not inf", "[failures][error]") {
  CHECK_THROWS_WITH(nn::error_vector(arma::mat{1e308, 1.0}, arma::mat{-1e308, 0.0}),
                    "error_vector: prediction - actual overflows the range of a double (about 1.8e+308) "
                    "at row 1, column 1");
  CHECK_THROWS_AS(nn::error_vector(arma::colvec{0.0, -1.7e308}, arma::colvec{0.0, 1.7e308}), nn::Overflow);
  CHECK(nn::error_vector(arma::mat{1e308}, arma::mat{1e307})(0) == Approx(9e307));
}
