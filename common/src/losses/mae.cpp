#include "nn/losses/mae.hpp"

namespace nn {

MeanAbsoluteError::MeanAbsoluteError(Reduction reduction) : Loss("MeanAbsoluteError", reduction) {}

arma::mat MeanAbsoluteError::unchecked_terms(const arma::mat& prediction, const arma::mat& target) const {
  // answer: Exercise 2.2 (mean_absolute_error)
  return arma::abs(prediction - target);
  // end of answer
}

// arma::sign gives 0 for 0, the subgradient PyTorch's l1_loss uses at a zero error.
arma::mat MeanAbsoluteError::unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const {
  return arma::sign(prediction - target);
}

}  // namespace nn
