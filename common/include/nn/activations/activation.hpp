/// \file
/// Activations: what a neuron does to its weighted input \f$ z \f$, and the derivative
/// backpropagation multiplies by (chapters 4 and 5). Small classes after Nielsen's:
/// an elementwise nn::Activation for hidden and output layers, and nn::Softmax, which
/// works on a whole row.
#pragma once

#include <armadillo>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace nn {

/// An elementwise activation \f$ a = \sigma(z) \f$ with its derivative \f$ \sigma'(z) \f$.
///
/// Backpropagation through a layer multiplies the upstream gradient by \f$ \sigma'(z) \f$
/// element by element:
/// \f[ \frac{\partial L}{\partial z} = \frac{\partial L}{\partial a} \odot \sigma'(z). \f]
/// The derivative can be had two ways. derivative() takes \f$ z \f$; derivative_from_output()
/// takes the layer's output \f$ a \f$, which a network has kept from its forward pass
/// anyway: for the sigmoid it is the textbook \f$ a(1-a) \f$, the `A2 * (1 - A2)` of the
/// question's numpy code. Passing \f$ z \f$ where \f$ a \f$ is expected is a classic bug,
/// so derivative_from_output() rejects values an output cannot take.
///
/// Every function works on a matrix of any shape (one sample per row) and throws
/// std::invalid_argument, naming the class, the function and the shape, for a NaN or an infinity.
class Activation {
 public:
  virtual ~Activation() = default;

  /// The activation's name as make_activation() spells it, e.g. "sigmoid".
  virtual std::string name() const = 0;

  /// \f$ a = \sigma(z) \f$, element by element.
  /// \throws std::invalid_argument when z holds a value that is not finite.
  arma::mat value(const arma::mat& z) const;

  /// \f$ \sigma'(z) \f$, element by element.
  /// \throws std::invalid_argument when z holds a value that is not finite.
  arma::mat derivative(const arma::mat& z) const;

  /// \f$ \sigma'(z) \f$ computed from the output \f$ a = \sigma(z) \f$ instead of \f$ z \f$.
  /// \throws std::invalid_argument when `a` holds a value that is not finite, or one this
  ///         activation cannot output (outside [0, 1] for the sigmoid, say).
  arma::mat derivative_from_output(const arma::mat& a) const;

 protected:
  /// \param class_name the derived class's name, used in error messages ("Sigmoid").
  explicit Activation(std::string class_name) : class_name_(std::move(class_name)) {}

  /// value() for an input that has passed the checks.
  virtual arma::mat unchecked_value(const arma::mat& z) const = 0;
  /// derivative() for an input that has passed the checks.
  virtual arma::mat unchecked_derivative(const arma::mat& z) const = 0;
  /// derivative_from_output() for an output that has passed the checks.
  virtual arma::mat unchecked_derivative_from_output(const arma::mat& a) const = 0;
  /// Throws unless every element of `a` is a value this activation can output.
  virtual void check_output(const std::string& function, const arma::mat& a) const = 0;

  /// The derived class's name, as given to the constructor ("Sigmoid").
  const std::string& class_name() const { return class_name_; }

 private:
  std::string class_name_;
};

/// The logistic sigmoid, which squashes any number into (0, 1):
/// \f[ \sigma(z) = \frac{1}{1 + e^{-z}}, \qquad \sigma'(z) = \sigma(z)\,(1 - \sigma(z)) = a(1-a). \f]
/// Computed without overflow for any finite z: for \f$ z < 0 \f$ it uses the equal form
/// \f$ e^{z} / (1 + e^{z}) \f$, so \f$ e^{|z|} \f$ is never formed and \f$ \sigma(\pm 1000) \f$
/// is exactly 1 or 0, not a NaN.
///
/// derivative() computes \f$ \sigma(z)\,\sigma(-z) \f$, which stays accurate in the tails
/// (\f$ \sigma'(40) \approx 4.2 \times 10^{-18} \f$); derivative_from_output() computes
/// \f$ a(1-a) \f$, which is 0 once \f$ a \f$ has rounded to 1 (from about \f$ z = 37 \f$).
/// Either way the derivative is at most 1/4 and vanishes as the neuron saturates:
/// the learning slowdown that cross_entropy.hpp derives.
class Sigmoid final : public Activation {
 public:
  /// The activation; it has no parameters.
  Sigmoid() : Activation("Sigmoid") {}
  std::string name() const override { return "sigmoid"; }

 protected:
  arma::mat unchecked_value(const arma::mat& z) const override;
  arma::mat unchecked_derivative(const arma::mat& z) const override;
  arma::mat unchecked_derivative_from_output(const arma::mat& a) const override;
  void check_output(const std::string& function, const arma::mat& a) const override;
};

