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
  require_bad_input({"error", "--prediction", "1 inf", "--actual", "1 2"}, "'inf' is not a finite number (row 1, column 2)");
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

TEST_CASE("reads every number with the one decimal grammar", "[cli][bad-input]") {
  require_bad_input({"error", "--prediction", "1,,2", "--actual", "1 2 3"}, "row 1, column 2 is empty");
  require_bad_input({"error", "--prediction", "0x10", "--actual", "1"}, "'0x10' is not a number");
  require_bad_input({"error", "--prediction", "+-1", "--actual", "1"}, "'+-1' is not a number");
  require_bad_input({"error", "--prediction", "--1", "--actual", "1"}, "--prediction");
  require_bad_input({"error", "--prediction", "1e-320", "--actual", "1"}, "'1e-320' underflows");
  require_bad_input({"error", "--prediction", "1e999", "--actual", "1"}, "'1e999' is beyond the largest double");
  require_bad_input({"error", "--prediction", "1\n2", "--actual", "1"}, "'1\\n2' holds a control character");
  const auto result = run_chapter({"error", "--prediction", "010 .5 2.", "--actual", "0 0 0"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("  10  0.5    2\n"));
}

TEST_CASE("an error vector beyond the double range is reported as overflow, not printed as inf", "[cli][overflow]") {
  nn::test::require_failure({"error", "--prediction", "1e308", "--actual", "-1e308"},
                            "error_vector: prediction - actual overflows the range of a double (about 1.8e+308)");
}
