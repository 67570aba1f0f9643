/// \file
/// Fisher's Iris flowers (data/iris.csv) and the question's exact split and initial weights.
#pragma once

#include <armadillo>
#include <filesystem>

namespace nn {

/// A classification data set: one sample per row.
struct Dataset {
  arma::mat features;  ///< N x 4 measurements in cm
  arma::uvec labels;   ///< N class labels: 0 setosa, 1 versicolor, 2 virginica
};

/// Reads data/iris.csv (a header, then 150 rows of four measurements and a species label).
/// \throws std::invalid_argument naming the file and line for a missing file, a short row,
///         a field that is not a number, or a label that is not 0, 1 or 2.
Dataset load_iris(const std::filesystem::path& file);

/// Everything the question's training run starts from (data/question/, made by
/// scripts/make_question_data.py): scikit-learn's split and numpy's initial weights.
struct QuestionSetup {
  Dataset train;  ///< the 130 training samples, in the split's order
  Dataset test;   ///< the 20 test samples
  arma::mat w1;   ///< 4 x 2 initial input-to-hidden weights
  arma::mat w2;   ///< 2 x 3 initial hidden-to-output weights
};

/// Reads iris.csv and question/ from `data_dir` (by default the repository's data/).
/// \throws std::invalid_argument for a missing or malformed file, or an index out of range.
QuestionSetup load_question_setup(const std::filesystem::path& data_dir);

}  // namespace nn
