// Grading the chapter 6 exercises against the library's metrics and scikit-learn's values
// (computed with scikit-learn 1.2.1; the Python beside each value reproduces it).
#include <catch2/catch.hpp>
#include <stdexcept>

#include "exercises.hpp"
#include "nn/core/random.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/metrics/regression.hpp"

namespace {

// n random class labels below `classes`, from a fixed seed.
arma::uvec random_labels(nn::Random& random, arma::uword n, arma::uword classes) {
  arma::uvec labels(n);
  for (arma::uword i = 0; i < n; ++i) labels(i) = static_cast<arma::uword>(random.uniform(0.0, 1.0) * classes);
  return labels;
}

}  // namespace

TEST_CASE("Exercise 6.1: confusion_matrix", "[exercise]") {
  // confusion_matrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2]) -> [[2, 0, 0], [0, 0, 1], [1, 0, 2]]
  const arma::umat expected = {{2, 0, 0}, {0, 0, 1}, {1, 0, 2}};
  const arma::umat confusion = ch06::confusion_matrix({2, 0, 2, 2, 0, 1}, {0, 0, 2, 2, 0, 2}, 3);
  REQUIRE(arma::size(confusion) == arma::size(expected));
  INFO("rows are the actual class, columns the predicted one");
  CHECK(arma::all(arma::vectorise(confusion == expected)));

  SECTION("a class that never occurs still gets its row and column") {
    // confusion_matrix([0, 1, 1, 2], [0, 1, 2, 2], labels=[0, 1, 2, 3])
    //   -> [[1, 0, 0, 0], [0, 1, 1, 0], [0, 0, 1, 0], [0, 0, 0, 0]]
    const arma::umat four = ch06::confusion_matrix({0, 1, 1, 2}, {0, 1, 2, 2}, 4);
    const arma::umat expected_four = {{1, 0, 0, 0}, {0, 1, 1, 0}, {0, 0, 1, 0}, {0, 0, 0, 0}};
    REQUIRE(arma::size(four) == arma::size(expected_four));
    CHECK(arma::all(arma::vectorise(four == expected_four)));
  }
  SECTION("agrees with nn::metrics::confusion_matrix on random labels") {
    nn::Random random(61);
    const arma::uvec actual = random_labels(random, 200, 5), predicted = random_labels(random, 200, 5);
    const arma::umat mine = ch06::confusion_matrix(actual, predicted, 5);
    REQUIRE(arma::size(mine) == arma::size(5, 5));
    CHECK(arma::all(arma::vectorise(mine == nn::metrics::confusion_matrix(actual, predicted, 5))));
  }
  SECTION("rejects bad input") {
    CHECK_THROWS_AS(ch06::confusion_matrix({0, 1}, {0}, 2), std::invalid_argument);
    CHECK_THROWS_AS(ch06::confusion_matrix({}, {}, 2), std::invalid_argument);
    CHECK_THROWS_AS(ch06::confusion_matrix({0, 2}, {0, 1}, 2), std::invalid_argument);
    CHECK_THROWS_AS(ch06::confusion_matrix({0, 1}, {0, 3}, 2), std::invalid_argument);
  }
}

TEST_CASE("Exercise 6.2: macro_f1", "[exercise]") {
  // f1_score([0, 1, 1, 2], [0, 1, 2, 2], average="macro") -> 0.7777777777777777 = (1 + 2/3 + 2/3) / 3
  CHECK(ch06::macro_f1({0, 1, 1, 2}, {0, 1, 2, 2}, 3) == Approx(0.7777777777777777).epsilon(1e-12));
  // f1_score([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2], average="macro") -> 0.48888888888888893
  CHECK(ch06::macro_f1({2, 0, 2, 2, 0, 1}, {0, 0, 2, 2, 0, 2}, 3) == Approx(0.48888888888888893).epsilon(1e-12));

  SECTION("a class never predicted scores 0") {
    // f1_score([0, 1, 1], [0, 0, 0], average="macro") -> 0.25 (class 1: precision 0/0 set to 0, with a warning)
    CHECK(ch06::macro_f1({0, 1, 1}, {0, 0, 0}, 2) == Approx(0.25).epsilon(1e-12));
  }
  SECTION("a class absent from both vectors scores 0 and still counts in the mean") {
    // f1_score([0, 1, 1, 2], [0, 1, 2, 2], average="macro", labels=[0, 1, 2, 3]) -> 0.5833333333333333
    CHECK(ch06::macro_f1({0, 1, 1, 2}, {0, 1, 2, 2}, 4) == Approx(0.5833333333333333).epsilon(1e-12));
  }
  SECTION("agrees with nn::metrics::f1 on random labels") {
    nn::Random random(62);
    const arma::uvec actual = random_labels(random, 150, 4), predicted = random_labels(random, 150, 4);
    CHECK(ch06::macro_f1(actual, predicted, 4) ==
          Approx(nn::metrics::f1(actual, predicted, nn::metrics::Average::macro, 4)).epsilon(1e-12));
  }
  SECTION("rejects bad input") {
    CHECK_THROWS_AS(ch06::macro_f1({0, 1}, {0}, 2), std::invalid_argument);
    CHECK_THROWS_AS(ch06::macro_f1({0, 1}, {0, 2}, 2), std::invalid_argument);
  }
}

TEST_CASE("Exercise 6.3: r2_score", "[exercise]") {
  // r2_score([0, 1, 2, 3], [-2, 3, 0, 5]) -> -2.2 and r2_score([0, 1, 2, 3], [0, 1, 2, 10]) -> -8.8
  CHECK(ch06::r2_score({0, 1, 2, 3}, {-2, 3, 0, 5}) == Approx(-2.2).epsilon(1e-12));
  CHECK(ch06::r2_score({0, 1, 2, 3}, {0, 1, 2, 10}) == Approx(-8.8).epsilon(1e-12));
  // r2_score([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) -> 0.9486081370449679 (sklearn's documentation example)
  CHECK(ch06::r2_score({3, -0.5, 2, 7}, {2.5, 0.0, 2, 8}) == Approx(0.9486081370449679).epsilon(1e-12));
  // r2_score([1, 2, 3], [2, 2, 2]) -> 0.0: predicting the mean
  CHECK(ch06::r2_score({1, 2, 3}, {2, 2, 2}) == Approx(0.0).margin(1e-15));

  SECTION("a constant actual: 1 if exact, else 0 (force_finite)") {
    // r2_score([2, 2, 2, 2], [2, 2, 2, 2]) -> 1.0 and r2_score([2, 2, 2, 2], [1, 2, 3, 2]) -> 0.0
    CHECK(ch06::r2_score({2, 2, 2, 2}, {2, 2, 2, 2}) == 1.0);
    CHECK(ch06::r2_score({2, 2, 2, 2}, {1, 2, 3, 2}) == 0.0);
  }
  SECTION("agrees with nn::metrics::r2_score on random numbers") {
    nn::Random random(63);
    const arma::vec actual = random.normal_matrix(40, 1, 1.0, 2.0);
    const arma::vec predicted = actual + random.normal_matrix(40, 1, 0.0, 1.0);
    CHECK(ch06::r2_score(actual, predicted) == Approx(nn::metrics::r2_score(actual, predicted)).epsilon(1e-12));
  }
  SECTION("rejects bad input") {
    CHECK_THROWS_AS(ch06::r2_score({1, 2, 3}, {1, 2}), std::invalid_argument);
    CHECK_THROWS_AS(ch06::r2_score({1}, {1}), std::invalid_argument);
  }
}
