// Grading the chapter 10 exercises: workers with unequal shards, against values computed by hand
// and with numpy (float64), and against the same quantity computed from all the data in one
// place.
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "exercises.hpp"
#include "grading.hpp"
#include "nn/core/random.hpp"

namespace {

// Per-row gradients of a made-up loss: the mean gradient is their mean over all rows.
struct Workers {
  arma::mat rows;  // 10 rows of 6 numbers, each a row's gradient, flattened
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

// Three workers' 1x2 gradients: summed over 3, 1 and 4 terms, (6, -3), (2, 2) and (4, 1); their
// means (2, -1), (2, 2) and (1, 0.25). The mean over all 8 terms is (12, 0) / 8 = (1.5, 0); the
// mean of the three means, (5/3, 5/12), is not.
const std::vector<arma::mat> small_sums = {{{6.0, -3.0}}, {{2.0, 2.0}}, {{4.0, 1.0}}};
const std::vector<arma::mat> small_means = {{{2.0, -1.0}}, {{2.0, 2.0}}, {{1.0, 0.25}}};
const std::vector<double> small_counts = {3.0, 1.0, 4.0};

}  // namespace

TEST_CASE("Exercise 10.1: global_mean_gradient", "[exercise]") {
  nn::grade::require_matrix("global_mean_gradient of sums over 3, 1 and 4 terms",
                            ch10::global_mean_gradient(small_sums, small_counts), {{1.5, 0.0}});
  // Ten rows over shards of 5, 3 and 2: the mean of all ten rows.
  const Workers w = workers();
  std::vector<arma::mat> sums;
  for (std::size_t k = 0; k < 3; ++k) sums.push_back(as_gradient(arma::sum(w.shard(k), 0)));
  nn::grade::require_matrix("global_mean_gradient over shards of 5, 3 and 2 rows",
                            ch10::global_mean_gradient(sums, w.counts()), as_gradient(arma::mean(w.rows, 0)), {2, 3});
  // One worker alone: its own mean.
  nn::grade::require_matrix("global_mean_gradient of one worker", ch10::global_mean_gradient({sums[1]}, {3.0}),
                            sums[1] / 3.0, {2, 3});
  nn::grade::require_invalid_argument("no workers", [] { ch10::global_mean_gradient({}, {}); });
  nn::grade::require_invalid_argument("3 gradients and 2 counts",
                                      [] { ch10::global_mean_gradient(small_sums, {3.0, 1.0}); });
  nn::grade::require_invalid_argument("2 gradients and 3 counts", [] {
    ch10::global_mean_gradient({small_sums[0], small_sums[1]}, small_counts);
  });
}

TEST_CASE("Exercise 10.2: combine_mean_gradients", "[exercise]") {
  nn::grade::require_matrix("combine_mean_gradients of means over 3, 1 and 4 terms",
                            ch10::combine_mean_gradients(small_means, small_counts), {{1.5, 0.0}});
  const Workers w = workers();
  std::vector<arma::mat> means;
  for (std::size_t k = 0; k < 3; ++k) means.push_back(as_gradient(arma::mean(w.shard(k), 0)));
  nn::grade::require_matrix("combine_mean_gradients over shards of 5, 3 and 2 rows",
                            ch10::combine_mean_gradients(means, w.counts()), as_gradient(arma::mean(w.rows, 0)),
                            {2, 3});
  // Equal shards: the plain mean of the means is right, and so is the weighted one.
  nn::grade::require_matrix("combine_mean_gradients of two shards of 4 rows",
                            ch10::combine_mean_gradients({means[0], means[1]}, {4.0, 4.0}), (means[0] + means[1]) / 2.0,
                            {2, 3});
  nn::grade::require_invalid_argument("no workers", [] { ch10::combine_mean_gradients({}, {}); });
  nn::grade::require_invalid_argument("3 gradients and 2 counts",
                                      [] { ch10::combine_mean_gradients(small_means, {3.0, 1.0}); });
}

TEST_CASE("Exercise 10.3: global_accuracy", "[exercise]") {
  // Three workers' confusion matrices (rows: true class): 5 of 6 right, 1 of 3, 1 of 1; all
  // together 7 of 10, where the mean of the workers' accuracies is (5/6 + 1/3 + 1) / 3 = 13/18
  const std::vector<arma::umat> confusions = {
      {{2, 0, 0}, {0, 2, 0}, {0, 1, 1}}, {{0, 0, 1}, {0, 0, 0}, {0, 1, 1}}, {{0, 0, 0}, {0, 1, 0}, {0, 0, 0}}};
  nn::grade::require_value("global_accuracy of 6, 3 and 1 samples", ch10::global_accuracy(confusions), 0.7);
  nn::grade::require_value("global_accuracy of one worker's 6 samples", ch10::global_accuracy({confusions[0]}),
                           5.0 / 6.0);
  nn::grade::require_value("global_accuracy of the last two workers", ch10::global_accuracy({confusions[1],
                           confusions[2]}), 0.5);
  nn::grade::require_invalid_argument("no workers", [] { ch10::global_accuracy({}); });
}

namespace {

// Ten rows of two columns, one around a million and one around minus two million, over shards
// of 4, 3 and 3 rows. numpy: x.mean(axis=0) and ((x - x.mean(axis=0)) ** 2).sum(axis=0) of all
// ten rows are (1000001.3, -1999999.65) and (23.1, 8.775), those of the rows without the
// offsets (1e6, -2e6) moved by them, which does not change M2.
arma::mat offset_data() {
  arma::mat rows = {{1.5, -0.25}, {2.0, 0.5}, {-1.0, 1.25}, {0.5, 0.0}, {3.0, -1.5},
                    {2.5, 0.75},  {-0.5, 2.0}, {1.0, -0.5}, {4.0, 1.0}, {0.0, 0.25}};
  rows.col(0) += 1e6;
  rows.col(1) -= 2e6;
  return rows;
}

// What a worker sends: its rows, their mean, and their sum of squared deviations (two passes).
ch10::ColumnMoments summary_of(const arma::mat& rows) {
  const arma::rowvec mean = arma::mean(rows, 0);
  return {static_cast<double>(rows.n_rows), mean, arma::sum(arma::square(rows.each_row() - mean), 0)};
}

void require_moments(const std::string& what, const ch10::ColumnMoments& got, const ch10::ColumnMoments& expected) {
  nn::grade::require_value(what + ": the count", got.count, expected.count);
  nn::grade::require_matrix(what + ": the means", got.mean, expected.mean);
  nn::grade::require_matrix(what + ": the sums of squared deviations (M2)", got.squared_deviations,
                            expected.squared_deviations);
}

}  // namespace

TEST_CASE("Exercise 10.4: merge_moments", "[exercise]") {
  // By hand: the rows 0 and 2 (mean 1, M2 2) and the row 4 (mean 4, M2 0) are 0, 2, 4: mean 2, M2 8.
  require_moments("merge_moments of (0, 2) and (4)", ch10::merge_moments({{2.0, {1.0}, {2.0}}, {1.0, {4.0}, {0.0}}}),
                  {3.0, {2.0}, {8.0}});

  const arma::mat data = offset_data();
  const ch10::ColumnMoments a = summary_of(data.rows(0, 3)), b = summary_of(data.rows(4, 6)),
                            c = summary_of(data.rows(7, 9));
  const ch10::ColumnMoments all = {10.0, {1000001.3, -1999999.65}, {23.1, 8.775}};
  require_moments("merge_moments of shards of 4, 3 and 3 rows around 1e6 and -2e6", ch10::merge_moments({a, b, c}),
                  all);
  // An all-reduce may merge in any order, or pairwise as a tree.
  require_moments("merge_moments in another order", ch10::merge_moments({c, a, b}), all);
  require_moments("merge_moments of the first merged with the merged other two",
                  ch10::merge_moments({a, ch10::merge_moments({b, c})}), all);
  require_moments("merge_moments of one worker", ch10::merge_moments({b}), b);

  nn::grade::require_invalid_argument("no workers", [] { ch10::merge_moments({}); });
  nn::grade::require_invalid_argument("a worker with no rows", [&] {
    ch10::merge_moments({a, {0.0, {0.0, 0.0}, {0.0, 0.0}}});
  });
  nn::grade::require_invalid_argument("a first worker with no rows", [&] {
    ch10::merge_moments({{0.0, {0.0, 0.0}, {0.0, 0.0}}, a});
  });
  nn::grade::require_invalid_argument("summaries of 2 and 3 columns", [&] {
    ch10::merge_moments({a, {2.0, {1.0, 2.0, 3.0}, {0.5, 0.5, 0.5}}});
  });
}
