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

/// Where a table's first column puts its text; the other columns are right-aligned, as numbers read best.
enum class Align {
  right,  ///< a column of numbers
  left,   ///< a column of row labels
};

/// A table of text cells: a line of column headers, then one line per row. Each line starts
/// with `indent`, the columns are two spaces apart and each is as wide as its widest cell.
/// \throws std::invalid_argument when a row does not have one cell per header.
std::string format_table(const std::vector<std::string>& headers, const std::vector<std::vector<std::string>>& rows,
                         std::string_view indent = "  ", Align first_column = Align::right);

/// The table of a matrix: its numbers with `digits` significant digits, under `headers`,
/// one per column of `m`.
/// \throws std::invalid_argument when the number of headers is not the number of columns.
std::string format_table(const std::vector<std::string>& headers, const arma::mat& m, int digits = 6,
                         std::string_view indent = "  ");

}  // namespace nn
