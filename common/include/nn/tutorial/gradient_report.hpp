/// \file
/// Printing a gradient check, as chapters 3 and 4 and the homework graders do.
#pragma once

#include <armadillo>
#include <iosfwd>

#include "nn/core/gradient_check.hpp"

namespace nn {

/// Prints one line per element, as a homework grader would: its position, the
/// numerical and analytic values and their relative error; then the largest error.
/// At most `max_lines` elements are listed (the rest are summarised).
void print_gradient_check(std::ostream& out, const GradientCheck& check, int digits = 6,
                          arma::uword max_lines = 12);

}  // namespace nn