/// The hyperbolic tangent, a sigmoid rescaled to (-1, 1) and centred on 0:
/// \f[ \tanh z = 2\sigma(2z) - 1, \qquad \tanh'(z) = 1 - \tanh^2 z = 1 - a^2. \f]
class Tanh final : public Activation {
 public:
  /// The activation; it has no parameters.
  Tanh() : Activation("Tanh") {}
  std::string name() const override { return "tanh"; }

 protected:
  arma::mat unchecked_value(const arma::mat& z) const override;
  arma::mat unchecked_derivative(const arma::mat& z) const override;
  arma::mat unchecked_derivative_from_output(const arma::mat& a) const override;
  void check_output(const std::string& function, const arma::mat& a) const override;
};

/// The rectified linear unit:
/// \f[ \operatorname{relu}(z) = \max(z, 0), \qquad
///     \operatorname{relu}'(z) = \begin{cases} 1 & z > 0
///     \\ 0 & z \le 0 \end{cases} \f]
/// At the kink \f$ z = 0 \f$ there is no derivative; like PyTorch, this class returns 0 there.
/// From the output, \f$ a > 0 \f$ exactly when \f$ z > 0 \f$, so derivative_from_output() agrees.
class ReLU final : public Activation {
 public:
  /// The activation; it has no parameters.
  ReLU() : Activation("ReLU") {}
  std::string name() const override { return "relu"; }

 protected:
  arma::mat unchecked_value(const arma::mat& z) const override;
  arma::mat unchecked_derivative(const arma::mat& z) const override;
  arma::mat unchecked_derivative_from_output(const arma::mat& a) const override;
  void check_output(const std::string& function, const arma::mat& a) const override;
};

/// No activation: \f$ a = z \f$ and \f$ a' = 1 \f$. The output layer of a regression
/// network, and of a classifier whose loss takes logits (nn::BinaryCrossEntropyWithLogits,
/// nn::SoftmaxCrossEntropy).
class Identity final : public Activation {
 public:
  /// The activation; it has no parameters.
  Identity() : Activation("Identity") {}
  std::string name() const override { return "identity"; }

 protected:
  arma::mat unchecked_value(const arma::mat& z) const override;
  arma::mat unchecked_derivative(const arma::mat& z) const override;
  arma::mat unchecked_derivative_from_output(const arma::mat& a) const override;
  void check_output(const std::string& function, const arma::mat& a) const override;
};

/// The softmax: each row of logits becomes a probability distribution over the classes,
/// \f[ s_j = \frac{e^{z_j}}{\sum_k e^{z_k}}. \f]
/// It is not elementwise (every \f$ s_j \f$ depends on the whole row), so it is not an
/// nn::Activation: its derivative is a Jacobian per row,
/// \f$ \partial s_j / \partial z_i = s_j (\delta_{ij} - s_i) \f$,
/// and backward() applies it to an upstream gradient instead of returning it.
class Softmax {
 public:
  /// "softmax".
  std::string name() const { return "softmax"; }

  /// The softmax of each row. Computed as \f$ e^{z_j - m} / \sum_k e^{z_k - m} \f$ with
  /// \f$ m = \max_k z_k \f$ (the same number, since the factor \f$ e^{-m} \f$ cancels),
  /// so the largest exponent is \f$ e^0 = 1 \f$ and logits of 1000 do not overflow.
  /// \throws std::invalid_argument when z is empty or holds a value that is not finite.
  arma::mat value(const arma::mat& z) const;

  /// \f$ \log s_j = z_j - m - \log \sum_k e^{z_k - m} \f$ for each row, the log-sum-exp
  /// form: finite even where \f$ s_j \f$ itself underflows to 0.
  /// \throws std::invalid_argument as value() does.
  arma::mat log_value(const arma::mat& z) const;

  /// Backpropagates through the softmax: given its output \f$ s \f$ and the upstream
  /// gradient \f$ g = \partial L / \partial s \f$, returns \f$ \partial L / \partial z \f$ row by row:
  /// \f[ \frac{\partial L}{\partial z_i} = \sum_j g_j \frac{\partial s_j}{\partial z_i}
  ///     = s_i \Bigl( g_i - \sum_j g_j s_j \Bigr). \f]
  /// (The Jacobian is symmetric, so this is both its product with \f$ g \f$ and \f$ g \f$'s with it.)
  /// \throws std::invalid_argument when the shapes differ, either is empty or not finite, or
  ///         a row of `softmax_output` is not a distribution (an element outside [0, 1], or a
  ///         sum more than 1e-6 away from 1: the logits were probably passed instead).
  arma::mat backward(const arma::mat& softmax_output, const arma::mat& upstream_gradient) const;
};

/// The names make_activation() knows: "sigmoid", "tanh", "relu", "identity".
std::vector<std::string> activation_names();

/// The elementwise activation with the given name.
/// \throws std::invalid_argument for an unknown name, listing the known ones (and saying
///         that the softmax, being row-wise, is nn::Softmax).
std::unique_ptr<Activation> make_activation(std::string_view name);

}  // namespace nn
