#include "nn/network/network.hpp"

#include <stdexcept>
#include <string>
#include <utility>

#include "nn/core/checks.hpp"

namespace nn {

Network::Network(std::vector<Dense> layers) : layers_(std::move(layers)) {
  if (layers_.empty()) throw std::invalid_argument("Network: needs at least one layer");
  for (std::size_t i = 1; i < layers_.size(); ++i) {
    if (layers_[i - 1].weights.n_cols != layers_[i].weights.n_rows) {
      throw std::invalid_argument("Network: layer " + std::to_string(i) + " has weights " +
                                  shape_of(layers_[i - 1].weights) + " but layer " + std::to_string(i + 1) +
                                  " has weights " + shape_of(layers_[i].weights) +
                                  "; one layer's outputs are the next one's inputs");
    }
  }
}

const arma::mat& Network::forward(const arma::mat& input) {
  layers_.front().forward(input);
  for (std::size_t i = 1; i < layers_.size(); ++i) layers_[i].forward(layers_[i - 1].output());
  return layers_.back().output();
}

arma::mat Network::predict(const arma::mat& input) const {
  arma::mat activation = input;
  for (const Dense& layer : layers_) activation = layer.predict(activation);
  return activation;
}

void Network::backward(const arma::mat& dloss_doutput) {
  arma::mat gradient = dloss_doutput;
  for (std::size_t i = layers_.size() - 1; i > 0; --i) gradient = layers_[i].backward(gradient);
  layers_.front().backward_to_parameters(gradient);
}

double Network::loss_and_gradients(const Loss& loss, const arma::mat& input, const arma::mat& target) {
  const Loss::ValueAndGradient loss_at_output = loss.value_and_gradient(forward(input), target);
  backward(loss_at_output.gradient);
  return loss_at_output.value;
}

std::vector<arma::mat*> Network::parameters() {
  std::vector<arma::mat*> result;
  for (Dense& layer : layers_) {
    result.push_back(&layer.weights);
    if (layer.has_bias()) result.push_back(&layer.bias);
  }
  return result;
}

std::vector<arma::mat> Network::gradients() const {
  std::vector<arma::mat> result;
  for (const arma::mat* gradient : kept_gradients()) result.push_back(*gradient);
  return result;
}

std::vector<const arma::mat*> Network::kept_gradients() const {
  std::vector<const arma::mat*> result;
  for (const Dense& layer : layers_) {
    result.push_back(&layer.weight_gradient);
    if (layer.has_bias()) result.push_back(&layer.bias_gradient);
  }
  return result;
}

}  // namespace nn
