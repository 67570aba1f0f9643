// Reference solutions to the chapter 8 exercises.
#include "exercises.hpp"
#include "nn/autodiff/operations.hpp"

namespace ch08 {

arma::mat log_softmax_backward(const arma::mat& upstream, const arma::mat& output) {
  const arma::mat softmax = arma::exp(output);
  return upstream - softmax.each_col() % arma::sum(upstream, 1);
}

nn::autodiff::Variable asymmetric_squared_error(const nn::autodiff::Variable& prediction,
                                                const nn::autodiff::Variable& target, double weight) {
  namespace ad = nn::autodiff;
  const ad::Variable e = prediction - target;
  return ad::mean(ad::square(ad::relu(e)) + weight * ad::square(ad::relu(-e)));
}

}  // namespace ch08
