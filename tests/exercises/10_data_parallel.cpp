// Grading the chapter 10 exercises: three workers with unequal shards of a small problem,
// against the mean over all the data computed in one place.
#include <catch2/catch.hpp>

#include "exercises.hpp"
#include "nn/core/random.hpp"
#include "nn/metrics/classification.hpp"

namespace {

// Per-row gradients of a made-up loss: the mean gradient is their mean over all rows.
struct Workers {
  arma::mat rows;                    // 10 rows of 6 numbers, each a row's gradient, flattened
  std::vector<arma::uword> sizes = {5, 3, 2};
  arma::mat shard(std::size_t k) const {
    arma::uword first = 0;
    for (std::size_t j = 0; j < k; ++j) first += sizes[j];
    return rows.rows(first, first + sizes[k] - 1);
  }
  std::vector<double> counts() const { return {5, 3, 2}; }
};

Workers workers() {
  nn::Random random(101);
  return {random.uniform_matrix(10, 6, -2.0, 3.0)};
}

arma::mat as_gradient(const arma::rowvec& row) { return arma::reshape(row, 2, 3); }

}  // namespace

TEST_CASE("Exercise 10.1: global_mean_gradient", "[exercise]") {
  const Workers w = workers();
  std::vector<arma::mat> sums;
  for (std::size_t k = 0; k < 3; ++k) sums.push_back(as_gradient(arma::sum(w.shard(k), 0)));
  const arma::mat expected = as_gradient(arma::mean(w.rows, 0));
  const arma::mat got = ch10::global_mean_gradient(sums, w.counts());
  REQUIRE(arma::size(got) == arma::size(expected));
  CHECK(arma::approx_equal(got, expected, "reldiff", 1e-12));
  // One worker alone: its own mean.
  CHECK(arma::approx_equal(ch10::global_mean_gradient({sums[1]}, {3.0}), sums[1] / 3.0, "reldiff", 1e-12));
}

TEST_CASE("Exercise 10.2: combine_mean_gradients", "[exercise]") {
  const Workers w = workers();
  std::vector<arma::mat> means;
  for (std::size_t k = 0; k < 3; ++k) means.push_back(as_gradient(arma::mean(w.shard(k), 0)));
  const arma::mat expected = as_gradient(arma::mean(w.rows, 0));
  const arma::mat naive = (means[0] + means[1] + means[2]) / 3.0;
  const arma::mat got = ch10::combine_mean_gradients(means, w.counts());
  REQUIRE(arma::size(got) == arma::size(expected));
  CHECK(arma::approx_equal(got, expected, "reldiff", 1e-12));
  CHECK_FALSE(arma::approx_equal(got, naive, "reldiff", 1e-6));  // the mean of the means is not it
  // Equal shards: the plain mean of the means is right, and so is the weighted one.
  CHECK(arma::approx_equal(ch10::combine_mean_gradients({means[0], means[1]}, {4.0, 4.0}), (means[0] + means[1]) / 2.0,
                           "reldiff", 1e-12));
}

TEST_CASE("Exercise 10.3: global_accuracy", "[exercise]") {
  const arma::uvec actual = {0, 1, 2, 2, 1, 0, 0, 2, 1, 1}, predicted = {0, 1, 1, 2, 1, 0, 2, 2, 0, 1};
  std::vector<arma::umat> confusions;
  for (const auto& [first, last] : std::vector<std::pair<arma::uword, arma::uword>>{{0, 5}, {6, 8}, {9, 9}}) {
    confusions.push_back(
        nn::metrics::confusion_matrix(actual.subvec(first, last), predicted.subvec(first, last), 3));
  }
  CHECK(ch10::global_accuracy(confusions) == Approx(nn::metrics::accuracy(actual, predicted)).epsilon(1e-15));
  CHECK(ch10::global_accuracy(confusions) == Approx(0.7).epsilon(1e-15));
  CHECK(ch10::global_accuracy({confusions[2]}) == Approx(1.0).epsilon(1e-15));
}
