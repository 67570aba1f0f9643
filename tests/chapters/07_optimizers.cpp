// Chapter 7's program: one optimizer from the flags, its path as CSV, and bad input.
#include <catch2/catch.hpp>
#include <sstream>

#include "chapter.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("runs one optimizer on one function and reports where it ends", "[cli]") {
  const auto result = run_chapter({"adam", "--function", "rosenbrock", "--learning-rate", "0.02", "--steps", "4500"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith("adam on rosenbrock from [-1.2; 1], learning rate 0.02, 4500 steps\n"));
  CHECK_THAT(result.out, Catch::Contains("within 0.001 of the minimum after 3034 steps"));
}

TEST_CASE("prints the path with --csv at round-trip precision, from the given start", "[cli]") {
  const auto result = run_chapter({"sgd", "--learning-rate", "0.1", "--function", "quadratic",
                                   "--start", "2 1", "--steps", "2", "--csv"});
  REQUIRE(result.exit_code == 0);
  // gradient (x, 25 y): (2, 1) -> (1.8, -1.5) -> (1.62, 2.25); f = (x^2 + 25 y^2) / 2
  CHECK(result.out == "step,x,y,f\n0,2,1,14.5\n1,1.8,-1.5,29.745000000000001\n"
                      "2,1.6200000000000001,2.25,64.593450000000004\n");
}

TEST_CASE("every option reaches its optimizer", "[cli]") {
  for (const std::vector<std::string>& flags :
       {std::vector<std::string>{"sgd", "--momentum", "0.9", "--nesterov", "--weight-decay", "0.01"},
        {"sgd", "--momentum", "0.9", "--dampening", "0.5"},
        {"adagrad", "--lr-decay", "0.01", "--initial-accumulator", "0.1", "--epsilon", "1e-8"},
        {"rmsprop", "--alpha", "0.9", "--centered", "--momentum", "0.5"},
        {"adam", "--beta1", "0.8", "--beta2", "0.99", "--amsgrad"},
        {"adamw", "--weight-decay", "0.1"}}) {
    std::vector<std::string> args = flags;
    for (const char* extra : {"--steps", "3", "--csv"}) args.push_back(extra);
    const auto result = run_chapter(args);
    INFO(flags[1] << ": " << result.err);
    CHECK(result.exit_code == 0);
    CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 5);  // header and steps 0-3
  }
}

TEST_CASE("rejects bad hyperparameters and flags with one clear line and status 2", "[cli]") {
  require_bad_input({"lbfgs"}, "'lbfgs' is not a subcommand");
  require_bad_input({"sgd", "--learning-rate", "-1"}, "--learning-rate");
  require_bad_input({"adam", "--beta1", "1"}, "beta1");
  require_bad_input({"adam", "--beta2", "-0.1"}, "beta2");
  require_bad_input({"sgd", "--nesterov"}, "esterov");
  require_bad_input({"rmsprop", "--alpha", "1.5"}, "alpha");
  require_bad_input({"sgd", "--momentum", "-0.5"}, "--momentum");
  require_bad_input({"sgd", "--start", "1 2 3"}, "--start");
  require_bad_input({"sgd", "--start", "1 x"}, "'x' is not a number");
  require_bad_input({"sgd", "--function", "himmelblau"}, "--function");
  require_bad_input({"sgd", "--steps", "0"}, "--steps");
}

