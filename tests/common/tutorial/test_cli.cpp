// The command line every chapter shares: one number grammar for every flag, validators whose
// messages say what is wanted, and exit statuses for bad input, overflow and divergence.
#include <catch2/catch.hpp>
#include <cstdint>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "nn/core/failures.hpp"
#include "nn/tutorial/cli.hpp"

namespace {

struct Outcome {
  int status;
  std::string out, err;
};

// Runs nn::cli::run() on `app` with `args`, capturing what it prints.
Outcome run(CLI::App& app, std::vector<std::string> args, const std::function<void()>& body = [] {}) {
  args.insert(args.begin(), app.get_name());
  std::vector<char*> argv;
  for (std::string& arg : args) argv.push_back(arg.data());
  std::ostringstream out, err;
  std::streambuf* const old_out = std::cout.rdbuf(out.rdbuf());
  std::streambuf* const old_err = std::cerr.rdbuf(err.rdbuf());
  const int status = nn::cli::run(app, static_cast<int>(argv.size()), argv.data(), body);
  std::cout.rdbuf(old_out);
  std::cerr.rdbuf(old_err);
  return {status, out.str(), err.str()};
}

// A program with one flag of each kind the chapters use.
struct Program {
  CLI::App app{"test", "prog"};
  int steps = 10;
  std::uint64_t seed = 3;
  double rate = 0.1;
  double plain = 0.0;
  std::string name = "a";
  int digits = 6;
  bool csv = false;
  Program() {
    app.add_flag("--csv", csv);
    app.add_option("--steps", steps)->check(CLI::Range(1, 1000));
    app.add_option("--seed", seed);
    app.add_option("--rate", rate)->check(nn::cli::positive_finite);
    app.add_option("--plain", plain);
    app.add_option("--name", name)->check(CLI::IsMember({"a", "b"}));
    nn::cli::add_digits_flag(app, digits);
  }
};

// Bad input: status 2, one line on stderr that contains `mention`.
void require_bad(const std::vector<std::string>& args, const std::string& mention) {
  Program program;
  const Outcome outcome = run(program.app, args);
  INFO("stderr: " << outcome.err);
  CHECK(outcome.status == nn::cli::bad_input);
  CHECK(outcome.out.empty());
  CHECK(std::count(outcome.err.begin(), outcome.err.end(), '\n') == 1);
  CHECK_THAT(outcome.err, Catch::StartsWith("prog: error: ") && Catch::Contains(mention));
}

}  // namespace

TEST_CASE("integer flags are decimal whole numbers: 010 is 10, never octal 8", "[cli]") {
  Program program;
  REQUIRE(run(program.app, {"--steps", "010", "--digits", "010", "--seed", "010"}).status == 0);
  CHECK(program.steps == 10);
  CHECK(program.digits == 10);
  CHECK(program.seed == 10);
  Program plus;
  REQUIRE(run(plus.app, {"--steps", "+7", "--seed", "18446744073709551615"}).status == 0);
  CHECK(plus.steps == 7);
  CHECK(plus.seed == 18446744073709551615ULL);
}

TEST_CASE("integer flags refuse other spellings with a message that asks for a whole number", "[cli][errors]") {
  require_bad({"--steps", "1e2"}, "--steps: '1e2' is not written as a whole number (digits only)");
  require_bad({"--steps", "2.5"}, "is not written as a whole number");
  require_bad({"--steps", "0x10"}, "--steps: '0x10' is not a number; a whole number is needed");
  require_bad({"--steps", "ten"}, "'ten' is not a number");
  require_bad({"--steps", ""}, "--steps");
  require_bad({"--steps", "+-1"}, "'+-1' is not a number");
  require_bad({"--steps", "0"}, "--steps: Value 0 not in range 1 to 1000");  // the flag's own range
  require_bad({"--digits", "18"}, "--digits: '18' is out of range: a whole number from 1 to 17 is needed");
  require_bad({"--digits", "1e1"}, "--digits: '1e1' is not written as a whole number (digits only)");
  require_bad({"--digits", "99999999999999999999"}, "out of range: a whole number from 1 to 17");
}

TEST_CASE("an unsigned flag beyond 2^64 - 1 or below 0 is refused, never clamped or wrapped", "[cli][errors]") {
  require_bad({"--seed", "18446744073709551616"},
              "--seed: '18446744073709551616' is out of range: a whole number from 0 to 18446744073709551615");
  require_bad({"--seed", "99999999999999999999999"}, "is out of range");
  require_bad({"--seed", "-1"}, "--seed: '-1' is out of range");
}

