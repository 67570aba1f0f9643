#include "nn/io/csv.hpp"

#include <fstream>
#include <stdexcept>
#include <string_view>

#include "nn/core/numbers.hpp"
#include "nn/core/quote.hpp"

namespace nn {
namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

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
  if (first == std::string::npos) throw std::invalid_argument(where + " is empty; a number is needed");
  return parse_number(std::string_view(field).substr(first, last - first + 1), where);
}

// Opens `file` for reading after checking that it is a regular file: a directory is named as
// one, and a FIFO or a device is refused before opening it, since reading one can block forever.
std::ifstream open_regular_file(const std::filesystem::path& file, const std::string& function) {
  const std::string name = escaped(file.string());
  std::error_code error;
  const std::filesystem::file_status status = std::filesystem::status(file, error);
  if (status.type() == std::filesystem::file_type::not_found) {
    throw std::invalid_argument(function + ": cannot open " + name + ": no such file");
  }
  if (std::filesystem::is_directory(status)) {
    throw std::invalid_argument(function + ": " + name + " is a directory, not a data file");
  }
  if (!error && !std::filesystem::is_regular_file(status)) {
    throw std::invalid_argument(function + ": " + name + " is not a regular file (a FIFO, device or socket); "
                                "give a data file");
  }
  std::ifstream in(file);
  if (!in) throw std::invalid_argument(function + ": cannot open " + name);
  return in;
}

// Reads the next line without its Windows line ending, or the UTF-8 byte-order mark some
// editors put at the start of a file (invisible in a message, so it is skipped, not reported).
bool next_line(std::istream& in, std::string& line, std::size_t line_number) {
  if (!std::getline(in, line)) return false;
  if (!line.empty() && line.back() == '\r') line.pop_back();
  if (line_number == 1 && line.rfind(byte_order_mark, 0) == 0) line.erase(0, byte_order_mark.size());
  return true;
}

}  // namespace

CsvTable read_csv(const std::filesystem::path& file, bool has_header) {
  std::ifstream in = open_regular_file(file, "read_csv");
  CsvTable table;
  std::vector<std::vector<double>> rows;
  std::string line;
  for (std::size_t line_number = 1; next_line(in, line, line_number); ++line_number) {
    if (line.empty()) continue;
    const std::vector<std::string> fields = split_fields(line);
    if (has_header && table.header.empty() && rows.empty()) {
      table.header = fields;
      continue;
    }
    const std::size_t expected = !table.header.empty() ? table.header.size() : rows.empty() ? fields.size()
                                                                                            : rows.front().size();
    const std::string where = "read_csv: " + escaped(file.string()) + ", line " + std::to_string(line_number);
    if (fields.size() != expected) {
      throw std::invalid_argument(where + ": " + std::to_string(fields.size()) + " fields, expected " +
                                  std::to_string(expected));
    }
    std::vector<double>& row = rows.emplace_back();
    for (std::size_t i = 0; i < fields.size(); ++i) {
      row.push_back(parse_field(fields[i], where + ", field " + std::to_string(i + 1)));
    }
  }
  if (rows.empty()) throw std::invalid_argument("read_csv: " + escaped(file.string()) + " has no data lines");

  table.values.set_size(rows.size(), rows.front().size());
  for (arma::uword r = 0; r < table.values.n_rows; ++r) {
    for (arma::uword c = 0; c < table.values.n_cols; ++c) table.values(r, c) = rows[r][c];
  }
  return table;
}

NamedValues::NamedValues(std::filesystem::path file, std::map<std::string, double> values)
    : file_(std::move(file)), values_(std::move(values)) {}

double NamedValues::at(const std::string& name) const {
  const auto found = values_.find(name);
  if (found == values_.end()) {
    throw std::invalid_argument("read_named_values: " + escaped(file_.string()) + " has no " + quote(name));
  }
  return found->second;
}

NamedValues read_named_values(const std::filesystem::path& file) {
  std::ifstream in = open_regular_file(file, "read_named_values");
  std::map<std::string, double> values;
  std::string line;
  next_line(in, line, 1);  // the header
  for (std::size_t line_number = 2; next_line(in, line, line_number); ++line_number) {
    if (line.empty()) continue;
    const std::vector<std::string> fields = split_fields(line);
    const std::string where =
        "read_named_values: " + escaped(file.string()) + ", line " + std::to_string(line_number);
    if (fields.size() != 2) {
      throw std::invalid_argument(where + ": " + std::to_string(fields.size()) +
                                  " fields, expected a name and a value");
    }
    if (!values.emplace(fields[0], parse_field(fields[1], where + ", field 2")).second) {
      throw std::invalid_argument(where + ": " + quote(fields[0]) + " appears twice");
    }
  }
  return {file, values};
}

}  // namespace nn
