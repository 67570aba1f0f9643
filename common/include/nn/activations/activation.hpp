/// \file
/// The activation interface: what a neuron does to its weighted input (chapters 4 and 5), as
/// small classes after Nielsen's.
#pragma once

#include <armadillo>
#include <string>
#include <utility>

namespace nn {

/// An elementwise activation \f$ a = \sigma(z) \f$ with its derivative, which backpropagation
/// multiplies in element by element (\ref ch04_backpropagation):
/// \f[ \frac{\partial L}{\partial z} = \frac{\partial L}{\partial a} \odot \sigma'(z). \f]
/// The derivative comes from \f$ z \f$ (derivative()) or from the output \f$ a \f$ a network
/// kept from its forward pass (derivative_from_output(), which rejects values an output
/// cannot take: passing \f$ z \f$ there is a classic bug). Every function takes a matrix of
/// any shape; all but the unchecked ones throw std::invalid_argument, naming the class, the
/// function and the shape, for a NaN or an infinity.
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

  /// value() without its check, for a caller that has just checked z itself (nn::Dense, which
  /// checks its weighted sums for overflow). A caller done with z moves it in, to be reused.
  virtual arma::mat unchecked_value(arma::mat z) const = 0;
  /// derivative_from_output() without its checks, for an `a` this activation's value() computed
  /// (nn::Dense keeps its output for backward()).
  virtual arma::mat unchecked_derivative_from_output(const arma::mat& a) const = 0;

 protected:
  /// \param class_name the derived class's name, used in error messages ("Sigmoid").
  explicit Activation(std::string class_name) : class_name_(std::move(class_name)) {}

  /// derivative() for an input that has passed the checks.
  virtual arma::mat unchecked_derivative(const arma::mat& z) const = 0;
  /// Throws unless every element of `a` is a value this activation can output.
  virtual void check_output(const std::string& function, const arma::mat& a) const = 0;

  /// The derived class's name, as given to the constructor ("Sigmoid").
  const std::string& class_name() const { return class_name_; }

 private:
  std::string class_name_;
};

}  // namespace nn