TEST_CASE("number flags take the one decimal grammar", "[cli]") {
  Program program;
  REQUIRE(run(program.app, {"--rate", ".5", "--plain", "-2."}).status == 0);
  CHECK(program.rate == 0.5);
  CHECK(program.plain == -2.0);
  require_bad({"--plain", "0x10"}, "--plain: '0x10' is not a number: numbers are written in decimal");
  require_bad({"--plain", "inf"}, "--plain: 'inf' is not a finite number");
  require_bad({"--plain", "nan"}, "is not a finite number");
  require_bad({"--plain", "1e999"}, "--plain: '1e999' is beyond the largest double (about 1.8e+308)");
  require_bad({"--rate", "1e-320"}, "--rate: '1e-320' underflows");
  require_bad({"--rate", "1e-400"}, "--rate: '1e-400' underflows");
  require_bad({"--rate", "-0.1"}, "--rate: '-0.1' is not above 0");
  require_bad({"--rate", "0"}, "'0' is not above 0");
  require_bad({"--rate", " 1"}, "is not a number");
  require_bad({"--plain", ""}, "--plain: '' is empty; a number is needed");
}

TEST_CASE("a value holding a control character is refused and shown escaped", "[cli][errors]") {
  require_bad({"--name", "a\nb"}, "--name: 'a\\nb' holds a control character");
  require_bad({"--rate", "1\r"}, "'1\\r' holds a control character");
  require_bad({"--steps", "\x1b[2J"}, "'\\x1b[2J' holds a control character");
  require_bad({"--no\nsuch"}, "'--no\\nsuch' holds a control character");  // CLI11 would show it raw
  require_bad({"--name=a\tb\n"}, "'--name=a\\tb\\n' holds a control character");
  require_bad({"\xEF\xBB\xBF--digits=3"}, "'\\ufeff--digits=3' holds an invisible byte-order mark");
  Program tab;
  CHECK(run(tab.app, {"--plain", "1\t"}).status == nn::cli::bad_input);  // a tab passes, but is not a number
}

TEST_CASE("a flag that takes no value is given alone or as =false, nothing else", "[cli]") {
  Program on;
  REQUIRE(run(on.app, {"--csv"}).status == 0);
  CHECK(on.csv);
  Program off;
  REQUIRE(run(off.app, {"--csv=false"}).status == 0);
  CHECK_FALSE(off.csv);
  require_bad({"--csv=2"}, "--csv: '2' is not a value this flag takes; give the flag alone (or =false)");
  require_bad({"--csv=0x1"}, "'0x1' is not a value this flag takes");  // CLI11 would read it as off
  require_bad({"--csv=yes"}, "'yes' is not a value this flag takes");
}

TEST_CASE("the validators say what they want, with short numbers", "[cli][errors]") {
  const auto message = [](const CLI::Validator& validator, std::string text) { return validator(text); };
  CHECK(message(nn::cli::positive_finite, "1e-3").empty());
  CHECK(message(nn::cli::positive_finite, "-1") == "'-1' is not above 0");
  CHECK(message(nn::cli::finite, "nan") == "'nan' is not a finite number");
  CHECK(message(nn::cli::open_unit_interval, "1") == "'1' is not strictly between 0 and 1");
  CHECK(message(nn::cli::non_negative, "0").empty());
  CHECK(message(nn::cli::non_negative, "-1") == "'-1' is not 0 or more");  // not CLI11's 309-digit bound
  CHECK(message(nn::cli::unit_interval, "1").empty());
  CHECK(message(nn::cli::unit_interval, "1.5") == "'1.5' is not from 0 to 1");
  CHECK(message(nn::cli::whole_number(1, 5), "6") == "'6' is out of range: a whole number from 1 to 5 is needed");
  CHECK(message(nn::cli::whole_number(1, 5), "5").empty());
}

TEST_CASE("overflow and divergence exit 1 with one line; bad input 2; help 0", "[cli]") {
  Program overflow;
  const Outcome overflowed = run(overflow.app, {}, [] { throw nn::Overflow("f: the loss overflows"); });
  CHECK(overflowed.status == nn::cli::failure);
  CHECK(overflowed.err == "prog: error: f: the loss overflows\n");
  Program diverge;
  const Outcome diverged = run(diverge.app, {}, [] { throw nn::divergence("descent", "step", 3, "boom"); });
  CHECK(diverged.status == nn::cli::failure);
  CHECK(diverged.err == "prog: error: descent diverged at step 3: boom; try a smaller learning rate\n");
  Program bad;
  CHECK(run(bad.app, {}, [] { throw std::invalid_argument("x"); }).status == nn::cli::bad_input);
  Program help;
  const Outcome helped = run(help.app, {"--help"});
  CHECK(helped.status == 0);
  CHECK_THAT(helped.out, Catch::Contains("--steps INT:INT in [1 - 1000]"));  // the grammar adds nothing to --help
}

TEST_CASE("subcommands' flags get the grammar too", "[cli]") {
  CLI::App app{"test", "prog"};
  int steps = 0;
  CLI::App* fit = app.add_subcommand("fit", "fit a line");
  fit->add_option("--steps", steps);
  CHECK(run(app, {"fit", "--steps", "010"}).status == 0);
  CHECK(steps == 10);
  CLI::App again{"test", "prog"};
  again.add_subcommand("fit", "fit a line")->add_option("--steps", steps);
  CHECK(run(again, {"fit", "--steps", "0x10"}).status == nn::cli::bad_input);
}
