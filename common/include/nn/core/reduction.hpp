/// \file
/// How a loss turns one value per element into the single number it reports,
/// with PyTorch's three choices.
#pragma once

#include <string>
#include <string_view>

namespace nn {

/// PyTorch's `reduction` argument (\ref ch02_error_to_loss).
enum class Reduction {
  mean,  ///< average over the terms (every element for the regression losses); PyTorch's default
  sum,   ///< add the terms up; the gradient is N times the mean's
  none,  ///< keep one loss per term; the gradient is that of each term on its own
};

/// "mean", "sum" or "none".
std::string to_string(Reduction reduction);

/// The inverse of to_string().
/// \throws std::invalid_argument for any other text, listing the valid names.
Reduction parse_reduction(std::string_view name);

}  // namespace nn
