/// \file
/// One-hot targets: class labels as rows of 0s and a 1 (chapter 1 onwards).
#pragma once

#include <armadillo>

namespace nn {

/// One row per label with a 1 in the label's column: labels {0, 2} with 3 classes
/// give [1 0 0; 0 0 1]. This is what lets a classifier's targets be subtracted from
/// its predicted probabilities, so classification has an error vector too.
/// \throws std::invalid_argument when labels is empty, classes is 0, or a label is not below classes.
arma::mat one_hot(const arma::uvec& labels, arma::uword classes);

}  // namespace nn
