#include "nn/io/iris.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "nn/core/quote.hpp"
#include "nn/io/csv.hpp"
#include "nn/io/matrix_text.hpp"

namespace nn {
namespace {

arma::mat read_matrix(const std::filesystem::path& file, arma::uword rows, arma::uword cols) {
  arma::mat m = read_csv(file, false).values;
  if (m.n_rows != rows || m.n_cols != cols) {
    throw std::invalid_argument("load_question_setup: " + escaped(file.string()) + " is " +
                                std::to_string(m.n_rows) + "x" + std::to_string(m.n_cols) + ", expected " +
                                std::to_string(rows) + "x" + std::to_string(cols));
  }
  return m;
}

Dataset rows_of(const Dataset& all, const std::filesystem::path& index_file) {
  const arma::mat indices = read_csv(index_file, false).values;
  arma::uvec rows(indices.n_elem);
  for (arma::uword i = 0; i < indices.n_elem; ++i) {
    if (indices(i) < 0 || indices(i) >= all.labels.n_elem || indices(i) != std::floor(indices(i))) {
      throw std::invalid_argument("load_question_setup: " + escaped(index_file.string()) + ", line " +
                                  std::to_string(i + 1) + ": " + format_number(indices(i), 17) +
                                  " is not a row of iris.csv (0 to " + std::to_string(all.labels.n_elem - 1) + ")");
    }
    rows(i) = static_cast<arma::uword>(indices(i));
  }
  return {.features = all.features.rows(rows), .labels = all.labels.elem(rows)};
}

}  // namespace

Dataset load_iris(const std::filesystem::path& file) {
  const CsvTable table = read_csv(file, true);
  if (table.values.n_cols != 5) {
    throw std::invalid_argument("load_iris: " + escaped(file.string()) + " has " + std::to_string(table.values.n_cols) +
                                " columns, expected 4 measurements and a species");
  }
  Dataset data{.features = table.values.cols(0, 3), .labels = arma::uvec(table.values.n_rows)};
  for (arma::uword r = 0; r < table.values.n_rows; ++r) {
    const double species = table.values(r, 4);
    if (species != 0.0 && species != 1.0 && species != 2.0) {
      throw std::invalid_argument("load_iris: " + escaped(file.string()) + ", line " + std::to_string(r + 2) +
                                  ": species " + format_number(species, 17) + " is not 0, 1 or 2");
    }
    data.labels(r) = static_cast<arma::uword>(species);
  }
  return data;
}

QuestionSetup load_question_setup(const std::filesystem::path& data_dir) {
  const Dataset all = load_iris(data_dir / "iris.csv");
  const std::filesystem::path question = data_dir / "question";
  return {.train = rows_of(all, question / "train_indices.csv"),
          .test = rows_of(all, question / "test_indices.csv"),
          .w1 = read_matrix(question / "w1_initial.csv", 4, 2),
          .w2 = read_matrix(question / "w2_initial.csv", 2, 3)};
}

}  // namespace nn
