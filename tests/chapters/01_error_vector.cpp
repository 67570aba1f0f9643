// Chapter 1's program: its flags and what it prints for a reader's own numbers.
#include <catch2/catch.hpp>

#include "chapter.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("computes the error of the reader's own numbers", "[cli]") {
  const auto result = run_chapter({"error", "--prediction", "[-4, 3, 0, 7]", "--actual", "0 1 2 3"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Matchers::StartsWith("error = prediction - actual:\n  -4   2  -2   4\n"));
  CHECK_THAT(result.out, Catch::Matchers::Contains("sample 3: predicted 0, actual 2, error -2: too low by 2"));
}

TEST_CASE("rejects bad numbers with one clear line and status 2", "[cli]") {
  require_bad_input({"error", "--prediction", "1 2", "--actual", "1 2 3"}, "1x2");
  require_bad_input({"error", "--prediction", "1 x", "--actual", "1 2"}, "'x' is not a number");
  require_bad_input({"error", "--prediction", "", "--actual", "1"}, "empty");
  require_bad_input({"error", "--prediction", "1 inf", "--actual", "1 2"}, "not finite");
  require_bad_input({"error", "--prediction", "1 2; 3", "--actual", "1 2; 3 4"}, "row 2 has 1 numbers");
  require_bad_input({"error", "--prediction", "1 2"}, "--actual");
}

TEST_CASE("every flag counts: it changes its mode's output, and other modes refuse it", "[cli]") {
  const std::vector<std::string> numbers = {"--prediction", "-4.25; 3", "--actual", "0; 1"};
  nn::test::check_every_flag_counts({{"error", numbers}}, {
                                                              {"", {"--digits", "1"}},
                                                              {"error", {"--prediction", "-4.25; 3"}},
                                                              {"error", {"--actual", "0; 1"}},
                                                              {"error", {"--digits", "1"}},
                                                          });
}
