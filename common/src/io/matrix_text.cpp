#include "nn/io/matrix_text.hpp"

#include <algorithm>
#include <cstdio>
#include <stdexcept>
#include <vector>

#include "nn/core/numbers.hpp"
#include "nn/core/quote.hpp"

namespace nn {
namespace {

[[noreturn]] void fail(std::string_view what, std::string_view text, const std::string& problem) {
  throw std::invalid_argument("parse_matrix: " + std::string(what) + " " + quote(text) + ": " + problem);
}

std::string_view trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return s.substr(first, last - first + 1);
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

// Splits a row into its numbers: spaces and tabs separate them, and so does one comma.
// A comma with no number before or after it (`1,,2`, `1,` or `,1`) leaves a field empty.
std::vector<std::string_view> tokens_of(std::string_view row, std::string_view what, std::string_view text,
                                        std::size_t row_number) {
  std::vector<std::string_view> tokens;
  bool after_comma = false;
  std::size_t i = 0;
  while (true) {
    while (i < row.size() && is_blank(row[i])) ++i;
    const bool at_end = i == row.size();
    if ((at_end && after_comma) || (!at_end && row[i] == ',' && (tokens.empty() || after_comma))) {
      fail(what, text, "row " + std::to_string(row_number) + ", column " + std::to_string(tokens.size() + 1) +
                           " is empty (a comma with no number before or after it)");
    }
    if (at_end) return tokens;
    if (row[i] == ',') {
      after_comma = true;
      ++i;
      continue;
    }
    const std::size_t start = i;
    while (i < row.size() && !is_blank(row[i]) && row[i] != ',') ++i;
    tokens.push_back(row.substr(start, i - start));
    after_comma = false;
  }
}

}  // namespace

arma::mat parse_matrix(std::string_view text, std::string_view what) {
  std::string_view body = trim(text);
  if (body.size() >= 2 && body.front() == '[' && body.back() == ']') body = trim(body.substr(1, body.size() - 2));
  if (body.empty()) fail(what, text, "the matrix is empty");

  std::vector<std::vector<double>> rows;
  std::size_t start = 0;
  while (start <= body.size()) {
    const auto end = std::min(body.find(';', start), body.size());
    const std::size_t row = rows.size() + 1;
    const std::vector<std::string_view> tokens = tokens_of(body.substr(start, end - start), what, text, row);
    if (tokens.empty()) fail(what, text, "row " + std::to_string(row) + " is empty");
    std::vector<double>& values = rows.emplace_back();
    for (std::string_view token : tokens) {
      const std::string where = " (row " + std::to_string(row) + ", column " + std::to_string(values.size() + 1) + ")";
      try {
        values.push_back(parse_number(token, ""));
      } catch (const std::invalid_argument& error) {
        fail(what, text, error.what() + where);
      }
    }
    if (values.size() != rows.front().size()) {
      fail(what, text, "row " + std::to_string(row) + " has " + std::to_string(values.size()) +
                           " numbers but row 1 has " + std::to_string(rows.front().size()));
    }
    start = end + 1;
  }

  arma::mat m(rows.size(), rows.front().size());
  for (arma::uword r = 0; r < m.n_rows; ++r) {
    for (arma::uword c = 0; c < m.n_cols; ++c) m(r, c) = rows[r][c];
  }
  return m;
}

std::string format_number(double x, int digits) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*g", std::clamp(digits, 1, 17), x + 0.0);  // + 0.0 turns -0 into 0
  return buffer;
}

std::string format_inline(const arma::mat& m, int digits) {
  std::string text = "[";
  for (arma::uword r = 0; r < m.n_rows; ++r) {
    if (r > 0) text += "; ";
    for (arma::uword c = 0; c < m.n_cols; ++c) {
      if (c > 0) text += " ";
      text += format_number(m(r, c), digits);
    }
  }
  return text + "]";
}

namespace {

using Cells = std::vector<std::vector<std::string>>;

// The numbers of `m` as text, one row of cells per row.
Cells number_cells(const arma::mat& m, int digits) {
  Cells cells(m.n_rows, std::vector<std::string>(m.n_cols));
  for (arma::uword r = 0; r < m.n_rows; ++r) {
    for (arma::uword c = 0; c < m.n_cols; ++c) cells[r][c] = format_number(m(r, c), digits);
  }
  return cells;
}

// The width of each column: that of its widest cell.
std::vector<std::size_t> column_widths(const Cells& rows, std::size_t columns) {
  std::vector<std::size_t> widths(columns, 0);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < columns; ++c) widths[c] = std::max(widths[c], row[c].size());
  }
  return widths;
}

// One line per row, each starting with `indent`, the columns two spaces apart and padded to
// their widths: on the left (right-aligned), except a first column aligned left.
std::string lines(const Cells& rows, const std::vector<std::size_t>& widths, std::string_view indent,
                  Align first_column) {
  std::string text;
  for (const auto& row : rows) {
    text += indent;
    for (std::size_t c = 0; c < widths.size(); ++c) {
      const std::string padding(widths[c] - row[c].size(), ' ');
      if (c > 0) text += "  ";
      text += c == 0 && first_column == Align::left ? row[c] + padding : padding + row[c];
    }
    text += "\n";
  }
  return text;
}

}  // namespace

std::string format_table(const std::vector<std::string>& headers, const Cells& rows, std::string_view indent,
                         Align first_column) {
  for (std::size_t r = 0; r < rows.size(); ++r) {
    if (rows[r].size() != headers.size()) {
      throw std::invalid_argument("format_table: row " + std::to_string(r + 1) + " has " +
                                  std::to_string(rows[r].size()) + " cells for " + std::to_string(headers.size()) +
                                  " headers");
    }
  }
  Cells table = {headers};
  table.insert(table.end(), rows.begin(), rows.end());
  return lines(table, column_widths(table, headers.size()), indent, first_column);
}

std::string format_table(const std::vector<std::string>& headers, const arma::mat& m, int digits,
                         std::string_view indent) {
  if (headers.size() != m.n_cols) {
    throw std::invalid_argument("format_table: " + std::to_string(headers.size()) + " headers for " +
                                std::to_string(m.n_cols) + " columns");
  }
  return format_table(headers, number_cells(m, digits), indent);
}

// One width for every column, so the rows read as a block.
std::string format_rows(const arma::mat& m, int digits, std::string_view indent) {
  const Cells cells = number_cells(m, digits);
  std::vector<std::size_t> widths = column_widths(cells, m.n_cols);
  if (!widths.empty()) widths.assign(widths.size(), *std::max_element(widths.begin(), widths.end()));
  return lines(cells, widths, indent, Align::right);
}

}  // namespace nn
