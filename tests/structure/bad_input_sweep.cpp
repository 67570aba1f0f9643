// The bad-input sweep: every chapter, every flag its --help lists (and those of its
// subcommands), run with a generated list of bad values, and with extreme values that may be
// accepted. Each case must keep the promise of the developers' guide:
//   bad value: exit status 2, nothing on stdout, exactly one line on stderr;
//   extreme value: exit 0 with no inf or nan on stdout and nothing on stderr, or exit 1 or 2
//   as a bad value;
//   always: no crash, no hang, no "terminate", "std::" or "map::at" on stderr, and no number
//   printed in more than 60 digits.
// The flags are read from CLI11's --help, not listed here, so the sweep follows the chapters.
#include <algorithm>
#include <atomic>
#include <catch2/catch.hpp>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "help.hpp"
#include "process.hpp"
#include "text_compare.hpp"

namespace {

using Flag = nn::test::HelpFlag;
using nn::test::read_help;

// One way into a chapter: the arguments that select it (a subcommand path) and its flags.
struct Mode {
  std::vector<std::string> path;
  std::vector<Flag> flags;
};

struct Case {
  std::string chapter;
  std::vector<std::string> argv;  // the executable first
  bool bad = true;                // a bad value (exit 2) rather than an extreme one
};

struct Outcome {
  Case what;
  nn::test::ProcessResult result;
};

std::vector<Mode> modes_of(const std::string& executable, const std::vector<std::string>& path = {}) {
  std::vector<std::string> argv = {executable};
  argv.insert(argv.end(), path.begin(), path.end());
  argv.push_back("--help");
  const nn::test::ProcessResult help = nn::test::run_process(argv, 60);
  Mode mode{path, {}};
  std::vector<std::string> subcommands;
  read_help(help.out, mode.flags, subcommands);
  std::vector<Mode> modes = {mode};
  for (const std::string& subcommand : subcommands) {
    std::vector<std::string> deeper = path;
    deeper.push_back(subcommand);
    for (const Mode& sub : modes_of(executable, deeper)) modes.push_back(sub);
  }
  return modes;
}

// Values that no flag of a given type accepts.
const std::vector<std::string> bad_numbers = {
    "", " ", "\t", "abc", "0x10", "0X1p3", "0x0.8p0", "+-1", "--1", "-+1", "1,5", "1.2.3", "1e", "e5", ".", "-",
    "+", "inf", "-inf", "+Inf", "nan", "NaN", "-nan", "infinity", "1e999", "-1e999", "1e99999999999999999999",
    "1e-400", "1e-320", "-1e-320", " 1", "1 ", "1\n", "\n1", "1\r", "1\x01", "\x1b[2J", "\xEF\xBB\xBF" "1",
    "\xd9\xa1", "1_000", "1e2.5", "1/2", "(1)", "1;2", "[1]", "two", std::string(5000, '9') + "x"};
const std::vector<std::string> bad_integers = {"1e2", "2.5", "1.0", "1e0", "010.5", "-1", "-99999999999999999999999",
                                               "99999999999999999999999", "18446744073709551616",
                                               "340282366920938463463374607431768211456"};
const std::vector<std::string> bad_texts = {
    "", " ", "\n", "x\ny", "\x1b[2J", "\x7f", "\xEF\xBB\xBF", "\xEF\xBB\xBF" "1", std::string(10000, 'x'),
    "1,,2", ",1", "1,", "0x10", "+-1", "--1", "nan", "inf", "1e999", "1e-320", "[1 2", "1 2]", "1 2; 3", "1;;2",
    ";", ",", "-", "1 two", "/", "/dev/null", "/no/such/file", "\xff\xfe", "%s%n", "$(echo hi)"};
// Values that some flags accept: the run may succeed, but must then print no inf or nan.
const std::vector<std::string> extreme_numbers = {"1.7976931348623157e308", "-1.7976931348623157e308",
                                                  "2.2250738585072014e-308", "1e300", "-1e300", "1e-300",
                                                  "0", "-0", "1e15", "-1e15"};
const std::vector<std::string> extreme_integers = {"0", "-0", "+1", "010", "2147483648", "18446744073709551615"};
const std::vector<std::string> extreme_texts = {"1e308 -1e308", "1e308; -1e308", "1.7976931348623157e308",
                                                "-1.7976931348623157e308 1e308", "1e200 -1e200; 1 2",
                                                "1e-300", "0", "0 0", "1e154; 1e154; 1e154; 1e154"};

// Bad values also given as a separate argument, `--flag value`, not only as `--flag=value`.
const std::vector<std::string> separately = {"abc", "0x10", "1e999", "1e-320", "1e2", "2.5", "1\n", "",
                                             "18446744073709551616", "1,,2", "/dev/null", "nan"};

// A flag already swept in another mode of its chapter goes through the same parsing and
// validator: there, a few bad values of each kind stand for the whole list. (Extreme values,
// which reach the mode's computation, are all tried in every mode.)
const std::vector<std::string> bad_numbers_again = {"", "abc", "0x10", "1e999", "nan", "1e-320", " 1"};
const std::vector<std::string> bad_integers_again = {"1e2", "2.5", "-1", "18446744073709551616"};
const std::vector<std::string> bad_texts_again = {"", "x\ny", "1,,2", "nan", "1e999", "/no/such/file"};

std::vector<std::string> values_for(const std::string& type, bool bad, bool again) {
  std::vector<std::string> values;
  const bool integer = type == "INT" || type == "UINT";
  if (bad && again) {
    values = type == "TEXT" ? bad_texts_again : bad_numbers_again;
    if (integer) values.insert(values.end(), bad_integers_again.begin(), bad_integers_again.end());
  } else if (bad) {
    values = type == "TEXT" ? bad_texts : bad_numbers;
    if (integer) values.insert(values.end(), bad_integers.begin(), bad_integers.end());
  } else {
    values = type == "TEXT" ? extreme_texts : integer ? extreme_integers : extreme_numbers;
  }
  return values;
}

// The flags `flag` needs, and theirs, each with a plain value ("1") if it takes one.
std::vector<std::string> companions(const Mode& mode, const Flag& flag) {
  std::vector<std::string> names = flag.needs, args;
  for (std::size_t i = 0; i < names.size(); ++i) {
    const auto found = std::find_if(mode.flags.begin(), mode.flags.end(),
                                    [&](const Flag& other) { return other.name == names[i]; });
    if (found == mode.flags.end() || found->name == flag.name) continue;
    args.push_back(found->name);
    if (!found->type.empty()) args.push_back("1");
    for (const std::string& more : found->needs) {
      if (std::find(names.begin(), names.end(), more) == names.end()) names.push_back(more);
    }
  }
  return args;
}

std::vector<Case> cases_of(const std::string& chapter, const std::string& executable) {
  std::vector<Case> cases;
  const auto add = [&](const Mode& mode, std::vector<std::string> args, bool bad) {
    std::vector<std::string> argv = {executable};
    argv.insert(argv.end(), mode.path.begin(), mode.path.end());
    argv.insert(argv.end(), args.begin(), args.end());
    cases.push_back({chapter, argv, bad});
  };
  std::set<std::string> swept;  // "--flag TYPE" already given every bad value in another mode
  for (const Mode& mode : modes_of(executable)) {
    add(mode, {"--no-such-flag"}, true);
    add(mode, {"--no\nsuch"}, true);
    add(mode, {"\xEF\xBB\xBF--digits=3"}, true);
    add(mode, {"positional"}, true);
    for (const Flag& flag : mode.flags) {
      const std::vector<std::string> with = companions(mode, flag);
      if (flag.type.empty()) {  // a flag without a value: give it one anyway
        for (const char* value : {"=abc", "=2", "=\n", "=0x1"}) {
          std::vector<std::string> args = {flag.name + value};
          args.insert(args.end(), with.begin(), with.end());
          add(mode, args, true);
        }
        continue;
      }
      std::vector<std::string> missing = with;
      missing.push_back(flag.name);  // the value is missing
      add(mode, missing, true);
      const bool again = !swept.insert(flag.name + " " + flag.type).second;
      for (const bool bad : {true, false}) {
        for (const std::string& value : values_for(flag.type, bad, again)) {
          std::vector<std::string> joined = {flag.name + "=" + value};
          joined.insert(joined.end(), with.begin(), with.end());
          add(mode, joined, bad);
          if (!bad || std::find(separately.begin(), separately.end(), value) == separately.end()) continue;
          std::vector<std::string> separate = {flag.name, value};
          separate.insert(separate.end(), with.begin(), with.end());
          add(mode, separate, bad);
        }
      }
    }
  }
  return cases;
}

// Why a case broke the promise, or an empty string when it kept it.
std::string broken_promise(const Outcome& outcome) {
  const nn::test::ProcessResult& r = outcome.result;
  const auto lines = std::count(r.err.begin(), r.err.end(), '\n');
  if (r.timed_out) return "hung (killed after the time limit)";
  if (r.exit_code >= 128) return "crashed with signal " + std::to_string(r.exit_code - 128);
  for (const char* internal : {"terminate", "std::", "map::at", "Assertion", "armadillo"}) {
    if (r.err.find(internal) != std::string::npos) return std::string("stderr shows '") + internal + "'";
  }
  if (nn::test::shows_inf_or_nan(r.out)) return "inf or nan on stdout";
  static const std::regex long_number("[0-9]{61}");  // the largest double in full has 309 digits
  if (std::regex_search(r.err, long_number)) return "a number of more than 60 digits on stderr";
  if (r.exit_code == 0 && outcome.what.bad) return "exit 0 for a bad value";
  if (r.exit_code == 0) return r.err.empty() ? "" : "exit 0 with a message on stderr";
  if (r.exit_code != 1 && r.exit_code != 2) return "exit status " + std::to_string(r.exit_code);
  if (outcome.what.bad && r.exit_code != 2) return "exit 1 for a bad value";
  if (!r.out.empty()) return "output on stdout before the error";
  if (lines != 1 || r.err.back() != '\n') return std::to_string(lines) + " lines on stderr";
  return "";
}

std::string shown(const std::vector<std::string>& argv) {
  std::string text;
  for (std::size_t i = 1; i < argv.size(); ++i) {
    std::string arg = argv[i].substr(0, 60);
    for (char& c : arg) {
      if (static_cast<unsigned char>(c) < 0x20) c = '?';
    }
    text += " [" + arg + "]";
  }
  return text;
}

std::vector<Outcome> run_all(const std::vector<Case>& cases) {
  std::vector<Outcome> outcomes(cases.size());
  std::atomic<std::size_t> next = 0;
  const auto worker = [&] {
    for (std::size_t i = next++; i < cases.size(); i = next++) {
      outcomes[i] = {cases[i], nn::test::run_process(cases[i].argv, 120)};
    }
  };
  std::vector<std::thread> workers;
  for (int w = 0; w < 2; ++w) workers.emplace_back(worker);  // the machine this runs on has two cores
  for (std::thread& w : workers) w.join();
  return outcomes;
}

std::vector<std::pair<std::string, std::string>> chapters() {
  std::ifstream file(NN_MANIFEST);
  std::vector<std::pair<std::string, std::string>> result;
  for (std::string folder, executable, tests, grader; file >> folder >> executable >> tests >> grader;) {
    result.emplace_back(folder, executable);
  }
  return result;
}

}  // namespace

