// Chapter 10's program: data-parallel training alone and under mpirun, every flag counting,
// and bad input.
#include <catch2/catch.hpp>
#include <optional>

#include <algorithm>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "chapter.hpp"
#include "text_compare.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("every flag counts: it changes its mode's output, and other modes refuse it", "[cli]") {
  nn::test::check_every_flag_counts({{"plot-data", {"imbalance"}}},
                                    {
                                        {"", {"--loss", "ce"}},
                                        {"", {"--iterations", "300"}},
                                        {"", {"--learning-rate", "0.2"}},
                                        {"", {"--workers", "3"}},
                                        {"", {"--digits", "3"}},
                                        {"train", {"--loss", "ce"}},
                                        {"train", {"--iterations", "300"}},
                                        {"train", {"--learning-rate", "0.2"}},
                                        {"train", {"--workers", "3"}},
                                        {"train", {"--digits", "3"}},
                                        {"train", {"--averaging", "naive"}},
                                        {"timing", {"--samples", "1000"}, "mpirun"},
                                        {"timing", {"--hidden", "8"}, "mpirun"},
                                        {"timing", {"--iterations", "3"}, "mpirun"},
                                    });
}

TEST_CASE("train: with the correct averaging the weights are single-process training's", "[cli]") {
  for (const std::string loss : {"half-mse", "ce"}) {
    const auto result = run_chapter({"train", "--loss", loss, "--workers", "4", "--iterations", "200"});
    INFO(loss << "\n" << result.out << result.err);
    REQUIRE(result.exit_code == 0);
    CHECK_THAT(result.out, Catch::StartsWith("4 workers played in one process\n" + loss +
                                             ", correct averaging, shards 33 33 32 32\n"));
    CHECK_THAT(result.out, Catch::EndsWith("weights against single-process training: largest relative difference below 1e-12\n"));
  }
}

TEST_CASE("train: naive averaging differs with unequal shards and agrees with equal ones", "[cli]") {
  const auto unequal = run_chapter({"train", "--averaging", "naive", "--workers", "4", "--iterations", "200"});
  REQUIRE(unequal.exit_code == 0);
  CHECK_THAT(unequal.out, Catch::Contains("shards 33 33 32 32\n"));
  CHECK_THAT(unequal.out, !Catch::Contains("below 1e-12"));
  for (const std::string workers : {"1", "2", "5"}) {  // 130 rows: 130, 65 65, 26 x 5
    const auto equal = run_chapter({"train", "--averaging", "naive", "--workers", workers, "--iterations", "200"});
    INFO(workers << " workers\n" << equal.out);
    REQUIRE(equal.exit_code == 0);
    CHECK_THAT(equal.out, Catch::EndsWith("largest relative difference below 1e-12\n"));
  }
}

TEST_CASE("the walk-through: the metrics added up across workers are single-process ones", "[cli]") {
  const auto result = run_chapter({"--workers", "3"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("Alone: this process plays 3 workers one after another"));
  CHECK_THAT(result.out, Catch::Contains("equal to the single-process confusion matrix: yes\n"));
  CHECK_THAT(result.out, Catch::Contains("relative difference below 1e-14),\n"));
  CHECK_THAT(result.out, Catch::Contains("  3        44 43 43        "));
}

TEST_CASE("plot-data imbalance: naive averaging is right at equal shards only", "[cli]") {
  const auto result = run_chapter({"plot-data", "imbalance"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith("first_shard_share,half_mse,ce\n0.5,"));
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 14);
  CHECK_THAT(result.out, Catch::Contains("\n0.9615,"));
}

TEST_CASE("bad input and a missing or failing MPI launch: one clear line", "[cli]") {
  require_bad_input({"--workers", "0"}, "--workers");
  require_bad_input({"--workers", "131"}, "--workers");
  require_bad_input({"train", "--averaging", "mean"}, "--averaging");
  require_bad_input({"train", "--loss", "mae"}, "--loss");
  require_bad_input({"--learning-rate", "-1"}, "--learning-rate");
  require_bad_input({"timing"}, "start it with mpirun");
  require_bad_input({"timing", "--hidden", "0"}, "--hidden");
  require_bad_input({"--averaging", "naive"}, "--averaging has no effect in the walk-through");
}

TEST_CASE("a learning rate too large is reported as divergence, not printed as NaN", "[cli]") {
  const auto result = run_chapter({"train", "--loss", "ce", "--learning-rate", "1e308"});
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("nan") == std::string::npos);
  CHECK_THAT(result.err, Catch::Contains("diverged at iteration"));
}

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Runs the chapter under mpirun with `processes` processes.
nn::test::ProcessResult under_mpirun(const std::string& processes, const std::vector<std::string>& args) {
  std::vector<std::string> argv = {NN_MPIEXEC, "--oversubscribe", "-np", processes, NN_CHAPTER_EXE};
  argv.insert(argv.end(), args.begin(), args.end());
  return nn::test::run_process(argv);
}

}  // namespace

