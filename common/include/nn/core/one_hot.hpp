/// \file
/// One-hot targets: class labels as rows of 0s and a 1 (chapter 1 onwards), and back.
#pragma once

#include <armadillo>

namespace nn {

/// One row per label with a 1 in the label's column: labels {0, 2} with 3 classes
/// give [1 0 0; 0 0 1]. This is what lets a classifier's targets be subtracted from
/// its predicted probabilities, so classification has an error vector too (\ref ch01_error_vector).
/// \throws std::invalid_argument when labels is empty, classes is 0, or a label is not below classes.
arma::mat one_hot(const arma::uvec& labels, arma::uword classes);

/// The column of the largest element of each row, the first one on a tie: numpy's
/// `argmax(axis=1)`. For rows of class scores, the predicted class of each sample.
arma::uvec largest_in_each_row(const arma::mat& m);

/// The inverse of one_hot(): the class of each row of a target, the column of its largest
/// value (the 1 of a one-hot row; the first on a tie). A target of one column is read as
/// class indices and returned as they are.
/// \throws std::invalid_argument when a target of several columns is empty or holds a value
///         that is not finite.
arma::uvec class_labels(const arma::mat& target);

}  // namespace nn
