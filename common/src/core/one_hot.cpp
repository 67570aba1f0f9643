#include "nn/core/one_hot.hpp"

#include <stdexcept>
#include <string>

namespace nn {

arma::mat one_hot(const arma::uvec& labels, arma::uword classes) {
  if (labels.is_empty()) throw std::invalid_argument("one_hot: labels is empty");
  if (classes == 0) throw std::invalid_argument("one_hot: classes must be at least 1");
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
}

}  // namespace nn
