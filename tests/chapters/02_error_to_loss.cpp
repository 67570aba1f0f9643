// Chapter 2's program: the loss calculator behind its flags.
#include <catch2/catch.hpp>

#include "chapter.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("prints the loss and its gradient in the prediction's shape", "[cli]") {
  auto result = run_chapter({"--prediction", "-2; 3; 0; 5", "--target", "0; 1; 2; 3"});
  CHECK(result.exit_code == 0);
  CHECK(result.out == "loss: 4\ngradient:\n  -1\n   1\n  -1\n   1\n");

  result = run_chapter({"--loss", "mae", "--prediction", "0 1 2 10", "--target", "0 1 2 3"});
  CHECK(result.out == "loss: 1.75\ngradient:\n     0     0     0  0.25\n");

  result = run_chapter({"--loss", "huber", "--delta", "3", "--reduction", "sum", "--prediction", "-2 3; 0 5",
                        "--target", "0 1; 2 3"});
  CHECK(result.out == "loss: 8\ngradient:\n  -2   2\n  -2   2\n");

  result = run_chapter({"--loss", "quantile", "--tau", "0.9", "--prediction", "0 1 2 10", "--target", "0 1 2 3"});
  CHECK(result.out == "loss: 0.175\ngradient:\n      0      0      0  0.025\n");

  result = run_chapter({"--reduction", "none", "--prediction", "1 2", "--target", "0 0"});
  CHECK(result.out == "loss:\n  1  4\ngradient:\n  2  4\n");
}

TEST_CASE("prints values that round-trip with --digits 17", "[cli]") {
  const auto result = run_chapter({"--digits", "17", "--prediction", "0.1", "--target", "0.3"});
  CHECK(result.out == "loss: 0.039999999999999994\ngradient:\n  -0.39999999999999997\n");
}

TEST_CASE("rejects bad flags and values with one clear line and status 2", "[cli]") {
  require_bad_input({"--loss", "hinge", "--prediction", "1", "--target", "1"}, "hinge");
  require_bad_input({"--prediction", "1 2", "--target", "1 2 3"}, "prediction is 1x2 but target is 1x3");
  require_bad_input({"--prediction", "1 a", "--target", "1 2"}, "'a' is not a number");
  require_bad_input({"--prediction", "", "--target", "1"}, "empty");
  require_bad_input({"--prediction", "nan", "--target", "1"}, "'nan' is not a finite number");
  require_bad_input({"--delta", "-1"}, "--delta");
  require_bad_input({"--delta", "0"}, "--delta");
  require_bad_input({"--delta", "inf"}, "--delta");
  require_bad_input({"--tau", "1.5"}, "--tau");
  require_bad_input({"--reduction", "avg", "--prediction", "1", "--target", "1"}, "--reduction");
  require_bad_input({"--loss", "mae"}, "--prediction");
}

TEST_CASE("says an underflowing or unreadable number is one, truthfully", "[cli][bad-input]") {
  require_bad_input({"--delta", "1e-320"}, "--delta: '1e-320' underflows");
  require_bad_input({"--delta", "1e-400"}, "--delta: '1e-400' underflows");
  require_bad_input({"--delta", "0x1p3"}, "--delta: '0x1p3' is not a number");
  require_bad_input({"--tau", ""}, "--tau: '' is empty");
  require_bad_input({"--tau", "nan"}, "--tau: 'nan' is not a finite number");
  require_bad_input({"--loss", "mse\n", "--prediction", "1", "--target", "1"}, "--loss: 'mse\\n' holds a control");
  require_bad_input({"--prediction", "1,,2", "--target", "1 2"}, "row 1, column 2 is empty");
}

TEST_CASE("a loss beyond the double range is reported as overflow, with nothing printed", "[cli][overflow]") {
  nn::test::require_failure({"--prediction", "1e200", "--target", "-1e200"},
                            "MeanSquaredError::value: the loss overflows the range of a double");
  nn::test::require_failure({"--loss", "mae", "--prediction", "1.7e308", "--target", "-1.7e308"}, "overflows");
  nn::test::require_failure({"--reduction", "none", "--prediction", "1e200 1", "--target", "-1e200 1"},
                            "MeanSquaredError::terms: the loss overflows");
}
