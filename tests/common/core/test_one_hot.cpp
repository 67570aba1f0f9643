// One-hot targets and back.
#include <catch2/catch.hpp>

#include "nn/core/one_hot.hpp"

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

TEST_CASE("largest_in_each_row is numpy's argmax along rows, the first column on a tie", "[one_hot]") {
  const arma::mat scores = {{0.1, 0.7, 0.2}, {3.0, 3.0, -1.0}, {-5.0, -4.0, -4.5}};
  CHECK(arma::all(nn::largest_in_each_row(scores) == arma::uvec{1, 0, 1}));
  CHECK(arma::all(nn::largest_in_each_row(arma::mat(arma::colvec{2.0, -1.0})) == arma::uvec{0, 0}));
}
