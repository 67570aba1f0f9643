/// \file
/// Reverse-mode automatic differentiation over matrices: the machinery with which TensorFlow
/// and PyTorch turn a loss into gradients (chapter 8, \ref ch08_autodiff).
#pragma once

#include <armadillo>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace nn::autodiff {

/// A matrix in a computation graph: a leaf (an input, or a parameter to train), or the result
/// of an operation that remembers its inputs and how to send a gradient back to them.
///
/// Variables are handles: copying one copies the handle, not the matrix, so the graph an
/// expression builds stays alive as long as its result does. After `loss.backward()`, every
/// variable the loss was computed from holds \f$ \partial L / \partial v \f$ in gradient().
class Variable {
 public:
  /// A leaf with the given value; `name` labels it in messages and printouts.
  /// \throws std::invalid_argument when `value` is empty or holds a NaN or an infinity.
  explicit Variable(arma::mat value, std::string name = "");

  /// The value, computed when the variable was made.
  const arma::mat& value() const;

  /// A leaf's value, to update a parameter in place between two passes (an expression built
  /// from it before the change keeps the old value: build the graph again, as frameworks do).
  /// \throws std::logic_error for a variable that is not a leaf.
  arma::mat& value_to_update();

  /// \f$ \partial L / \partial v \f$ from the last backward() of a loss \f$ L \f$ that depends on
  /// this variable, in the value's shape.
  /// \throws std::logic_error before any backward() has reached this variable.
  const arma::mat& gradient() const;

  /// The label given at construction or by named(), or "" for none.
  const std::string& name() const;

  /// The operation that made it ("matmul", "sigmoid", ...), or "leaf".
  const std::string& operation() const;

  /// The same variable, labelled `name` (for printing the gradient that reaches it).
  Variable named(std::string name) const;

  /// The backward pass: starts from \f$ \partial L / \partial L = 1 \f$ at this 1x1 variable and
  /// visits every variable it was computed from once, in reverse order of computation, adding
  /// up the gradient of a variable used more than once. Every gradient in the graph is set
  /// afresh: a second call gives the same gradients, not twice them (PyTorch instead adds to
  /// its leaves' `.grad` until `zero_grad()`; the page explains why).
  /// \throws std::invalid_argument when the value is not 1x1: only a single number, a loss,
  ///         has a gradient to start from (PyTorch's backward() refuses a non-scalar too).
  void backward() const;

  struct Node;  ///< the graph's node; see variable.cpp

  /// An operation's backward rule: given \f$ \partial L / \partial \text{output} \f$ and the
  /// output's value, one gradient per input, in that input's shape.
  using BackwardRule = std::function<std::vector<arma::mat>(const arma::mat& upstream, const arma::mat& output)>;

  /// For operations: a new variable with the value `operation` computed from `inputs`, which
  /// `send_back` differentiates.
  /// \throws nn::Overflow when the value holds an infinity or a NaN (the operation overflowed).
  static Variable make(std::string operation, arma::mat value, std::vector<Variable> inputs, BackwardRule send_back);

 private:
  explicit Variable(std::shared_ptr<Node> node) : node_(std::move(node)) {}
  std::shared_ptr<Node> node_;
};

}  // namespace nn::autodiff
