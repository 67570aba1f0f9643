/// \file
/// Matrices as text: reading the chapters' flags and printing their results.
#pragma once

#include <armadillo>
#include <string>
#include <string_view>
#include <vector>

namespace nn {

/// Reads a matrix written as Armadillo writes one: rows separated by `;`, numbers
/// by spaces or commas, optionally inside one pair of brackets. So `"1 2; 3 4"`,
/// `"1, 2; 3, 4"` and `"[1, 2; 3, 4]"` are the same 2x2 matrix, and `"-4 3 0 7"` is
/// one row of four (write `"-4; 3; 0; 7"` for a column: one sample per row).
/// Every number is one of the decimal grammar (nn/core/numbers.hpp), and a comma must stand
/// between two numbers: `1,,2` is an error, not `1 2`.
/// \param text the matrix.
/// \param what what the text is, for messages (a flag such as `--prediction`).
/// \throws std::invalid_argument naming `what` and quoting the text (nn::quote()) for an empty
///         matrix, row or field, a token that is not a number, a number that is not finite or
///         does not fit a double, or rows of different lengths.
arma::mat parse_matrix(std::string_view text, std::string_view what = "matrix");

/// `x` with `digits` significant digits, in the shortest of fixed or scientific
/// notation (printf's %g); -0 prints as 0. 17 digits give back the same double.
std::string format_number(double x, int digits = 6);

/// The matrix on one line in the syntax parse_matrix() reads, such as `[-4; 2; -2; 4]`.
std::string format_inline(const arma::mat& m, int digits = 6);

/// One line per row, columns right-aligned, each line starting with `indent`.
std::string format_rows(const arma::mat& m, int digits = 6, std::string_view indent = "  ");

/// A table: a line of column headers, then format_rows()'s lines, every column right-aligned
/// to its widest cell. `headers` has one entry per column of `m`.
/// \throws std::invalid_argument when the number of headers is not the number of columns.
std::string format_table(const std::vector<std::string>& headers, const arma::mat& m, int digits = 6,
                         std::string_view indent = "  ");

}  // namespace nn
