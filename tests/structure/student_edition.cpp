// The student edition (scripts/student-edition): written from this tree, it configures, and
// holds none of the reference solutions' code, answer keys or wrong answers; its library's
// sources are the very copies this build compiled and graded (grade_chNN_edition), so what
// those tests prove holds for the edition.
#include <catch2/catch.hpp>
#include <filesystem>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "files.hpp"
#include "process.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path source_dir = NN_SOURCE_DIR;
const fs::path binary_dir = NN_BINARY_DIR;


std::string trim(const std::string& line) {
  const std::size_t first = line.find_first_not_of(" \t");
  if (first == std::string::npos) return "";
  return line.substr(first, line.find_last_not_of(" \t\r") - first + 1);
}

// Lines an answer shares with code that is no answer: they say nothing of it.
const std::set<std::string> generic = {
    "const arma::mat error = prediction - target;",
    "arma::mat gradient(arma::size(prediction));",
};

// The lines of a solution's answers: at least 30 characters (shorter ones, such as
// `double total = 0.0;`, say nothing of the answer), not a comment, an include, a function's
// first line or a generic line, not in the chapter's exercises.hpp or homework.cpp (the
// signatures), and not in the file's anonymous namespace (its helpers, such as a sigmoid).
std::vector<std::string> code_lines(const fs::path& chapter) {
  const std::string shared = nn::test::read_file(chapter / "exercises.hpp") + nn::test::read_file(chapter / "homework.cpp");
  std::vector<std::string> lines;
  std::istringstream in(nn::test::read_file(chapter / "solution.cpp"));
  bool helpers = false;
  for (std::string line; std::getline(in, line);) {
    if (line == "namespace {") helpers = true;
    if (line == "}  // namespace") helpers = false;
    const std::string code = trim(line);
    const bool signature = code.back() == '{' || code.back() == ',' || shared.find(code) != std::string::npos;
    if (helpers || code.size() < 30 || code.rfind("//", 0) == 0 || code[0] == '#' || signature ||
        code.rfind("namespace", 0) == 0 || generic.count(code)) {
      continue;
    }
    lines.push_back(code);
  }
  return lines;
}

// The edition, written once for all the tests below.
const fs::path& edition() {
  static const fs::path folder = [] {
    // Outside the repository, as scripts/student-edition requires; removed when the tests end.
    const fs::path where = fs::temp_directory_path() / ("nn-student-edition-" + std::to_string(::getpid()));
    fs::remove_all(where);
    static const struct Cleanup {
      fs::path folder;
      ~Cleanup() { fs::remove_all(folder); }
    } cleanup{where};
    const auto written = nn::test::run_process({(source_dir / "scripts" / "student-edition").string(), where.string()});
    INFO(written.out << written.err);
    REQUIRE(written.exit_code == 0);
    return where;
  }();
  return folder;
}

}  // namespace

TEST_CASE("the student edition has no solutions, answer keys or wrong answers", "[edition]") {
  const fs::path& folder = edition();
  REQUIRE(fs::exists(folder / "chapters"));
  for (const auto& entry : fs::recursive_directory_iterator(folder)) {
    const std::string name = entry.path().filename().string();
    INFO(entry.path());
    CHECK(name != "solution.cpp");
    CHECK(name != "answer_key.md");
    CHECK(entry.path().extension() != ".mutants");
    const std::string extension = entry.path().extension().string();
    const std::string marker = "// answer:" " Exercise ";  // not written whole, so not found here
    if (extension == ".cpp" || extension == ".hpp") CHECK(nn::test::read_file(entry.path()).find(marker) == std::string::npos);
  }
  CHECK_THAT(nn::test::read_file(folder / "cmake" / "Edition.cmake"), Catch::Matchers::Contains("set(NN_EDITION student)"));
  const std::string readme = nn::test::read_file(folder / "README.md");
  CHECK_THAT(readme, Catch::Matchers::Contains("### Handing in"));
  CHECK_THAT(readme, !Catch::Matchers::Contains("## For teachers") && !Catch::Matchers::Contains("-->"));
}

TEST_CASE("no line of a reference solution's code is anywhere in the student edition", "[edition]") {
  std::vector<std::pair<std::string, std::string>> solution_lines;  // (line, chapter)
  for (const auto& chapter : fs::directory_iterator(source_dir / "chapters")) {
    if (!fs::exists(chapter.path() / "solution.cpp")) continue;
    for (const std::string& line : code_lines(chapter.path())) {
      solution_lines.emplace_back(line, chapter.path().filename().string());
    }
  }
  REQUIRE(solution_lines.size() > 30);
  std::set<std::string> edition_lines;
  for (const auto& entry : fs::recursive_directory_iterator(edition())) {
    if (!entry.is_regular_file()) continue;
    std::istringstream in(nn::test::read_file(entry.path()));
    for (std::string line; std::getline(in, line);) edition_lines.insert(trim(line));
  }
  for (const auto& [line, chapter] : solution_lines) {
    INFO("from chapters/" << chapter << "/solution.cpp: " << line);
    CHECK(edition_lines.count(line) == 0);
  }
}

TEST_CASE("the student edition's library is the copy this build graded", "[edition]") {
  const fs::path stripped = binary_dir / "common" / "student";
  REQUIRE(fs::exists(stripped));
  int compared = 0;
  for (const auto& entry : fs::recursive_directory_iterator(stripped)) {
    if (!entry.is_regular_file()) continue;
    const fs::path relative = fs::relative(entry.path(), stripped);
    INFO("common/" << relative.string());
    CHECK(nn::test::read_file(edition() / "common" / relative) == nn::test::read_file(entry.path()));
    ++compared;
  }
  CHECK(compared > 0);
}

TEST_CASE("the student edition configures, in homework mode", "[edition]") {
  const fs::path build = edition() / "build";
  fs::remove_all(build);
  const auto configured = nn::test::run_process(
      {NN_CMAKE, "-S", edition().string(), "-B", build.string(), "-G", "Ninja", "-D", "NN_WARNINGS_AS_ERRORS=ON"});
  INFO(configured.out << configured.err);
  REQUIRE(configured.exit_code == 0);
  const std::string cache = nn::test::read_file(build / "CMakeCache.txt");
  CHECK_THAT(cache, Catch::Matchers::Contains("NN_HOMEWORK:BOOL=ON"));
  CHECK_THAT(cache, Catch::Matchers::Contains("NN_BOOK:BOOL=OFF"));
}
