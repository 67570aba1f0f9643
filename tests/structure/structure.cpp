// The promise that the build discovers every chapter: each folder under chapters/
// is built, has its expected output and page, and is tested (exercises and command line).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "files.hpp"
#include "process.hpp"

namespace fs = std::filesystem;

namespace {

struct BuiltChapter {
  std::string folder;
  std::string executable;
  std::string test_executable;
  std::string grader;
};

std::vector<BuiltChapter> manifest() {
  std::ifstream file(NN_MANIFEST);
  std::vector<BuiltChapter> chapters;
  for (BuiltChapter chapter; file >> chapter.folder >> chapter.executable >> chapter.test_executable >> chapter.grader;) {
    chapters.push_back(chapter);
  }
  return chapters;
}


const fs::path source_dir = NN_SOURCE_DIR;

}  // namespace

TEST_CASE("every chapter folder on disk is a chapter of this build", "[structure]") {
  std::set<std::string> on_disk, built;
  for (const auto& entry : fs::directory_iterator(source_dir / "chapters")) {
    if (entry.is_directory()) on_disk.insert(entry.path().filename().string());
  }
  for (const BuiltChapter& chapter : manifest()) built.insert(chapter.folder);
  INFO("if a chapter was added or renamed, re-run cmake");
  CHECK(on_disk == built);
  CHECK_FALSE(built.empty());
}

TEST_CASE("every chapter is built, has expected output and a page, and is tested", "[structure]") {
  const std::string readme = nn::test::read_file(source_dir / "README.md");
  for (const BuiltChapter& chapter : manifest()) {
    const fs::path folder = source_dir / "chapters" / chapter.folder;
    const std::string target = "ch" + chapter.folder;
    INFO("chapter " << chapter.folder);
    CHECK(fs::exists(chapter.executable));
    CHECK(fs::exists(chapter.test_executable));
    CHECK(fs::exists(chapter.grader));
    CHECK(fs::file_size(folder / "expected_output.txt") > 0);

    // The page's id is the executable's name, so the book's links can be generated from the folder.
    const std::string page = nn::test::read_file(folder / "chapter.md");
    CHECK_THAT(page, Catch::Matchers::StartsWith("# ") && Catch::Matchers::Contains(" {#" + target + "}\n"));
    CHECK_THAT(page, Catch::Matchers::Contains("\\verbinclude chapters/" + chapter.folder + "/expected_output.txt"));
    CHECK_THAT(page, Catch::Matchers::Contains("\\snippet chapters/" + chapter.folder + "/main.cpp"));

    // Graded exercises and other tests both exist for the chapter.
    const auto exercises = nn::test::run_process({chapter.grader, "--list-test-names-only", "[exercise]"});
    const auto others = nn::test::run_process({chapter.test_executable, "--list-test-names-only"});
    CHECK_THAT(exercises.out, Catch::Matchers::Contains("Exercise "));
    CHECK_FALSE(others.out.empty());

    CHECK_THAT(readme, Catch::Matchers::Contains(target + "`"));  // the README's table of chapters
  }
}

TEST_CASE("the words the book quotes from a chapter's output are in that output", "[structure]") {
  // Chapter pages write numbers taken from the program's output as \out{...}.
  const std::regex quoted(R"(\\out\{([^}]*)\})");
  for (const BuiltChapter& chapter : manifest()) {
    const fs::path folder = source_dir / "chapters" / chapter.folder;
    const std::string page = nn::test::read_file(folder / "chapter.md");
    const std::string output = nn::test::read_file(folder / "expected_output.txt");
    for (auto it = std::sregex_iterator(page.begin(), page.end(), quoted); it != std::sregex_iterator(); ++it) {
      INFO("chapter " << chapter.folder << " quotes " << (*it)[1]);
      CHECK(output.find((*it)[1]) != std::string::npos);
    }
  }
}

namespace {

// The words of a command line written for a shell: split at spaces, "..." kept together,
// and nothing from a redirection (">") on.
std::vector<std::string> shell_words(const std::string& line) {
  std::vector<std::string> words;
  std::string word;
  bool quoted = false, any = false;
  for (const char c : line) {
    if (c == '"') {
      quoted = !quoted;
      any = true;
    } else if (c == ' ' && !quoted) {
      if (any) words.push_back(word);
      word.clear();
      any = false;
    } else {
      if (c == '>' && !quoted && !any) break;
      word += c;
      any = true;
    }
  }
  if (any) words.push_back(word);
  return words;
}

}  // namespace

