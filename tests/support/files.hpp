// Reading a whole file, for the tests and tools that check what is on disk.
#pragma once

#include <filesystem>
#include <string>

namespace nn::test {

// The text of `path`. Throws std::runtime_error("cannot read <path>") when it cannot be read.
std::string read_file(const std::filesystem::path& path);

}  // namespace nn::test
