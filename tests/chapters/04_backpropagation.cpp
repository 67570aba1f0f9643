// Chapter 4's program: its flags, and its CSV against numpy's results table.
#include <catch2/catch.hpp>
#include <sstream>

#include "chapter.hpp"
#include "nn/io/csv.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/core/gradient_check.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("its --csv results table equals numpy's to 9 significant digits", "[cli]") {
  const auto result = run_chapter({"results"});
  REQUIRE(result.exit_code == 0);
  const arma::mat reference = nn::read_csv(nn::data_directory() / "question" / "reference_run.csv", true).values;
  std::istringstream lines(result.out);
  std::string line;
  std::getline(lines, line);
  CHECK(line == "iteration,loss,accuracy");
  arma::uword row = 0;
  while (std::getline(lines, line)) {
    REQUIRE(row < reference.n_rows);
    const double loss = std::stod(line.substr(line.find(',') + 1));
    const double accuracy = std::stod(line.substr(line.rfind(',') + 1));
    REQUIRE(nn::relative_error(loss, reference(row, 1)) < 1e-9);
    REQUIRE(accuracy == reference(row, 2));
    ++row;
  }
  CHECK(row == 5000);
}

TEST_CASE("other settings train from random weights and say so", "[cli]") {
  const auto result = run_chapter({"--hidden", "4", "--iterations", "300", "--learning-rate", "0.5"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("a 4-4-3 sigmoid network") && Catch::Contains("random initial weights") &&
                             Catch::Contains("reference numbers are for the question's own settings only"));
}

TEST_CASE("rejects bad flags and a missing data directory", "[cli]") {
  require_bad_input({"--iterations", "0"}, "--iterations");
  require_bad_input({"--learning-rate", "-1"}, "--learning-rate");
  require_bad_input({"--hidden", "zero"}, "--hidden");
  require_bad_input({"--data", "/no/such/dir"}, "cannot open /no/such/dir/iris.csv");
}

TEST_CASE("every flag counts: it changes its mode's output, and other modes refuse it", "[cli]") {
  std::vector<nn::test::FlagUse> uses = {{"", {"--digits", "2"}}};
  for (const std::string mode : {"", "results"}) {
    uses.push_back({mode, {"--iterations", "30"}});
    uses.push_back({mode, {"--learning-rate", "0.5"}});
    uses.push_back({mode, {"--hidden", "3"}});
    uses.push_back({mode, {"--seed", "5"}});
    uses.push_back({mode, {"--data", "/no/such/dir"}, "/no/such/dir"});
  }
  nn::test::check_every_flag_counts({}, uses);
}
