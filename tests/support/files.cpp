#include "files.hpp"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace nn::test {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream file(path);
  if (!file) throw std::runtime_error("cannot read " + path.string());
  std::ostringstream text;
  text << file.rdbuf();
  return text.str();
}

}  // namespace nn::test
