// Chapter 4's program: its flags, and its CSV against numpy's results table.
#include <sys/stat.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "chapter.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/io/csv.hpp"
#include "nn/io/data_directory.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

namespace {

// A copy of the repository's data/ in a fresh temporary directory, to break one file of.
struct DataCopy {
  std::filesystem::path dir;
  explicit DataCopy(const std::string& name) : dir(std::filesystem::temp_directory_path() / ("nn_ch04_" + name)) {
    std::filesystem::remove_all(dir);
    std::filesystem::copy(nn::data_directory(), dir, std::filesystem::copy_options::recursive);
  }
  ~DataCopy() { std::filesystem::remove_all(dir); }
  void write(const std::string& file, const std::string& contents) const {
    std::filesystem::remove(dir / file);
    std::ofstream(dir / file, std::ios::binary) << contents;
  }
  std::string read(const std::string& file) const {
    std::ifstream in(dir / file, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }
};

}  // namespace

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

TEST_CASE("a reference file without a name stops the chapter before it prints anything", "[cli][bad-input]") {
  DataCopy data("missing_key");
  std::string reference = data.read("question/reference_final.csv");
  const auto line = reference.find("w2_final_1_2,");
  REQUIRE(line != std::string::npos);
  reference.erase(line, reference.find('\n', line) + 1 - line);
  data.write("question/reference_final.csv", reference);
  require_bad_input({"--data", data.dir.string()}, "reference_final.csv has no 'w2_final_1_2'");
}

TEST_CASE("a data file that is a directory, a FIFO or broken is named, never read or printed raw", "[cli][bad-input]") {
  {
    DataCopy data("directory");
    std::filesystem::remove(data.dir / "iris.csv");
    std::filesystem::create_directory(data.dir / "iris.csv");
    require_bad_input({"--data", data.dir.string()}, "iris.csv is a directory, not a data file");
  }
  {
    DataCopy data("fifo");
    std::filesystem::remove(data.dir / "question" / "w1_initial.csv");
    REQUIRE(mkfifo((data.dir / "question" / "w1_initial.csv").c_str(), 0600) == 0);
    require_bad_input({"--data", data.dir.string()}, "w1_initial.csv is not a regular file (a FIFO");  // no hang
  }
  {
    DataCopy data("control");
    data.write("question/w2_initial.csv", "0.1,0.2,0.3\n0.4,0\x1b[2J,0.6\n");
    require_bad_input({"--data", data.dir.string()}, "line 2, field 2: '0\\x1b[2J' is not a number");
  }
  {
    DataCopy data("empty_field");
    data.write("question/w2_initial.csv", "0.1,,0.3\n0.4,0.5,0.6\n");
    require_bad_input({"--data", data.dir.string()}, "line 1, field 2 is empty");
  }
  require_bad_input({"--data", "/no/such/dir"}, "cannot open /no/such/dir/iris.csv: no such file");
  require_bad_input({"--data", "/no/such\ndir"}, "--data: '/no/such\\ndir' holds a control character");
}

TEST_CASE("a byte-order mark at the start of a data file is skipped", "[cli]") {
  DataCopy data("bom");
  data.write("iris.csv", "\xEF\xBB\xBF" + data.read("iris.csv"));
  data.write("question/w1_initial.csv", "\xEF\xBB\xBF" + data.read("question/w1_initial.csv"));
  const auto result = run_chapter({"--data", data.dir.string()});
  CHECK(result.exit_code == 0);
  CHECK(result.out == run_chapter({}).out);
}

TEST_CASE("integer flags are whole decimal numbers", "[cli][bad-input]") {
  require_bad_input({"--iterations", "1e2"}, "--iterations: '1e2' is not written as a whole number");
  require_bad_input({"--hidden", "0x10"}, "--hidden: '0x10' is not a number");
  require_bad_input({"--seed", "18446744073709551616"}, "--seed: '18446744073709551616' is out of range");
  const auto octal = run_chapter({"--hidden", "010", "--iterations", "010"});
  REQUIRE(octal.exit_code == 0);
  CHECK_THAT(octal.out, Catch::Contains("a 4-10-3 sigmoid network") && Catch::Contains(", 10 iterations;"));
}

TEST_CASE("the longest run the flags allow is bounded, and the bound is named", "[cli][bad-input]") {
  require_bad_input({"--hidden", "17"}, "--hidden: '17' is out of range: a whole number from 1 to 16 is needed");
  require_bad_input({"--iterations", "50001"}, "--iterations: '50001' is out of range: a whole number from 1 to 50000");
}
