#include "nn/io/csv.hpp"

#include <charconv>
#include <cmath>
#include <fstream>
#include <stdexcept>

namespace nn {
namespace {

std::vector<std::string> split_fields(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  while (true) {
    const std::size_t comma = line.find(',', start);
    fields.push_back(line.substr(start, comma - start));
    if (comma == std::string::npos) return fields;
    start = comma + 1;
  }
}

double parse_field(const std::string& field, const std::string& where) {
  const auto first = field.find_first_not_of(' ');
  const auto last = field.find_last_not_of(' ');
  const std::string text = first == std::string::npos ? "" : field.substr(first, last - first + 1);
  double value = 0.0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (text.empty() || error != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
    throw std::invalid_argument("read_csv: " + where + ": '" + field + "' is not a finite number");
  }
  return value;
}

}  // namespace

CsvTable read_csv(const std::filesystem::path& file, bool has_header) {
  std::ifstream in(file);
  if (!in) throw std::invalid_argument("read_csv: cannot open " + file.string());

  CsvTable table;
  std::vector<std::vector<double>> rows;
  std::string line;
  std::size_t line_number = 0;
  while (std::getline(in, line)) {
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.pop_back();  // tolerate Windows line endings
    if (line.empty()) continue;
    const std::vector<std::string> fields = split_fields(line);
    if (has_header && table.header.empty() && rows.empty()) {
      table.header = fields;
      continue;
    }
    const std::size_t expected = !table.header.empty() ? table.header.size() : rows.empty() ? fields.size()
                                                                                            : rows.front().size();
    const std::string where = file.string() + ", line " + std::to_string(line_number);
    if (fields.size() != expected) {
      throw std::invalid_argument("read_csv: " + where + ": " + std::to_string(fields.size()) + " fields, expected " +
                                  std::to_string(expected));
    }
    std::vector<double>& row = rows.emplace_back();
    for (std::size_t i = 0; i < fields.size(); ++i) {
      row.push_back(parse_field(fields[i], where + ", field " + std::to_string(i + 1)));
    }
  }
  if (rows.empty()) throw std::invalid_argument("read_csv: " + file.string() + " has no data lines");

  table.values.set_size(rows.size(), rows.front().size());
  for (arma::uword r = 0; r < table.values.n_rows; ++r) {
    for (arma::uword c = 0; c < table.values.n_cols; ++c) table.values(r, c) = rows[r][c];
  }
  return table;
}

std::map<std::string, double> read_named_values(const std::filesystem::path& file) {
  std::ifstream in(file);
  if (!in) throw std::invalid_argument("read_named_values: cannot open " + file.string());
  std::map<std::string, double> values;
  std::string line;
  std::getline(in, line);  // the header
  for (std::size_t line_number = 2; std::getline(in, line); ++line_number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty()) continue;
    const std::vector<std::string> fields = split_fields(line);
    const std::string where = file.string() + ", line " + std::to_string(line_number);
    if (fields.size() != 2) {
      throw std::invalid_argument("read_named_values: " + where + ": " + std::to_string(fields.size()) +
                                  " fields, expected a name and a value");
    }
    if (!values.emplace(fields[0], parse_field(fields[1], where + ", field 2")).second) {
      throw std::invalid_argument("read_named_values: " + where + ": '" + fields[0] + "' appears twice");
    }
  }
  return values;
}

}  // namespace nn
