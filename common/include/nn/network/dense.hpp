/// \file
/// A fully connected layer: the building block of the network in chapters 4 to 7.
#pragma once

#include <armadillo>
#include <memory>
#include <string_view>

#include "nn/activations/activation.hpp"

namespace nn {

/// \f$ Z = X W + \mathbf{1} b, \; A = f(Z) \f$: one sample per row of \f$ X \f$, so
/// \f$ W \f$ is inputs x outputs, as in the question's numpy code (`Z1 = x_train @ W1`).
///
/// forward() remembers its input and its output \f$ A \f$; backward() takes
/// \f$ \partial L / \partial A \f$ and applies the chain rule:
/// \f[ \delta = \frac{\partial L}{\partial A} \odot f'(Z), \quad
///     \frac{\partial L}{\partial W} = X^\top \delta, \quad
///     \frac{\partial L}{\partial b} = \mathbf{1}^\top \delta, \quad
///     \frac{\partial L}{\partial X} = \delta W^\top . \f]
/// \f$ \delta \f$ is the layer's **delta**, what the question's code calls `dW1`, and like that
/// code the layer computes \f$ f'(Z) \f$ from \f$ A \f$ (Activation::derivative_from_output(),
/// \f$ A(1-A) \f$ for the sigmoid; \ref ch04_backpropagation).
class Dense {
 public:
  /// \param weights the initial inputs x outputs weight matrix.
  /// \param activation the elementwise activation \f$ f \f$.
  /// \param has_bias whether the layer adds a bias row (the question's network has none).
  /// \throws std::invalid_argument for empty or non-finite weights or a null activation.
  Dense(arma::mat weights, std::shared_ptr<const Activation> activation, bool has_bias = true);

  /// \f$ A = f(X W + \mathbf{1} b) \f$ for a batch \f$ X \f$ with one sample per row, and
  /// remembers \f$ X \f$ and \f$ A \f$ for backward(); returns the remembered \f$ A \f$, output().
  /// \throws std::invalid_argument when X's columns differ from the weights' rows; nn::Overflow
  ///         when a weighted sum is beyond the range of a double.
  const arma::mat& forward(const arma::mat& input);

  /// \f$ A \f$ of the last forward() (empty before the first).
  const arma::mat& output() const { return output_; }

  /// The same \f$ A \f$ as forward(), remembering nothing: for evaluating the layer.
  /// \throws std::invalid_argument as forward() does.
  arma::mat predict(const arma::mat& input) const;

  /// Takes \f$ \partial L / \partial A \f$ for the last forward() batch, stores the
  /// weight (and bias) gradients, and returns \f$ \partial L / \partial X \f$.
  /// \throws std::logic_error before any forward(); std::invalid_argument for a wrong shape;
  ///         nn::Overflow when a gradient is beyond the range of a double.
  arma::mat backward(const arma::mat& doutput);

  /// backward() without \f$ \partial L / \partial X \f$: for a first layer, whose input is
  /// the data, which is not learned. Stores the same gradients and throws as backward() does.
  void backward_to_parameters(const arma::mat& doutput);

  arma::mat weights;          ///< W, inputs x outputs
  arma::rowvec bias;          ///< b, one per output (empty when the layer has none)
  arma::mat weight_gradient;  ///< \f$ \partial L / \partial W \f$ from the last backward()
  arma::rowvec bias_gradient; ///< \f$ \partial L / \partial b \f$ from the last backward()

  /// The activation \f$ f \f$.
  const Activation& activation() const { return *activation_; }
  /// Whether the layer has a bias.
  bool has_bias() const { return !bias.is_empty(); }

 private:
  // A = f(X W + 1 b), its shape checked; `function` names the caller in messages.
  arma::mat output_of(std::string_view function, const arma::mat& input) const;
  // Stores the weight (and bias) gradients and returns delta = dL/dZ; `function` as above.
  arma::mat parameter_gradients(std::string_view function, const arma::mat& doutput);

  std::shared_ptr<const Activation> activation_;
  arma::mat input_;   // X of the last forward()
  arma::mat output_;  // A of the last forward()
};

}  // namespace nn
