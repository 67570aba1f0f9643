// Chapter 3's program: its gradient descent flags.
#include <catch2/catch.hpp>

#include "chapter.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("a learning rate above the stable limit is reported as diverging", "[cli]") {
  const auto result = run_chapter({"--learning-rate", "50", "--steps", "1000"});
  CHECK(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("the prediction overflowed: this learning rate diverges"));
  CHECK_THAT(result.out, !Catch::Contains("nan"));
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
  nn::test::check_every_flag_counts({}, {
                                            {"", {"--learning-rate", "0.1"}},
                                            {"", {"--steps", "50"}},
                                            {"", {"--seed", "4"}},
                                            {"", {"--delta", "2"}},
                                            {"", {"--tau", "0.25"}},
                                            {"", {"--digits", "2"}},
                                        });
}
