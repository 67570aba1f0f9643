// Chapter 3's program: its gradient descent flags.
#include <catch2/catch.hpp>

#include "chapter.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("a learning rate that overflows stops with one line naming the step", "[cli][divergence]") {
  nn::test::require_failure({"--learning-rate", "50", "--steps", "1000"},
                            "gradient descent on the line diverged at step 100: the numbers overflowed; try a "
                            "smaller learning rate");
  nn::test::require_failure({"--learning-rate", "1e308"}, "diverged at step 1: the numbers overflowed");
}

TEST_CASE("a learning rate above the stable limit is reported where the loss rises", "[cli][divergence]") {
  // 1.05 times the largest stable rate: the loss falls at first, then grows without overflowing.
  nn::test::require_failure({"--learning-rate", "1.05"},
                            "gradient descent on the line diverged at step 10: the loss grew from 2.42364 at step 0 "
                            "to 5.87756; try a smaller learning rate");
  // One step does not diverge yet, but the 2000 steps of the fits with an outlier do.
  nn::test::require_failure({"--learning-rate", "1.05", "--steps", "1"},
                            "gradient descent on the line with an outlier (mse loss) diverged at step");
}

TEST_CASE("the lesson's diverging rate stays in the output, without inf or nan", "[cli][divergence]") {
  const auto result = run_chapter({});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("learning rate 1.05 (1.05 of it), 30 steps:"));
  CHECK_FALSE(nn::test::shows_inf_or_nan(result.out));
}

TEST_CASE("with enough steps descent reaches the least-squares line", "[cli]") {
  const auto result = run_chapter({"--steps", "300", "--seed", "9"});
  REQUIRE(result.exit_code == 0);
  const auto descent = result.out.find("descent:       slope ");
  const auto exact = result.out.find("least squares: slope ");
  REQUIRE(descent != std::string::npos);
  REQUIRE(exact != std::string::npos);
  CHECK(result.out.substr(descent + 21, 30).substr(0, 20) == result.out.substr(exact + 21, 30).substr(0, 20));
}

TEST_CASE("rejects bad flags with one clear line and status 2", "[cli]") {
  require_bad_input({"--learning-rate", "-0.1"}, "--learning-rate");
  require_bad_input({"--learning-rate", "nan"}, "--learning-rate");
  require_bad_input({"--steps", "0"}, "--steps");
  require_bad_input({"--steps", "ten"}, "--steps");
  require_bad_input({"--seed", "-1"}, "--seed");
  require_bad_input({"--delta", "-2"}, "--delta");
}

TEST_CASE("every flag counts: it changes the output", "[cli]") {
  nn::test::check_every_flag_counts({{"plot-data", {"outlier"}}}, {
                                            {"plot-data", {"--seed", "4"}},
                                            {"", {"--learning-rate", "0.1"}},
                                            {"", {"--steps", "50"}},
                                            {"", {"--seed", "4"}},
                                            {"", {"--delta", "2"}},
                                            {"", {"--tau", "0.25"}},
                                            {"", {"--digits", "2"}},
                                        });
}

TEST_CASE("integer flags are whole decimal numbers, with messages that say so", "[cli][bad-input]") {
  require_bad_input({"--steps", "1e2"}, "--steps: '1e2' is not written as a whole number (digits only)");
  require_bad_input({"--steps", "0x10"}, "--steps: '0x10' is not a number; a whole number is needed");
  require_bad_input({"--steps", ""}, "--steps");
  require_bad_input({"--seed", "18446744073709551616"},
                    "--seed: '18446744073709551616' is out of range: a whole number from 0 to 18446744073709551615");
  require_bad_input({"--seed", "99999999999999999999999"}, "is out of range");
  require_bad_input({"--seed", "-1"}, "--seed: '-1' is out of range");
  require_bad_input({"--learning-rate", "1e-320"}, "--learning-rate: '1e-320' underflows");
  const auto octal = run_chapter({"--seed", "010"});
  REQUIRE(octal.exit_code == 0);
  CHECK(octal.out == run_chapter({"--seed", "10"}).out);  // decimal 10, never octal 8
  CHECK(octal.out != run_chapter({"--seed", "8"}).out);
  CHECK(run_chapter({"--seed", "18446744073709551615"}).exit_code == 0);
}

TEST_CASE("the figures' data: the outlier's lines and the steps around the stable rate", "[cli]") {
  const auto outlier = run_chapter({"plot-data", "outlier"});
  REQUIRE(outlier.exit_code == 0);
  CHECK_THAT(outlier.out, Catch::StartsWith("x,y,mse,mae,huber\n-1,"));
  CHECK(std::count(outlier.out.begin(), outlier.out.end(), '\n') == 21);
  const auto steps = run_chapter({"plot-data", "steps"});
  REQUIRE(steps.exit_code == 0);
  // both runs start at 0 and aim at the least-squares line of the walk-through
  CHECK_THAT(steps.out, Catch::Contains("\n0,0,0,0,0,1.99319297,0.92660308\n"));
  CHECK_THAT(steps.out, Catch::Contains("\n\n\nrise,slope,intercept\n0.05,"));  // the contours, a second data set
  require_bad_input({"plot-data", "steps", "--learning-rate", "0.5"}, "--learning-rate has no effect in 'plot-data'");
}
