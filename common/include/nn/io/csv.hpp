/// \file
/// Reading numeric CSV files, with errors that name the file and the line.
#pragma once

#include <armadillo>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace nn {

/// A numeric table read from a CSV file: its header (if it had one) and its values.
struct CsvTable {
  std::vector<std::string> header;  ///< the column names, empty for a headerless file
  arma::mat values;                 ///< one row per line of data
};

/// Reads a comma-separated file of numbers, one matrix row per line. Each field is a number of
/// the one decimal grammar (nn/core/numbers.hpp), with spaces around it allowed; blank lines,
/// Windows line endings and a UTF-8 byte-order mark at the start are skipped.
/// \param file the file to read.
/// \param has_header whether the first line holds column names.
/// \throws std::invalid_argument for a missing file, a directory, a file that is not a regular
///         file (a FIFO is refused before it is opened, so reading never blocks), an empty file,
///         a line with a different number of fields than the first, or an empty field or one
///         that is not a finite number; the message names the file, the line and the field.
CsvTable read_csv(const std::filesystem::path& file, bool has_header);

/// Numbers read by name from a file (read_named_values()).
class NamedValues {
 public:
  /// The `values` read from `file`, which messages name.
  NamedValues(std::filesystem::path file, std::map<std::string, double> values);

  /// The value called `name`.
  /// \throws std::invalid_argument "read_named_values: <file> has no '<name>'" when no line names it.
  double at(const std::string& name) const;

  /// How many names the file holds.
  std::size_t size() const { return values_.size(); }

 private:
  std::filesystem::path file_;
  std::map<std::string, double> values_;
};

/// Reads a two-column CSV file of named numbers with a header line, such as
/// `quantity,value` followed by `train_loss,0.0609...`.
/// \throws std::invalid_argument naming the file and line for a file read_csv() would refuse, a
///         line without exactly two fields, a value that is not a finite number, or a repeated name.
NamedValues read_named_values(const std::filesystem::path& file);

}  // namespace nn