TEST_CASE("every flag counts: it changes its mode's output, and other modes refuse it", "[cli]") {
  std::vector<nn::test::FlagUse> uses = {
      {"", {"--digits", "2"}},
      {"sgd", {"--momentum", "0.5"}},
      {"sgd", {"--dampening", "0.5"}, "", {"--momentum", "0.5"}},
      {"sgd", {"--nesterov"}, "", {"--momentum", "0.5"}},
      {"adagrad", {"--lr-decay", "0.1"}},
      {"adagrad", {"--initial-accumulator", "0.5"}},
      {"rmsprop", {"--alpha", "0.9"}},
      {"rmsprop", {"--centered"}},
      {"rmsprop", {"--momentum", "0.5"}},
  };
  for (const std::string optimizer : {"sgd", "adagrad", "rmsprop", "adam", "adamw"}) {
    uses.push_back({optimizer, {"--function", "rosenbrock"}, "", {"--learning-rate", "0.001"}});
    uses.push_back({optimizer, {"--start", "0.5 0.5"}});
    uses.push_back({optimizer, {"--steps", "10"}});
    uses.push_back({optimizer, {"--learning-rate", "0.0005"}});
    // On the quadratic bowl an L2 penalty scales each coordinate's gradient by a constant, which
    // adagrad, rmsprop and adam divide out: the penalty shows on Rosenbrock's valley.
    uses.push_back({optimizer, {"--weight-decay", "0.5"}, "", {"--function", "rosenbrock", "--learning-rate", "0.001"}});
    uses.push_back({optimizer, {"--csv"}});
    uses.push_back({optimizer, {"--digits", "2"}});
    if (optimizer != "sgd") uses.push_back({optimizer, {"--epsilon", "0.5"}});
    if (optimizer == "adam" || optimizer == "adamw") {
      uses.push_back({optimizer, {"--beta1", "0.5"}});
      uses.push_back({optimizer, {"--beta2", "0.5"}});
      uses.push_back({optimizer, {"--amsgrad"}});
    }
  }
  nn::test::check_every_flag_counts({{"plot-data", {"quadratic"}}}, uses);
}

TEST_CASE("a flag of the walk-through given with a subcommand names where it belongs", "[cli]") {
  require_bad_input({"--digits", "3", "adam"}, "--digits belongs to the walk-through (no subcommand), not to 'adam'; "
                                               "give it after 'adam'");
  require_bad_input({"sgd", "--dampening", "0.5"}, "--dampening has no effect without --momentum above 0");
}

TEST_CASE("a diverging single run stops with one line naming the step", "[cli][divergence]") {
  nn::test::require_failure({"sgd", "--learning-rate", "10", "--function", "quadratic", "--steps", "2000"},
                            "sgd on quadratic from [-4; 1] (learning rate 10) diverged at step");
  nn::test::require_failure({"sgd", "--function", "rosenbrock"}, "try a smaller learning rate");  // sgd's 0.01
  nn::test::require_failure({"adam", "--learning-rate", "1e308", "--csv"}, "diverged at step 1:");
}

TEST_CASE("a start whose gradient or value overflows is reported as overflow", "[cli][overflow]") {
  nn::test::require_failure({"sgd", "--function", "rosenbrock", "--start", "1e300 1e300"},
                            "rosenbrock_gradient: the gradient at (1e+300, 1e+300) overflows the range of a double");
  nn::test::require_failure({"sgd", "--function", "rosenbrock", "--start", "1e100 1e100", "--learning-rate", "1e-300",
                             "--steps", "2", "--csv"},
                            "rosenbrock: the value at (1e+100, 1e+100) overflows");
}

TEST_CASE("flags without a validator of their own still take the one decimal grammar", "[cli][bad-input]") {
  require_bad_input({"adam", "--beta1", "0x0.8p0"}, "--beta1: '0x0.8p0' is not a number");
  require_bad_input({"adam", "--beta2", "inf"}, "--beta2: 'inf' is not a finite number");
  require_bad_input({"rmsprop", "--alpha", ""}, "--alpha: '' is empty");
  require_bad_input({"sgd", "--start", "1,,2"}, "row 1, column 2 is empty");
  require_bad_input({"sgd", "--steps", "1e3"}, "--steps: '1e3' is not written as a whole number");
}

TEST_CASE("a negative hyperparameter is refused with a short message", "[cli][bad-input]") {
  for (const auto& [optimizer, flag] : std::vector<std::pair<std::string, std::string>>{
           {"sgd", "--momentum"}, {"sgd", "--weight-decay"}, {"adagrad", "--lr-decay"},
           {"adagrad", "--initial-accumulator"}}) {
    INFO(flag);
    require_bad_input({optimizer, flag, "-1"}, flag + ": '-1' is not 0 or more");
    CHECK(run_chapter({optimizer, flag, "-1"}).err.size() < 120);  // not the largest double in 309 digits
  }
  require_bad_input({"sgd", "--steps", "1000001"}, "--steps: '1000001' is out of range: a whole number from 1 to 1000000");
}
