// compare_output EXPECTED_FILE PROGRAM [ARGS...]
//
// Runs PROGRAM and compares what it prints with EXPECTED_FILE (numbers within a
// relative 1e-6, or 1e-6 near zero). The chapters' output tests use it, so a test fails whenever a
// chapter's output, and so its page in the book, drifts.
#include <fstream>
#include <iostream>
#include <sstream>

#include "process.hpp"
#include "text_compare.hpp"

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: compare_output EXPECTED_FILE PROGRAM [ARGS...]\n";
    return 2;
  }
  std::ifstream file(argv[1]);
  if (!file) {
    std::cerr << "compare_output: cannot read " << argv[1] << "\n";
    return 2;
  }
  std::ostringstream expected;
  expected << file.rdbuf();

  const nn::test::ProcessResult run = nn::test::run_process({argv + 2, argv + argc});
  if (run.exit_code != 0) {
    std::cerr << argv[2] << " exited with " << run.exit_code << "\n" << run.err;
    return 1;
  }
  if (const auto difference = nn::test::compare_output(expected.str(), run.out)) {
    std::cerr << argv[2] << ": output differs from " << argv[1] << ": " << *difference << "\n"
              << "If the change is intended, run `cmake --build <build dir> --target update-expected`, "
                 "review the diff and the chapter's page, and commit them together.\n";
    return 1;
  }
  std::cout << "output matches " << argv[1] << "\n";
  return 0;
}
