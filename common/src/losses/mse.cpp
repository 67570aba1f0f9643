#include "nn/losses/mse.hpp"

namespace nn {

MeanSquaredError::MeanSquaredError(Reduction reduction) : Loss("MeanSquaredError", reduction) {}

arma::mat MeanSquaredError::unchecked_terms(const arma::mat& prediction, const arma::mat& target) const {
  // answer: Exercise 2.1 (mean_squared_error)
  return arma::square(prediction - target);
  // end of answer
}

// d/dy_hat (y_hat - y)^2 = 2 (y_hat - y): twice the error vector.
arma::mat MeanSquaredError::unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const {
  // answer: Exercise 3.1 (mse_gradient)
  return 2.0 * (prediction - target);
  // end of answer
}

HalfMeanSquaredError::HalfMeanSquaredError(Reduction reduction) : Loss("HalfMeanSquaredError", reduction) {}

arma::mat HalfMeanSquaredError::unchecked_terms(const arma::mat& prediction, const arma::mat& target) const {
  // answer: Exercise 4.1 (question_loss)
  return 0.5 * arma::square(prediction - target);
  // end of answer
}

// d/dy_hat (1/2)(y_hat - y)^2 = y_hat - y: the error vector itself.
arma::mat HalfMeanSquaredError::unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const {
  // answer: Exercise 4.2 (output_delta)
  return prediction - target;
  // end of answer
}

}  // namespace nn
