#include "nn/core/error.hpp"

#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"

namespace nn {

arma::mat error_vector(const arma::mat& prediction, const arma::mat& actual) {
  require_matching_pair("error_vector", "prediction", prediction, "actual", actual);
  // answer: Exercise 1.1 (error_vector)
  arma::mat error = prediction - actual;
  require_no_overflow("error_vector", "prediction - actual", error);
  return error;
  // end of answer
}

}  // namespace nn