// Registered once per number of processes (tests/chapters/10_data_parallel.cmake), which sets
// NN_MPIRUN_PROCESSES and what Open MPI needs to start as root.
TEST_CASE("under mpirun, real processes give the numbers of the workers played in one process", "[.mpirun]") {
  const char* variable = std::getenv("NN_MPIRUN_PROCESSES");
  REQUIRE(variable != nullptr);
  const std::string processes = variable;
  INFO("mpirun -np " << processes);

  for (const std::vector<std::string>& args : std::vector<std::vector<std::string>>{
           {"train"}, {"train", "--loss", "ce", "--averaging", "naive", "--iterations", "300"}}) {
    const auto real = under_mpirun(processes, args);
    auto alone_args = args;
    alone_args.insert(alone_args.end(), {"--workers", processes});
    const auto alone = run_chapter(alone_args);
    INFO(args.size() << " arguments; stderr: " << real.err);
    REQUIRE(real.exit_code == 0);
    REQUIRE(alone.exit_code == 0);
    std::vector<std::string> real_lines = lines_of(real.out), alone_lines = lines_of(alone.out);
    REQUIRE(real_lines.size() == alone_lines.size());
    CHECK(real_lines[0] == processes + (processes == "1" ? " process" : " processes") + " under mpirun");
    real_lines.erase(real_lines.begin());
    alone_lines.erase(alone_lines.begin());
    // Equal to rounding: MPI_Allreduce may add the workers' sums in another order than one process.
    const auto join = [](const std::vector<std::string>& lines) {
      std::string text;
      for (const std::string& line : lines) text += line + "\n";
      return text;
    };
    const std::optional<std::string> difference = nn::test::compare_output(join(alone_lines), join(real_lines));
    INFO((difference ? *difference : std::string("the same")));
    CHECK_FALSE(difference.has_value());
    if (args.size() == 1) CHECK(real_lines.back() == "weights against single-process training: largest relative difference below 1e-12");
  }

  // The walk-through: every line the processes print, but the one that says how it runs,
  // is printed alone too, in the same order (alone, the training table has every P from 1 to 4).
  const auto real = under_mpirun(processes, {});
  const auto alone = run_chapter({"--workers", processes});
  REQUIRE(real.exit_code == 0);
  const std::vector<std::string> real_lines = lines_of(real.out), alone_lines = lines_of(alone.out);
  std::size_t at = 0, matched = 0;
  for (const std::string& line : real_lines) {
    if (line.rfind("Under mpirun: ", 0) == 0 || line == "  (the largest difference over every process's weights)") continue;
    while (at < alone_lines.size() && alone_lines[at] != line) ++at;
    INFO("line: " << line);
    CHECK(at < alone_lines.size());
    ++matched;
  }
  CHECK(matched + 2 == real_lines.size());
  CHECK_THAT(real.out, Catch::Contains("  " + processes + "        "));  // its row of the training table
  CHECK(std::count(real.out.begin(), real.out.end(), '\n') > 40);   // printed once, not once per process
  CHECK(real.out.find("Chapter 10") == real.out.rfind("Chapter 10"));
}

TEST_CASE("under mpirun, timing measures and --workers is refused", "[.mpirun]") {
  const char* variable = std::getenv("NN_MPIRUN_PROCESSES");
  REQUIRE(variable != nullptr);
  const std::string processes = variable;
  const auto timed = under_mpirun(processes, {"timing", "--samples", "2000", "--iterations", "2", "--hidden", "8"});
  REQUIRE(timed.exit_code == 0);
  CHECK_THAT(timed.out, Catch::Contains("(2000 in all), network 4-8-3, 2 steps\nper step: computing "));
  const auto refused = under_mpirun(processes, {"--workers", "2"});
  CHECK(refused.exit_code == 2);
  CHECK(refused.out.empty());
  // Every process refuses and exits with 2, but when one exits first mpirun aborts the others
  // and may drop the line they wrote (its output forwarding races the abort): then its own
  // report names the exit code instead.
  const std::string why = "ch10_data_parallel: error: --workers is for running alone";
  const bool said_why = refused.err.find(why) != std::string::npos;
  const bool reported_exit_2 = refused.err.find("Exit code:    2") != std::string::npos;
  INFO(refused.err);
  CHECK((said_why || reported_exit_2));
}
