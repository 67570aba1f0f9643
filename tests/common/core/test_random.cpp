// The deterministic random numbers.
#include <catch2/catch.hpp>

#include "nn/core/random.hpp"

TEST_CASE("Random repeats for a seed, and its moments are right", "[random]") {
  nn::Random a(42), b(42), c(43);
  const arma::mat x = a.normal_matrix(200, 50);
  CHECK(arma::approx_equal(x, b.normal_matrix(200, 50), "absdiff", 0.0));
  CHECK_FALSE(arma::approx_equal(x, c.normal_matrix(200, 50), "absdiff", 0.0));
  CHECK(arma::mean(arma::vectorise(x)) == Approx(0.0).margin(0.02));
  CHECK(arma::stddev(arma::vectorise(x)) == Approx(1.0).epsilon(0.02));
  const arma::mat u = a.uniform_matrix(100, 100, -1.0, 3.0);
  CHECK(u.min() >= -1.0);
  CHECK(u.max() < 3.0);
  CHECK(arma::mean(arma::vectorise(u)) == Approx(1.0).margin(0.03));
}