TEST_CASE("the help parser reads CLI11's option lines", "[sweep]") {
  std::vector<Flag> flags;
  std::vector<std::string> subcommands;
  read_help("Usage: x [OPTIONS] SUBCOMMAND\n\nOptions:\n  -h,--help                   Print\n"
            "  --steps INT:in [1 - 100]=10 Excludes: --csv\n  --csv Needs: --steps --rate\n"
            "                              Print CSV\n  --rate FLOAT:POSITIVE\n\nSubcommands:\n"
            "  fit                         Fit a line\n",
            flags, subcommands);
  REQUIRE(flags.size() == 3);
  CHECK(flags[0].name == "--steps");
  CHECK(flags[0].type == "INT");
  CHECK(flags[0].needs.empty());
  CHECK(flags[1].type.empty());
  CHECK(flags[1].needs == std::vector<std::string>{"--steps", "--rate"});
  CHECK(flags[2].type == "FLOAT");
  CHECK(subcommands == std::vector<std::string>{"fit"});
}

TEST_CASE("every chapter keeps the promise for every bad value of every flag", "[sweep]") {
  std::vector<Case> cases;
  for (const auto& [folder, executable] : chapters()) {
    const std::vector<Case> more = cases_of(folder, executable);
    INFO(folder);
    CHECK(more.size() > 100);  // its --help was read and listed flags
    cases.insert(cases.end(), more.begin(), more.end());
  }
  const std::vector<Outcome> outcomes = run_all(cases);
  std::size_t kept = 0, bad = 0;
  std::vector<std::string> broken;
  for (const Outcome& outcome : outcomes) {
    bad += outcome.what.bad ? 1 : 0;
    const std::string why = broken_promise(outcome);
    if (why.empty()) {
      ++kept;
    } else {
      broken.push_back(outcome.what.chapter + shown(outcome.what.argv) + ": " + why + "; stderr: " +
                       outcome.result.err.substr(0, 200));
    }
  }
  WARN("bad-input sweep: " << outcomes.size() << " cases (" << bad << " bad values, " << outcomes.size() - bad
                           << " extreme ones), " << kept << " kept the promise");
  for (std::size_t i = 0; i < std::min<std::size_t>(broken.size(), 30); ++i) UNSCOPED_INFO(broken[i]);
  CHECK(broken.empty());
}
