// One-hot targets and the deterministic random numbers.
#include <catch2/catch.hpp>

#include "nn/core/error.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/core/random.hpp"

TEST_CASE("one_hot puts a single 1 per row, in the label's column", "[one_hot]") {
  const arma::mat targets = nn::one_hot({2, 0}, 3);
  CHECK(arma::approx_equal(targets, arma::mat{{0, 0, 1}, {1, 0, 0}}, "absdiff", 0.0));
  CHECK_THROWS_WITH(nn::one_hot({0, 3}, 3), Catch::Contains("label 3 at position 2"));
  CHECK_THROWS_AS(nn::one_hot(arma::uvec(), 3), std::invalid_argument);
  CHECK_THROWS_AS(nn::one_hot({0}, 0), std::invalid_argument);
}

TEST_CASE("class labels come from one-hot rows or from a column of indices", "[one_hot]") {
  CHECK(arma::all(nn::class_labels(arma::mat{{0, 1, 0}, {0, 0, 1}}) == arma::uvec{1, 2}));
  CHECK(arma::all(nn::class_labels(arma::mat(arma::colvec{2, 0})) == arma::uvec{2, 0}));
  CHECK(arma::all(nn::class_labels(nn::one_hot({2, 0, 1}, 3)) == arma::uvec{2, 0, 1}));  // one_hot's inverse
}

TEST_CASE("error_vector rejects mismatched, empty and non-finite input", "[error][errors]") {
  CHECK_THROWS_WITH(nn::error_vector(arma::mat(2, 3, arma::fill::zeros), arma::mat(3, 2, arma::fill::zeros)),
                    "error_vector: prediction is 2x3 but actual is 3x2; they must have the same shape");
  CHECK_THROWS_AS(nn::error_vector(arma::mat(), arma::mat()), std::invalid_argument);
  CHECK_THROWS_AS(nn::error_vector(arma::mat(1, 1, arma::fill::value(arma::datum::nan)), arma::mat(1, 1, arma::fill::value(0.0))), std::invalid_argument);
}

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
