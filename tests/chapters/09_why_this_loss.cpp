// Chapter 9's program: each likelihood identity, each best constant against the sample's
// statistics, the penalty's checks, early stopping's choice, the class weights, and bad input.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>
#include <string>
#include <vector>

#include "chapter.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

namespace {

std::vector<std::string> words(const std::string& line) {
  std::istringstream in(line);
  std::vector<std::string> all;
  for (std::string word; in >> word;) all.push_back(word);
  return all;
}

// The line of `text` that starts with `start` (after the indentation).
std::string line_starting(const std::string& text, const std::string& start) {
  std::istringstream lines(text);
  for (std::string line; std::getline(lines, line);) {
    const std::size_t first = line.find_first_not_of(' ');
    if (first != std::string::npos && line.compare(first, start.size(), start) == 0) return line;
  }
  FAIL("no line starts with '" << start << "'");
  return "";
}

double number(const std::string& word) { return std::stod(word); }

}  // namespace

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("each loss is its noise model's NLL up to a constant: the same number for every prediction", "[cli]") {
  for (const std::vector<std::string>& args : {std::vector<std::string>{"likelihood"},
                                               {"likelihood", "--sigma", "2", "--tau", "0.3", "--digits", "12"}}) {
    const auto result = run_chapter(args);
    REQUIRE(result.exit_code == 0);
    for (const std::string model : {"gaussian", "laplace", "asymmetric", "bernoulli", "categorical"}) {
      const std::vector<std::string> row = words(line_starting(result.out, model));
      REQUIRE(row.size() >= 4);
      INFO(model);
      // the last four columns: NLL - scale x loss at three predictions, and the constant by hand
      for (std::size_t k = row.size() - 4; k < row.size() - 1; ++k) CHECK(number(row[k]) == Approx(number(row.back())));
    }
    CHECK_THAT(result.out, Catch::Contains("scale x the loss's gradient, for all five: passed"));
    CHECK_THAT(result.out, Catch::Contains("softmax(z) - y:    largest relative error below 1e-06"));
  }
  // sigma 1: the Gaussian's constant is 8 log sqrt(2 pi) = 7.3515082656373815
  const auto one = run_chapter({"likelihood", "--sigma", "1", "--digits", "10"});
  CHECK(words(line_starting(one.out, "gaussian")).back() == "7.351508266");
}

TEST_CASE("each loss's best constant is its sample statistic", "[cli]") {
  // sorted 1 2 3 4 7 8 10: mean 5, median 4, and with tau 0.3 (tau N = 2.1) the 3rd value, 3
  const auto result = run_chapter({"constant", "--sample", "10 1 7 3 2 8 4", "--tau", "0.3", "--delta", "1.5"});
  REQUIRE(result.exit_code == 0);
  const auto found = [&](const std::string& loss) {
    return number(words(line_starting(result.out, loss))[loss == "mse" || loss == "mae" ? 1 : 3]);
  };
  CHECK(found("mse") == Approx(5.0).margin(1e-9));
  CHECK(found("mae") == Approx(4.0).margin(1e-9));
  CHECK(found("quantile") == Approx(3.0).margin(1e-9));
  CHECK_THAT(line_starting(result.out, "mse"), Catch::EndsWith("mean 5"));
  CHECK_THAT(line_starting(result.out, "mae"), Catch::EndsWith("median 4"));
  CHECK_THAT(line_starting(result.out, "quantile"), Catch::EndsWith("0.3-quantile 3"));
  const double huber = found("huber");
  CHECK(huber > 4.0);
  CHECK(huber < 5.0);
  CHECK_THAT(result.out, Catch::Contains("between the median and the mean: yes"));

  // The default sample: mean 36 / 11, median 2, 0.9-quantile the 10th of 11 values, 7.
  const auto standard = run_chapter({"constant"});
  CHECK_THAT(line_starting(standard.out, "mse"), Catch::Contains("3.27273") && Catch::EndsWith("mean 3.27273"));
  CHECK_THAT(line_starting(standard.out, "quantile"), Catch::EndsWith("0.9-quantile 7"));

  // An even sample: any point between the two middle values minimises mae.
  const auto even = run_chapter({"constant", "--sample", "1 2 3 4"});
  CHECK_THAT(line_starting(even.out, "mae"), Catch::EndsWith("median: any point of [2, 3]"));
  const double mae = number(words(line_starting(even.out, "mae"))[1]);
  CHECK(mae >= 2.0);
  CHECK(mae <= 3.0);
}

