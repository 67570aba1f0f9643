/// \file
/// Where the data the repository ships is.
#pragma once

#include <filesystem>

namespace nn {

/// The directory of the data the repository ships (`data/`), found from the build's
/// configuration rather than the working directory, so chapters run from anywhere.
std::filesystem::path data_directory();

}  // namespace nn
