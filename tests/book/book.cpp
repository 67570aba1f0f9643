// The book as a reader gets it: every chapter has a page, in order, with the chapter's
// code and output on it, and math that MathJax can typeset without a network.
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "files.hpp"

namespace fs = std::filesystem;

namespace {

const fs::path html = NN_BOOK_HTML;


std::vector<std::string> chapters() {
  std::ifstream manifest(NN_MANIFEST);
  std::vector<std::string> folders;
  for (std::string folder, exe, test, grader; manifest >> folder >> exe >> test >> grader;) folders.push_back(folder);
  return folders;
}

// The first line of a file, as it appears in HTML (the chapters' output is plain ASCII,
// but & < > are escaped).
std::string first_line(const fs::path& path) {
  std::ifstream file(path);
  std::string line;
  std::getline(file, line);
  return line;
}

}  // namespace

TEST_CASE("the main page routes through every chapter in order", "[book]") {
  const std::string index = nn::test::read_file(html / "index.html");
  REQUIRE_FALSE(index.empty());
  std::size_t previous = 0;
  for (const std::string& folder : chapters()) {
    const auto at = index.find("ch" + folder + ".html");
    INFO("chapter " << folder);
    REQUIRE(at != std::string::npos);
    CHECK(at >= previous);
    previous = at;
  }
}

TEST_CASE("each chapter page shows its code, its output, and links to its neighbours", "[book]") {
  const std::vector<std::string> folders = chapters();
  for (std::size_t i = 0; i < folders.size(); ++i) {
    const std::string page = nn::test::read_file(html / ("ch" + folders[i] + ".html"));
    INFO("chapter " << folders[i]);
    REQUIRE_FALSE(page.empty());
    CHECK_THAT(page, Catch::Contains("class=\"fragment\""));  // snippets and output blocks
    CHECK_THAT(page, Catch::Contains(first_line(fs::path(NN_SOURCE_DIR) / "chapters" / folders[i] /
                                                "expected_output.txt")));
    if (i > 0) CHECK_THAT(page, Catch::Contains("href=\"ch" + folders[i - 1] + ".html\""));
    if (i + 1 < folders.size()) CHECK_THAT(page, Catch::Contains("href=\"ch" + folders[i + 1] + ".html\""));
  }
}

TEST_CASE("math is typeset by a local copy of MathJax", "[book]") {
  CHECK(fs::exists(html / "mathjax" / "MathJax.js"));
  CHECK(fs::exists(html / "mathjax" / "jax" / "input" / "TeX" / "jax.js"));
  CHECK(fs::exists(html / "mathjax" / "jax" / "output" / "HTML-CSS" / "jax.js"));
  CHECK(fs::exists(html / "mathjax" / "fonts" / "HTML-CSS" / "TeX" / "woff"));
  const std::string page = nn::test::read_file(html / ("ch" + chapters().at(0) + ".html"));
  CHECK_THAT(page, Catch::Contains("src=\"mathjax/MathJax.js"));
  CHECK_THAT(page, !Catch::Contains("src=\"http"));  // no script is fetched from the network
  CHECK_THAT(page, Catch::Contains("\\("));  // inline math reached the page for MathJax
}
