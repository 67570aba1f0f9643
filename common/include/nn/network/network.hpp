/// \file
/// A small fully connected network: layers in a row, forward and backward.
#pragma once

#include <armadillo>
#include <vector>

#include "nn/losses/loss.hpp"
#include "nn/network/dense.hpp"

namespace nn {

/// Dense layers applied in order. Backpropagation is backward() through each layer
/// in reverse, starting from the loss's gradient with respect to the network's output:
/// that gradient is the only thing the loss contributes to learning (\ref ch04_backpropagation).
class Network {
 public:
  /// \throws std::invalid_argument when there are no layers or one layer's outputs
  ///         do not match the next layer's inputs.
  explicit Network(std::vector<Dense> layers);

  /// The network's output for a batch with one sample per row (the last layer's output());
  /// every layer remembers its input and output for backward().
  const arma::mat& forward(const arma::mat& input);

  /// The output of the last forward() (empty before the first).
  const arma::mat& output() const { return layers_.back().output(); }

  /// The same output as forward(), remembering nothing: for evaluating the network.
  arma::mat predict(const arma::mat& input) const;

  /// Backpropagates \f$ \partial L / \partial \hat Y \f$ (the gradient of the loss with respect
  /// to the last forward()'s output) and leaves every layer's gradients in place. The gradient
  /// with respect to the input, the data, is not computed: nothing learns from it.
  void backward(const arma::mat& dloss_doutput);

  /// One forward and backward pass for `loss`: returns the loss's value (before any update)
  /// and leaves the gradients in place, and the output in output().
  double loss_and_gradients(const Loss& loss, const arma::mat& input, const arma::mat& target);

  /// Every trainable matrix, layer by layer: weights, then bias if the layer has one.
  std::vector<arma::mat*> parameters();
  /// The gradients of the last backward(), in the order of parameters().
  std::vector<arma::mat> gradients() const;
  /// The same gradients where the layers keep them, without copying them (for an optimizer's step).
  std::vector<const arma::mat*> kept_gradients() const;

  /// The layers, first to last.
  std::vector<Dense>& layers() { return layers_; }
  /// The layers, first to last.
  const std::vector<Dense>& layers() const { return layers_; }

 private:
  std::vector<Dense> layers_;
};

}  // namespace nn
