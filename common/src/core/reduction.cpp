#include "nn/core/reduction.hpp"

#include <stdexcept>

#include "nn/core/checks.hpp"

namespace nn {

std::string to_string(Reduction reduction) {
  switch (reduction) {
    case Reduction::mean: return "mean";
    case Reduction::sum: return "sum";
    case Reduction::none: return "none";
  }
  throw std::invalid_argument("to_string: unknown Reduction value");
}

Reduction parse_reduction(std::string_view name) {
  if (name == "mean") return Reduction::mean;
  if (name == "sum") return Reduction::sum;
  if (name == "none") return Reduction::none;
  throw unknown_name_error("parse_reduction", "reduction", name, {"mean", "sum", "none"});
}

}  // namespace nn
