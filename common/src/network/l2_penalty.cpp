#include "nn/network/l2_penalty.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace nn {

namespace {

void require_lambda(double lambda) {
  if (!(std::isfinite(lambda) && lambda >= 0.0)) {
    throw std::invalid_argument("l2_penalty: lambda must be finite and at least 0, got " + std::to_string(lambda));
  }
}

}  // namespace

double l2_penalty(const Network& network, double lambda) {
  require_lambda(lambda);
  double squares = 0.0;
  for (const Dense& layer : network.layers()) {
    squares += arma::accu(arma::square(layer.weights)) + arma::accu(arma::square(layer.bias));
  }
  return 0.5 * lambda * squares;
}

double loss_and_gradients_with_l2(Network& network, const Loss& loss, const arma::mat& input,
                                  const arma::mat& target, double lambda) {
  require_lambda(lambda);
  const double data_term = network.loss_and_gradients(loss, input, target);
  for (Dense& layer : network.layers()) {
    layer.weight_gradient += lambda * layer.weights;
    if (layer.has_bias()) layer.bias_gradient += lambda * layer.bias;
  }
  return data_term + l2_penalty(network, lambda);
}

}  // namespace nn
