#include "nn/tutorial/gradient_report.hpp"

#include <iomanip>
#include <ostream>
#include <string>

#include "nn/io/matrix_text.hpp"

namespace nn {

void print_gradient_check(std::ostream& out, const GradientCheck& check, int digits, arma::uword max_lines) {
  const int width = digits + 8;
  out << "  element  " << std::setw(width) << "numerical" << "  " << std::setw(width) << "analytic"
      << "  relative error\n";
  const arma::mat& numerical = check.numerical;
  for (arma::uword i = 0; i < numerical.n_elem && i < max_lines; ++i) {
    const std::string position =
        "[" + std::to_string(i % numerical.n_rows + 1) + "," + std::to_string(i / numerical.n_rows + 1) + "]";
    out << "  " << std::left << std::setw(7) << position << std::right << "  " << std::setw(width)
        << format_number(numerical(i), digits) << "  " << std::setw(width) << format_number(check.analytic(i), digits)
        << "  " << format_number(check.relative_error(i), 2) << "\n";
  }
  if (numerical.n_elem > max_lines) {
    out << "  ... and " << numerical.n_elem - max_lines << " more elements\n";
  }
  out << "  largest relative error: " << format_number(check.max_relative_error(), 2) << "\n";
}

}  // namespace nn
