// The layers of common/: a folder of include/nn/ (and of src/) may include only the folders
// before it in the order below, and nothing outside the library (no chapter).
#include <catch2/catch.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

const std::vector<std::string> layers = {"core",    "activations", "losses",      "optimizers", "problems", "metrics",
                                         "io",      "network",     "distributed", "autodiff",   "tutorial"};

// The position of a layer in the order, or -1 for a folder that is not a layer.
int rank(const std::string& folder) {
  const auto at = std::find(layers.begin(), layers.end(), folder);
  return at == layers.end() ? -1 : static_cast<int>(at - layers.begin());
}

// Every file under `root`, with the layer it is in: the first folder of its path below root.
std::vector<std::pair<fs::path, std::string>> files_by_layer(const fs::path& root) {
  std::vector<std::pair<fs::path, std::string>> files;
  for (const auto& entry : fs::recursive_directory_iterator(root)) {
    if (!entry.is_regular_file()) continue;
    const fs::path relative = fs::relative(entry.path(), root);
    const std::string layer = relative.has_parent_path() ? relative.begin()->string() : "";
    files.emplace_back(entry.path(), layer);
  }
  return files;
}

}  // namespace

TEST_CASE("common/ includes only downward: no folder includes a later layer or a chapter", "[structure]") {
  const fs::path common = fs::path(NN_SOURCE_DIR) / "common";
  const std::regex quoted_include(R"(^\s*#\s*include\s*"([^"]*)\")");
  const std::regex library_header(R"(^nn/([^/]+)/[^/]+\.hpp$)");
  std::size_t includes_checked = 0;
  for (const fs::path& root : {common / "include" / "nn", common / "src"}) {
    const auto files = files_by_layer(root);
    REQUIRE_FALSE(files.empty());
    for (const auto& [file, layer] : files) {
      const std::string name = fs::relative(file, common).string();
      INFO(name << " is in folder '" << layer << "'");
      CHECK(rank(layer) >= 0);  // every file is in one of the layers
      std::ifstream in(file);
      std::string line;
      for (int number = 1; std::getline(in, line); ++number) {
        std::smatch include;
        if (!std::regex_search(line, include, quoted_include)) continue;
        const std::string target = include[1];
        INFO(name << ", line " << number << ": #include \"" << target << "\"");
        std::smatch header;
        if (!std::regex_match(target, header, library_header)) {
          FAIL_CHECK("includes a file that is not a header of the library");
          continue;
        }
        const std::string included_layer = header[1];
        CHECK(rank(included_layer) >= 0);
        CHECK(rank(included_layer) <= rank(layer));  // the same layer or one before it
        ++includes_checked;
      }
    }
  }
  CHECK(includes_checked > 50);
}
