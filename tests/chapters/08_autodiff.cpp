// Chapter 8's program: training on a loss through the graph, printing a gradient at a node,
// every flag counting, and bad input.
#include <catch2/catch.hpp>

#include "chapter.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("train prints the loss's gradient at a node, then trains on that loss", "[cli]") {
  const auto result = run_chapter({"train", "--loss", "ce", "--show-gradient", "Z2", "--iterations", "3"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith("gradient of ce at Z2 (130x3), before training:\n"));
  CHECK_THAT(result.out, Catch::Contains("iteration      0  loss 1.18115\n"));  // chapter 5's first ce loss
  CHECK_THAT(result.out, Catch::Contains("training accuracy "));
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 1 + 130 + 3 + 1);
}

TEST_CASE("the question's loss trains the question's network, as numpy did", "[cli]") {
  // numpy's results table (chapter 4's `results`): 0.060953950 at iteration 4999, before its update.
  const auto result = run_chapter({"train", "--learning-rate", "0.1", "--iterations", "5000"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("training accuracy 0.707692, test accuracy 0.8\n"));
  CHECK_THAT(result.out, Catch::Contains("iteration   4999  loss 0.060954\n"));
}

TEST_CASE("every flag counts: it changes its mode's output, and other modes refuse it", "[cli]") {
  nn::test::check_every_flag_counts({},
                                    {
                                        {"", {"--iterations", "300"}},
                                        {"", {"--learning-rate", "0.2"}},
                                        {"", {"--digits", "2"}},
                                        {"train", {"--loss", "mae"}},
                                        {"train", {"--optimizer", "adam"}},
                                        {"train", {"--iterations", "20"}},
                                        {"train", {"--learning-rate", "0.2"}},
                                        {"train", {"--show-gradient", "A1"}},
                                        {"train", {"--digits", "2"}},
                                    });
}

TEST_CASE("rejects bad flags and values with one clear line and status 2", "[cli]") {
  require_bad_input({"train", "--loss", "hinge"}, "--loss");
  require_bad_input({"train", "--show-gradient", "Z3"}, "--show-gradient");
  require_bad_input({"train", "--iterations", "0"}, "--iterations");
  require_bad_input({"train", "--learning-rate", "-1"}, "--learning-rate");
  require_bad_input({"train", "--optimizer", "lbfgs"}, "--optimizer");
  require_bad_input({"--show-gradient", "A2"}, "--show-gradient has no effect in the walk-through");
}
