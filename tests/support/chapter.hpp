// Running this test program's chapter (NN_CHAPTER_EXE) and checking how it treats bad input.
#pragma once

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "process.hpp"

namespace nn::test {

// Runs the chapter with `args`.
inline ProcessResult run_chapter(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {NN_CHAPTER_EXE};
  for (const std::string& arg : args) argv.push_back(arg);
  return run_process(argv);
}

// Bad input: exit status 2, nothing on stdout, and exactly one line on stderr that mentions `mention`.
inline void require_bad_input(const std::vector<std::string>& args, const std::string& mention) {
  const ProcessResult result = run_chapter(args);
  INFO("stderr: " << result.err);
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
  CHECK_THAT(result.err, Catch::Matchers::Contains(mention));
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
}

}  // namespace nn::test
