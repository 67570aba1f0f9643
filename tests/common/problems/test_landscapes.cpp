// The landscapes report a value or gradient beyond the double range as nn::Overflow.
#include <catch2/catch.hpp>

#include "nn/core/failures.hpp"
#include "nn/problems/landscapes.hpp"

TEST_CASE("a landscape's value or gradient that overflows names the point", "[landscape][errors]") {
  const arma::mat far = arma::colvec{1e200, 1e200};
  CHECK_THROWS_WITH(nn::rosenbrock(far),
                    "rosenbrock: the value at (1e+200, 1e+200) overflows the range of a double (about 1.8e+308)");
  CHECK_THROWS_WITH(nn::rosenbrock_gradient(far),
                    Catch::StartsWith("rosenbrock_gradient: the gradient at (1e+200, 1e+200) overflows"));
  CHECK_THROWS_AS(nn::sphere(far), nn::Overflow);
  CHECK_THROWS_AS(nn::ill_conditioned_quadratic(far), nn::Overflow);
  CHECK_THROWS_AS(nn::ill_conditioned_quadratic_gradient(arma::colvec{0.0, 1e308}), nn::Overflow);
  CHECK_THROWS_AS(nn::sphere_gradient(arma::colvec{1e308, 0.0}), nn::Overflow);
  CHECK(nn::rosenbrock(arma::colvec{1.0, 1.0}) == 0.0);
}
