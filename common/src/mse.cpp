#include "nn/mse.hpp"

namespace nn {

MeanSquaredError::MeanSquaredError(Reduction reduction) : Loss("MeanSquaredError", reduction) {}

arma::mat MeanSquaredError::unchecked_terms(const arma::mat& prediction, const arma::mat& target) const {
  return arma::square(prediction - target);
}

// d/dy_hat (y_hat - y)^2 = 2 (y_hat - y): twice the error vector.
arma::mat MeanSquaredError::unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const {
  return 2.0 * (prediction - target);
}

}  // namespace nn
