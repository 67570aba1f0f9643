// Running a chapter's executable from a test, without a shell (so flags such as
// "1 2; 3 4" reach it exactly as written).
#pragma once

#include <string>
#include <vector>

namespace nn::test {

struct ProcessResult {
  int exit_code = -1;      // the exit status, or 128 + signal number if it was killed
  std::string out;         // what it printed on stdout
  std::string err;         // what it printed on stderr
  bool timed_out = false;  // killed after the time limit: it hung, or ran far longer than any chapter should
};

// Runs argv[0] with the arguments argv[1...] and waits for it, at most `limit_seconds`: a
// program still running then is killed, so a hang fails a test instead of blocking it.
ProcessResult run_process(const std::vector<std::string>& argv, int limit_seconds = 300);

}  // namespace nn::test
