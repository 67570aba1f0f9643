#include "nn/core/error.hpp"

#include "nn/core/checks.hpp"

namespace nn {

arma::mat error_vector(const arma::mat& prediction, const arma::mat& actual) {
  require_matching_pair("error_vector", "prediction", prediction, "actual", actual);
  return prediction - actual;
}

}  // namespace nn
