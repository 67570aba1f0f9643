// Running this test program's chapter (NN_CHAPTER_EXE) and checking how it treats bad input.
#pragma once

#include <algorithm>
#include <catch2/catch.hpp>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "help.hpp"
#include "process.hpp"
#include "text_compare.hpp"

namespace nn::test {

// Runs the chapter with `args`.
inline ProcessResult run_chapter(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {NN_CHAPTER_EXE};
  for (const std::string& arg : args) argv.push_back(arg);
  return run_process(argv);
}

// Exit status `status`, nothing on stdout, and exactly one line on stderr that mentions `mention`.
inline void require_one_line_error(const std::vector<std::string>& args, int status, const std::string& mention) {
  const ProcessResult result = run_chapter(args);
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == status);
  CHECK(result.out.empty());
  CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
  CHECK_THAT(result.err, Catch::Matchers::Contains(mention));
}

// Bad input: exit status 2, nothing on stdout, and exactly one line on stderr that mentions `mention`.
inline void require_bad_input(const std::vector<std::string>& args, const std::string& mention) {
  require_one_line_error(args, 2, mention);
}

// A computation on valid input that fails (a result overflows, a run diverges): exit status 1,
// nothing on stdout, and exactly one line on stderr that mentions `mention`.
inline void require_failure(const std::vector<std::string>& args, const std::string& mention) {
  require_one_line_error(args, 1, mention);
}

// The flags every chapter shares: --help, unknown flags and --digits.
inline void check_common_flags() {
  const ProcessResult help = run_chapter({"--help"});
  CHECK(help.exit_code == 0);
  CHECK_THAT(help.out, Catch::Matchers::Contains("--digits"));
  require_bad_input({"--no-such-flag"}, "--no-such-flag");
  require_bad_input({"--digits", "abc"}, "--digits");
  require_bad_input({"--digits", "0"}, "--digits");
  require_bad_input({"--digits", "18"}, "--digits");
  require_bad_input({"--digits", "1e1"}, "--digits: '1e1' is not written as a whole number");
  require_bad_input({"--digits", "0x10"}, "--digits: '0x10' is not a number");
  require_bad_input({"--digits", "\n"}, "--digits: '\\n' holds a control character");
  const ProcessResult decimal = run_chapter({"--digits", "010"});  // ten digits, never octal eight
  CHECK(decimal.exit_code == 0);
  CHECK(decimal.out == run_chapter({"--digits", "10"}).out);
}

// One flag of one mode, and how to see that it counts.
struct FlagUse {
  std::string mode;                // "" for the walk-through, else the subcommand
  std::vector<std::string> use;    // the flag and its value, e.g. {"--delta", "2"}
  std::string error_mentions{};    // if set, the use must fail as bad input mentioning this
                                   // (for a flag whose effect is to read something, like --data)
  std::vector<std::string> also{}; // flags it needs to have an effect, given with and without it
};

// What each mode needs to run, e.g. {"mse", {"--prediction", "1", "--target", "2"}}.
using ModeArguments = std::map<std::string, std::vector<std::string>>;

// The long flags of one mode, from its --help, without --help itself.
inline std::vector<std::string> flags_of(const std::string& mode) {
  std::vector<std::string> args;
  if (!mode.empty()) args.push_back(mode);
  args.push_back("--help");
  const ProcessResult help = run_chapter(args);
  REQUIRE(help.exit_code == 0);
  std::vector<HelpFlag> flags;
  std::vector<std::string> subcommands;
  read_help(help.out, flags, subcommands);
  std::vector<std::string> names;
  for (const HelpFlag& flag : flags) names.push_back(flag.name);
  return names;
}

inline std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// Every flag of every mode counts: each is listed in `uses`, and
// - a flag the mode needs (in `needs`) is refused when left out, naming it;
// - any other changes the output of its mode (or, with error_mentions, is read and rejected);
// - given to a mode that does not have it, it is bad input that names the modes it belongs to.
// The modes and their flags are read from the chapter's --help, so a new flag without a use fails.
inline void check_every_flag_counts(const ModeArguments& needs, const std::vector<FlagUse>& uses) {
  std::vector<HelpFlag> top_flags;
  std::vector<std::string> modes = {""};
  read_help(run_chapter({"--help"}).out, top_flags, modes);
  std::map<std::string, std::vector<std::string>> flags;
  for (const std::string& mode : modes) flags[mode] = flags_of(mode);
  const auto command = [&](const std::string& mode, const std::vector<std::string>& more) {
    std::vector<std::string> args = mode.empty() ? std::vector<std::string>{} : std::vector{mode};
    const auto need = needs.find(mode);
    if (need != needs.end()) args = concat(args, need->second);
    return concat(args, more);
  };

  for (const std::string& mode : modes) {
    for (const std::string& flag : flags[mode]) {
      INFO("mode '" << mode << "', flag " << flag << ": list it in the chapter's FlagUses, with how it shows");
      CHECK(std::any_of(uses.begin(), uses.end(), [&](const FlagUse& u) { return u.mode == mode && u.use[0] == flag; }));
    }
  }
  for (const FlagUse& use : uses) {
    INFO("mode '" << use.mode << "', " << use.use[0]);
    const auto need = needs.find(use.mode);
    const bool needed = need != needs.end() &&
                        std::find(need->second.begin(), need->second.end(), use.use[0]) != need->second.end();
    if (needed) {
      std::vector<std::string> args = command(use.mode, {});
      const auto at = std::find(args.begin(), args.end(), use.use[0]);
      args.erase(at, at + static_cast<std::ptrdiff_t>(use.use.size()));
      require_bad_input(args, use.use[0]);
    } else if (!use.error_mentions.empty()) {
      require_bad_input(command(use.mode, use.use), use.error_mentions);
    } else {
      const ProcessResult before = run_chapter(command(use.mode, use.also));
      const ProcessResult after = run_chapter(command(use.mode, concat(use.also, use.use)));
      INFO("stderr: " << before.err << after.err);
      CHECK(before.exit_code == 0);
      CHECK(after.exit_code == 0);
      CHECK(before.out != after.out);
    }
    for (const std::string& other : modes) {
      const std::vector<std::string>& other_flags = flags[other];
      if (std::find(other_flags.begin(), other_flags.end(), use.use[0]) != other_flags.end()) continue;
      INFO("given to mode '" << other << "'");
      require_bad_input(command(other, use.use), use.use[0] + " has no effect in");
    }
  }
}

}  // namespace nn::test
