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

/// Reads a comma-separated file of numbers, one matrix row per line.
/// \param file the file to read.
/// \param has_header whether the first line holds column names.
/// \throws std::invalid_argument for a missing or unreadable file, an empty file, a line
///         with a different number of fields than the first, or a field that is not a
///         finite number; the message names the file, the line and the field.
CsvTable read_csv(const std::filesystem::path& file, bool has_header);

/// Reads a two-column CSV file of named numbers with a header line, such as
/// `quantity,value` followed by `train_loss,0.0609...`, into a map from name to number.
/// \throws std::invalid_argument naming the file and line for a missing file, a line
///         without exactly two fields, a value that is not a finite number, or a repeated name.
std::map<std::string, double> read_named_values(const std::filesystem::path& file);

}  // namespace nn
