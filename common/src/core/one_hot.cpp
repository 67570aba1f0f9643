#include "nn/core/one_hot.hpp"

#include <stdexcept>
#include <string>

#include "nn/core/checks.hpp"

namespace nn {

arma::mat one_hot(const arma::uvec& labels, arma::uword classes) {
  if (labels.is_empty()) throw std::invalid_argument("one_hot: labels is empty");
  if (classes == 0) throw std::invalid_argument("one_hot: classes must be at least 1");
  // answer: Exercise 1.2 (one_hot)
  arma::mat targets(labels.n_elem, classes, arma::fill::zeros);
  for (arma::uword i = 0; i < labels.n_elem; ++i) {
    if (labels(i) >= classes) {
      throw std::invalid_argument("one_hot: label " + std::to_string(labels(i)) + " at position " +
                                  std::to_string(i + 1) + " is not below the number of classes, " +
                                  std::to_string(classes));
    }
    targets(i, labels(i)) = 1.0;
  }
  return targets;
  // end of answer
}

arma::uvec largest_in_each_row(const arma::mat& m) {
  arma::uvec columns(m.n_rows);
  for (arma::uword i = 0; i < m.n_rows; ++i) {
    arma::uword largest = 0;
    for (arma::uword k = 1; k < m.n_cols; ++k) {
      if (m.at(i, k) > m.at(i, largest)) largest = k;  // strictly greater: a tie keeps the first
    }
    columns(i) = largest;
  }
  return columns;
}

arma::uvec class_labels(const arma::mat& target) {
  if (target.n_cols == 1) return arma::conv_to<arma::uvec>::from(target);
  require_non_empty("class_labels", "target", target);
  require_finite("class_labels", "target", target);
  return largest_in_each_row(target);
}

}  // namespace nn
