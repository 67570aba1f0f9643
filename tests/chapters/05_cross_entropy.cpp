// Chapter 5's program: its loss calculator and its experiment's flags.
#include <catch2/catch.hpp>

#include "chapter.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("computes each cross-entropy and its gradient", "[cli]") {
  auto result = run_chapter({"bce", "--prediction", "0.8 0.4", "--target", "1 0"});
  CHECK(result.out == "loss: 0.366985\ngradient:\n    -0.625  0.833333\n");  // (-log 0.8 - log 0.6) / 2

  result = run_chapter({"bce-logits", "--prediction", "0", "--target", "1"});
  CHECK(result.out == "loss: 0.693147\ngradient:\n  -0.5\n");  // log 2, sigmoid(0) - 1

  result = run_chapter({"ce", "--prediction", "0 0; 1000 0", "--target", "1; 0"});
  CHECK(result.out == "loss: 0.346574\ngradient:\n   0.25  -0.25\n      0      0\n");  // (log 2 + 0) / 2

  const auto one_hot = run_chapter({"ce", "--prediction", "0 0; 1000 0", "--target", "0 1; 1 0"});
  CHECK(one_hot.out == result.out);

  result = run_chapter({"ce", "--label-smoothing", "0.2", "--reduction", "sum", "--prediction", "0 0",
                        "--target", "1"});
  CHECK(result.out == "loss: 0.693147\ngradient:\n   0.4  -0.4\n");  // q = (0.1, 0.9); softmax - q
}

TEST_CASE("a shorter experiment still compares the three losses", "[cli]") {
  const auto result = run_chapter({"--iterations", "200", "--learning-rate", "0.5"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("200 iterations") && Catch::Contains("softmax cross-entropy on logits"));
}

TEST_CASE("prints the CSV behind the book's plot", "[cli]") {
  const auto result = run_chapter({"plot-data", "curves", "--iterations", "3"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith("iteration,half_mse_loss,half_mse_accuracy,bce_loss,bce_accuracy,"
                                           "ce_loss,ce_accuracy\n0,0.139100185,"));
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 4);
}

TEST_CASE("rejects bad flags and values with one clear line and status 2", "[cli]") {
  require_bad_input({"mse", "--prediction", "1", "--target", "1"}, "'mse' is not a subcommand");
  require_bad_input({"bce", "--prediction", "1.5", "--target", "1"}, "[0, 1]");
  require_bad_input({"ce", "--prediction", "1 2", "--target", "2"}, "class");
  require_bad_input({"ce", "--prediction", "1 2", "--target", "0.5"}, "class");
  require_bad_input({"ce", "--label-smoothing", "2", "--prediction", "1 2", "--target", "0"}, "--label-smoothing");
  require_bad_input({"--iterations", "-5"}, "--iterations");
  require_bad_input({"plot-data", "nothing"}, "figure");
}

TEST_CASE("every flag counts: it changes its mode's output, and other modes refuse it", "[cli]") {
  nn::test::ModeArguments needs = {{"ce", {"--prediction", "2 1 0.1; 0 1 2", "--target", "0; 1"}}, {"plot-data", {"curves"}}};
  std::vector<nn::test::FlagUse> uses = {
      {"", {"--iterations", "300"}},           {"", {"--learning-rate", "0.5"}},
      {"", {"--digits", "2"}},                 {"plot-data", {"--iterations", "3"}},
      {"plot-data", {"--learning-rate", "0.5"}}, {"ce", {"--label-smoothing", "0.2"}},
  };
  for (const std::string loss : {"bce", "bce-logits", "ce"}) {
    if (loss != "ce") needs[loss] = {"--prediction", "0.8 0.4", "--target", "1 0"};
    uses.push_back({loss, {needs[loss][0], needs[loss][1]}});
    uses.push_back({loss, {needs[loss][2], needs[loss][3]}});
    uses.push_back({loss, {"--reduction", "sum"}});
    uses.push_back({loss, {"--digits", "2"}});
  }
  nn::test::check_every_flag_counts(needs, uses);
}

TEST_CASE("the naive loss of huge logits is described in words, not printed as inf or nan", "[cli][overflow]") {
  const auto result = run_chapter({});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("naive -(y log p + (1-y) log(1-p)): [infinite infinite undefined]"));
  CHECK_FALSE(nn::test::shows_inf_or_nan(result.out));
}

TEST_CASE("a diverging experiment stops with one line before printing anything", "[cli][divergence]") {
  nn::test::require_failure({"--learning-rate", "1e308"}, "training diverged at iteration 1: ");
  nn::test::require_failure({"plot-data", "curves", "--learning-rate", "1e308"}, "try a smaller learning rate");
}

TEST_CASE("reads numbers with the one decimal grammar", "[cli][bad-input]") {
  require_bad_input({"--iterations", "1e3"}, "--iterations: '1e3' is not written as a whole number");
  require_bad_input({"--learning-rate", "1e-320"}, "--learning-rate: '1e-320' underflows");
  require_bad_input({"ce", "--label-smoothing", "0x0", "--prediction", "1 2", "--target", "0"}, "'0x0' is not a number");
  require_bad_input({"ce", "--prediction", "1,,2", "--target", "0"}, "row 1, column 2 is empty");
  nn::test::require_failure({"bce-logits", "--reduction", "sum", "--prediction", "1.7e308 1.7e308",
                             "--target", "0 0"},
                            "BinaryCrossEntropyWithLogits::value: the loss overflows");
}

TEST_CASE("the longest experiment the flags allow is bounded, and the bound is named", "[cli][bad-input]") {
  require_bad_input({"--iterations", "50001"}, "--iterations: '50001' is out of range: a whole number from 1 to 50000");
  require_bad_input({"ce", "--label-smoothing", "2", "--prediction", "1 2", "--target", "0"},
                    "--label-smoothing: '2' is not from 0 to 1");
}

TEST_CASE("the figure of the sigmoid's slope takes no training flags", "[cli]") {
  const auto result = run_chapter({"plot-data", "slope"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith("z,p,slope,half_mse_gradient,cross_entropy_gradient\n-8,0.00033535013,"));
  require_bad_input({"plot-data", "slope", "--iterations", "3"}, "--iterations has no effect on the figure 'slope'");
}