TEST_CASE("every example command in the README and the book runs as written", "[structure]") {
  std::map<std::string, std::string> executables;  // "ch02_error_to_loss" -> its path in this build
  for (const BuiltChapter& chapter : manifest()) executables["ch" + chapter.folder] = chapter.executable;
  std::vector<fs::path> texts = {source_dir / "README.md", source_dir / "docs" / "mainpage.md"};
  for (const BuiltChapter& chapter : manifest()) texts.push_back(source_dir / "chapters" / chapter.folder / "chapter.md");

  const std::regex example(R"(^\s*build/release/(ch\d\d_[a-z0-9_]+)( .*)?$)");
  int examples = 0;
  for (const fs::path& text : texts) {
    std::istringstream lines(nn::test::read_file(text));
    for (std::string line; std::getline(lines, line);) {
      std::smatch match;
      if (!std::regex_match(line, match, example)) continue;
      INFO(text.filename().string() << ": " << line);
      REQUIRE(executables.count(match[1]) == 1);
      std::vector<std::string> argv = shell_words(match[2]);
      argv.insert(argv.begin(), executables[match[1]]);
      const nn::test::ProcessResult result = nn::test::run_process(argv);
      INFO("stderr: " << result.err);
      CHECK(result.exit_code == 0);
      CHECK_FALSE(result.out.empty());
      ++examples;
    }
  }
  CHECK(examples >= 10);
}

TEST_CASE("code on a page fits its width: every line of every snippet is at most 100 characters",
          "[structure]") {
  const std::regex snippet(R"(\\snippet (\S+) (\w+))");
  int snippets = 0;
  for (const BuiltChapter& chapter : manifest()) {
    const std::string page = nn::test::read_file(source_dir / "chapters" / chapter.folder / "chapter.md");
    for (auto it = std::sregex_iterator(page.begin(), page.end(), snippet); it != std::sregex_iterator(); ++it) {
      const std::string file = (*it)[1], name = (*it)[2];
      std::istringstream lines(nn::test::read_file(source_dir / file));
      bool inside = false;
      int number = 0;
      for (std::string line; std::getline(lines, line);) {
        ++number;
        if (line.find("// [" + name + "]") != std::string::npos) {
          inside = !inside;
          continue;
        }
        INFO(file << ":" << number << " in the snippet '" << name << "' of " << chapter.folder);
        if (inside) CHECK(line.size() <= 100);
      }
      ++snippets;
    }
  }
  CHECK(snippets > 20);
}

TEST_CASE("the closing page quotes only what the chapters print", "[structure]") {
  // docs/answers.md writes \outof{chNN_slug,words}: the words must be in that chapter's output.
  const std::string page = nn::test::read_file(source_dir / "docs" / "answers.md");
  const std::regex quoted(R"(\\outof\{ch(\d\d_[a-z0-9_]+),([^}]*)\})");
  int quotes = 0;
  for (auto it = std::sregex_iterator(page.begin(), page.end(), quoted); it != std::sregex_iterator(); ++it) {
    const fs::path output = source_dir / "chapters" / (*it)[1].str() / "expected_output.txt";
    INFO("answers.md quotes '" << (*it)[2] << "' from " << (*it)[1]);
    REQUIRE(fs::exists(output));
    CHECK(nn::test::read_file(output).find((*it)[2]) != std::string::npos);
    ++quotes;
  }
  CHECK(quotes >= 10);
  CHECK_THAT(page, Catch::Matchers::StartsWith("# ") && Catch::Matchers::Contains(" {#answers}\n"));
}

TEST_CASE("every exercise has its points, a stub, a grader, wrong answers to reject, and an answer key",
          "[structure]") {
  // exercises.hpp declares "// Exercise N.k (P points): ..."; the stub, the grader's test case
  // and at least three wrong answers in tests/exercises/NN_slug.mutants name the same exercise.
  const std::regex declared(R"(// Exercise (\d+\.\d+) \((\d+) points?\): )");
  int exercises = 0;
  for (const BuiltChapter& chapter : manifest()) {
    const fs::path folder = source_dir / "chapters" / chapter.folder;
    const std::string header = nn::test::read_file(folder / "exercises.hpp");
    const std::string stubs = nn::test::read_file(folder / "homework.cpp");
    const std::string mutants = nn::test::read_file(source_dir / "tests" / "exercises" / (chapter.folder + ".mutants"));
    const auto graders = nn::test::run_process({chapter.grader, "--list-test-names-only", "[exercise]"});
    INFO("chapter " << chapter.folder);
    CHECK(fs::exists(folder / "answer_key.md"));
    std::size_t in_header = 0;
    for (auto it = std::sregex_iterator(header.begin(), header.end(), declared); it != std::sregex_iterator(); ++it) {
      const std::string number = (*it)[1];
      INFO("Exercise " << number);
      CHECK(std::stoi((*it)[2]) > 0);
      CHECK_THAT(stubs, Catch::Matchers::Contains("\"Exercise " + number + " ("));
      CHECK_THAT(graders.out, Catch::Matchers::Contains("Exercise " + number + ": "));
      std::size_t wrong = 0;
      for (std::size_t at = mutants.find("\nmutant " + number + " "); at != std::string::npos;
           at = mutants.find("\nmutant " + number + " ", at + 1)) {
        ++wrong;
      }
      CHECK(wrong >= 3);
      ++in_header;
      ++exercises;
    }
    // Every "Exercise N.k" the header mentions at the start of a comment is declared with its points.
    const std::regex mentioned(R"(// Exercise (\d+\.\d+)[ :(])");
    CHECK(in_header == static_cast<std::size_t>(std::distance(
                           std::sregex_iterator(header.begin(), header.end(), mentioned), std::sregex_iterator())));
  }
  CHECK(exercises >= 30);
}