TEST_CASE("the penalty's gradient adds lambda w, which is weight_decay for sgd and adam but not adamw", "[cli]") {
  const auto result = run_chapter({"overfit", "--hidden", "6", "--lambda", "0.1", "--iterations", "100"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("plus lambda w: largest difference below 1e-15"));
  CHECK_THAT(result.out, Catch::Contains("against finite differences: passed"));
  CHECK_THAT(line_starting(result.out, "sgd, weight_decay"), Catch::EndsWith("below 1e-12"));
  CHECK_THAT(line_starting(result.out, "adam, weight_decay"), Catch::EndsWith("below 1e-12"));
  CHECK(number(words(line_starting(result.out, "adamw, weight_decay")).back()) > 1e-3);
}

TEST_CASE("early stopping keeps the lowest validation loss; the run overfits without the penalty", "[cli]") {
  const auto result = run_chapter({"plot-data", "overfitting"});
  REQUIRE(result.exit_code == 0);
  std::istringstream lines(result.out);
  std::string line;
  std::getline(lines, line);
  REQUIRE(line == "iteration,train,valid,train_l2,valid_l2,stopped,kept,stopped_l2,kept_l2");
  std::vector<std::vector<double>> rows;
  while (std::getline(lines, line)) {
    std::replace(line.begin(), line.end(), ',', ' ');
    std::vector<double> row;
    for (const std::string& word : words(line)) row.push_back(number(word));
    rows.push_back(row);
  }
  REQUIRE(rows.size() == 201);
  for (const std::size_t column : {2u, 4u}) {  // the validation loss without and with the penalty
    const auto stopped = static_cast<int>(rows[0][column + 3]), kept = static_cast<int>(rows[0][column + 4]);
    INFO("column " << column << ": stopped " << stopped << ", kept " << kept);
    CHECK(stopped - kept == 200);  // patience: 20 checks, 10 iterations apart
    const double best = rows[static_cast<std::size_t>(kept / 10)][column];
    // Until the stop, no check was lower by more than min_delta (1e-4), and those before it were higher.
    for (const auto& row : rows) {
      if (row[0] > stopped) break;
      CHECK(row[column] >= best - 1e-4);
      if (row[0] < kept) CHECK(row[column] > best);
    }
  }
  // without the penalty: training loss falls and validation loss rises after the kept iteration
  const std::size_t kept = static_cast<std::size_t>(rows[0][6] / 10);
  CHECK(rows.back()[1] < rows[kept][1] / 1.5);
  CHECK(rows.back()[2] > 3 * rows[kept][2]);
  // with it, the validation loss at the end stays within 5% of its best
  CHECK(rows.back()[4] < 1.05 * rows[static_cast<std::size_t>(rows[0][8] / 10)][4]);
}

TEST_CASE("class weights: the rare class sends half the gradient, and is found more often", "[cli]") {
  const auto result = run_chapter({"weights"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("Weights [0.526316 10], scikit-learn's \"balanced\""));
  CHECK_THAT(result.out, Catch::Contains("unweighted 0.05, weighted 0.5 "));
  const auto recall = [&](const std::string& text, int which) {
    std::istringstream lines(text);
    std::string line;
    int seen = 0;
    while (std::getline(lines, line)) {
      if (line.find("recall") == std::string::npos || seen++ != which) continue;
      return number(words(line)[2].substr(0, words(line)[2].size() - 1));  // "recall a, b;": b
    }
    FAIL("no recall line");
    return 0.0;
  };
  CHECK(recall(result.out, 1) > recall(result.out, 0) + 0.3);
  // Equal weights are no weights (the mean divides by their sum).
  const auto equal = run_chapter({"weights", "--class-weights", "3 3"});
  REQUIRE(equal.exit_code == 0);
  CHECK(recall(equal.out, 1) == recall(equal.out, 0));
  CHECK_THAT(equal.out, Catch::Contains("unweighted 0.05, weighted 0.05 "));
}

TEST_CASE("rejects bad samples, parameters and weights with one clear line and status 2", "[cli]") {
  require_bad_input({"constant", "--sample", "1 x"}, "'x' is not a number");
  require_bad_input({"constant", "--sample", ""}, "--sample");
  require_bad_input({"constant", "--sample", "1 inf"}, "is not a finite number");
  require_bad_input({"constant", "--tau", "1"}, "--tau");
  require_bad_input({"constant", "--delta", "0"}, "--delta");
  require_bad_input({"likelihood", "--sigma", "-1"}, "--sigma");
  require_bad_input({"overfit", "--hidden", "0"}, "--hidden");
  require_bad_input({"overfit", "--lambda", "-0.1"}, "--lambda");
  require_bad_input({"overfit", "--lambda", "nan"}, "--lambda");
  require_bad_input({"overfit", "--iterations", "5"}, "--iterations");
  require_bad_input({"weights", "--class-weights", "1 2 3"}, "two weights, one per class");
  require_bad_input({"weights", "--class-weights", "1 -2"}, "at least 0");
  require_bad_input({"weights", "--class-weights", "0 0"}, "weigh 0 in total");
  require_bad_input({"plot-data", "nothing"}, "figure");
}

TEST_CASE("every flag counts: it changes its mode's output, and other modes refuse it", "[cli]") {
  const std::vector<nn::test::FlagUse> uses = {
      {"", {"--digits", "2"}},
      {"likelihood", {"--sigma", "2"}},
      {"likelihood", {"--tau", "0.3"}},
      {"likelihood", {"--digits", "2"}},
      {"constant", {"--sample", "1 2 3"}},
      {"constant", {"--tau", "0.3"}},
      {"constant", {"--delta", "3"}},
      {"constant", {"--digits", "2"}},
      {"overfit", {"--hidden", "8"}, "", {"--iterations", "50"}},
      {"overfit", {"--lambda", "0.1"}, "", {"--iterations", "50"}},
      {"overfit", {"--iterations", "50"}},
      {"overfit", {"--digits", "2"}, "", {"--iterations", "50"}},
      {"weights", {"--class-weights", "1 3"}},
      {"weights", {"--digits", "2"}},
  };
  nn::test::check_every_flag_counts({{"plot-data", {"constants"}}}, uses);
}

TEST_CASE("a noise scale whose square leaves the range of a double is refused before anything is printed", "[cli]") {
  require_bad_input({"likelihood", "--sigma", "1e200"}, "--sigma: 1e+200 is outside [1e-100, 1e100]");
  require_bad_input({"likelihood", "--sigma", "1e-200"}, "--sigma: 1e-200 is outside [1e-100, 1e100]");
}
