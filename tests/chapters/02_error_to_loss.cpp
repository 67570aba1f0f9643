// Chapter 2's program: the loss calculator behind its flags.
#include <catch2/catch.hpp>

#include "chapter.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("prints the loss and its gradient in the prediction's shape", "[cli]") {
  auto result = run_chapter({"mse", "--prediction", "-2; 3; 0; 5", "--target", "0; 1; 2; 3"});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "loss: 4\ngradient:\n  -1\n   1\n  -1\n   1\n");

  result = run_chapter({"mae", "--prediction", "0 1 2 10", "--target", "0 1 2 3"});
  CHECK(result.out == "loss: 1.75\ngradient:\n     0     0     0  0.25\n");

  result = run_chapter({"huber", "--delta", "3", "--reduction", "sum", "--prediction", "-2 3; 0 5",
                        "--target", "0 1; 2 3"});
  CHECK(result.out == "loss: 8\ngradient:\n  -2   2\n  -2   2\n");

  result = run_chapter({"quantile", "--tau", "0.9", "--prediction", "0 1 2 10", "--target", "0 1 2 3"});
  CHECK(result.out == "loss: 0.175\ngradient:\n      0      0      0  0.025\n");

  result = run_chapter({"mse", "--reduction", "none", "--prediction", "1 2", "--target", "0 0"});
  CHECK(result.out == "loss:\n  1  4\ngradient:\n  2  4\n");
}

TEST_CASE("prints values that round-trip with --digits 17", "[cli]") {
  const auto result = run_chapter({"mse", "--digits", "17", "--prediction", "0.1", "--target", "0.3"});
  CHECK(result.out == "loss: 0.039999999999999994\ngradient:\n  -0.39999999999999997\n");
}

TEST_CASE("rejects bad flags and values with one clear line and status 2", "[cli]") {
  require_bad_input({"hinge", "--prediction", "1", "--target", "1"}, "'hinge' is not a subcommand");
  require_bad_input({"mse", "--prediction", "1 2", "--target", "1 2 3"}, "prediction is 1x2 but target is 1x3");
  require_bad_input({"mse", "--prediction", "1 a", "--target", "1 2"}, "'a' is not a number");
  require_bad_input({"mse", "--prediction", "", "--target", "1"}, "empty");
  require_bad_input({"mse", "--prediction", "nan", "--target", "1"}, "'nan' is not a finite number");
  require_bad_input({"--delta", "-1"}, "--delta");
  require_bad_input({"--delta", "0"}, "--delta");
  require_bad_input({"--delta", "inf"}, "--delta");
  require_bad_input({"--tau", "1.5"}, "--tau");
  require_bad_input({"mse", "--reduction", "avg", "--prediction", "1", "--target", "1"}, "--reduction");
  require_bad_input({"mae"}, "--prediction");
}

TEST_CASE("every flag counts: it changes its mode's output, and other modes refuse it", "[cli]") {
  const std::vector<std::string> numbers = {"--prediction", "-2.5; 3", "--target", "0; 1"};
  nn::test::ModeArguments needs = {{"plot-data", {"losses"}}};
  std::vector<nn::test::FlagUse> uses = {{"", {"--delta", "2"}}, {"", {"--tau", "0.25"}}, {"", {"--digits", "2"}}};
  for (const std::string loss : {"mse", "mae", "huber", "quantile"}) {
    needs[loss] = numbers;
    uses.push_back({loss, {"--prediction", "-2.5; 3"}});
    uses.push_back({loss, {"--target", "0; 1"}});
    uses.push_back({loss, {"--reduction", "sum"}});
    uses.push_back({loss, {"--digits", "2"}});
  }
  uses.push_back({"huber", {"--delta", "0.5"}});
  uses.push_back({"quantile", {"--tau", "0.25"}});
  nn::test::check_every_flag_counts(needs, uses);
}

TEST_CASE("says an underflowing or unreadable number is one, truthfully", "[cli][bad-input]") {
  require_bad_input({"--delta", "1e-320"}, "--delta: '1e-320' underflows");
  require_bad_input({"--delta", "1e-400"}, "--delta: '1e-400' underflows");
  require_bad_input({"--delta", "0x1p3"}, "--delta: '0x1p3' is not a number");
  require_bad_input({"--tau", ""}, "--tau: '' is empty");
  require_bad_input({"--tau", "nan"}, "--tau: 'nan' is not a finite number");
  require_bad_input({"mse", "--reduction", "sum\n", "--prediction", "1", "--target", "1"},
                    "--reduction: 'sum\\n' holds a control");
  require_bad_input({"mse", "--prediction", "1,,2", "--target", "1 2"}, "row 1, column 2 is empty");
}

TEST_CASE("a loss beyond the double range is reported as overflow, with nothing printed", "[cli][overflow]") {
  nn::test::require_failure({"mse", "--prediction", "1e200", "--target", "-1e200"},
                            "MeanSquaredError::value: the loss overflows the range of a double");
  nn::test::require_failure({"mae", "--prediction", "1.7e308", "--target", "-1.7e308"}, "overflows");
  nn::test::require_failure({"mse", "--reduction", "none", "--prediction", "1e200 1", "--target", "-1e200 1"},
                            "MeanSquaredError::terms: the loss overflows");
}

TEST_CASE("the figure's data: each loss and its derivative against the error", "[cli]") {
  const auto result = run_chapter({"plot-data", "losses"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith("error,mse,mse_gradient,mae,mae_gradient,huber,huber_gradient,quantile,"
                                           "quantile_gradient\n-3,9,-6,3,-1,2.5,-1,2.7,-0.9\n"));
  CHECK_THAT(result.out, Catch::Contains("\n0,0,0,0,0,0,0,0,0\n"));  // the kinks use the subgradient 0
}
