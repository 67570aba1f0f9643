// Running this test program's chapter (NN_CHAPTER_EXE) and checking how it treats bad input.
#pragma once

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

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

}  // namespace nn::test
