/// \file
/// The loss interface: a small object with a value and a gradient, after
/// Nielsen's cost classes. Every loss of the tutorial derives from nn::Loss.
#pragma once

#include <armadillo>
#include <string>
#include <utility>

#include "nn/core/reduction.hpp"

namespace nn {

/// A loss \f$ L(\hat y, y) \f$: one number that says how bad a whole set of predictions is.
///
/// A derived class supplies the loss of each term (terms()) and the derivative of
/// each term with respect to the prediction (term_gradient()); this class applies
/// the reduction, so `value()` and `gradient()` always agree:
/// \f[ L_{\text{sum}} = \sum_i \ell_i, \qquad L_{\text{mean}} = \frac{1}{N} \sum_i \ell_i,
///     \qquad \frac{\partial L_{\text{mean}}}{\partial \hat y} = \frac{1}{N} \frac{\partial L_{\text{sum}}}{\partial \hat y}. \f]
/// For the regression losses a term is one element, so N is the number of elements
/// (PyTorch's convention, not the number of samples; \ref ch02_error_to_loss).
class Loss {
 public:
  virtual ~Loss() = default;

  /// The loss's name as the chapters' `--loss` flag spells it, e.g. "mse".
  virtual std::string name() const = 0;

  /// One loss per term, unreduced (PyTorch's `reduction='none'`).
  /// \throws std::invalid_argument when the shapes differ, either is empty, or a value is not finite;
  ///         nn::Overflow when a term is beyond the range of a double.
  arma::mat terms(const arma::mat& prediction, const arma::mat& target) const;

  /// The reduced loss: the mean or the sum of terms().
  /// \throws std::invalid_argument as terms() does, and when the reduction is `none`
  ///         (there is no single value: call terms()); nn::Overflow when the loss is beyond the
  ///         range of a double.
  double value(const arma::mat& prediction, const arma::mat& target) const;

  /// \f$ \partial L / \partial \hat y \f$: the gradient of value() with respect to the
  /// prediction, in the prediction's shape. With reduction `none` it is the
  /// gradient of each term on its own (that of the sum).
  /// \throws std::invalid_argument as terms() does; nn::Overflow as value() does.
  arma::mat gradient(const arma::mat& prediction, const arma::mat& target) const;

  /// value() and gradient() of one prediction.
  struct ValueAndGradient {
    double value;        ///< value()
    arma::mat gradient;  ///< gradient()
  };

  /// value() and gradient() at once, the inputs checked once: what a step of training needs.
  /// \throws as value() and gradient() do.
  ValueAndGradient value_and_gradient(const arma::mat& prediction, const arma::mat& target) const;

  /// The reduction this loss was made with.
  Reduction reduction() const { return reduction_; }

 protected:
  /// \param class_name the derived class's name, used in error messages ("MeanSquaredError").
  /// \param reduction how value() and gradient() combine the terms.
  Loss(std::string class_name, Reduction reduction)
      : class_name_(std::move(class_name)), reduction_(reduction) {}

  /// The unreduced terms, for inputs that have passed the checks.
  virtual arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const = 0;

  /// \f$ \partial \ell_i / \partial \hat y \f$ summed over the terms (the gradient of
  /// the sum), for inputs that have passed the checks.
  virtual arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const = 0;

  /// What the mean divides the sum of the terms by: the number of elements, unless a loss
  /// says otherwise (cross-entropy: the samples, or the total weight of their classes).
  virtual double mean_divisor(const arma::mat& prediction, [[maybe_unused]] const arma::mat& target) const {
    return static_cast<double>(prediction.n_elem);
  }

  /// Validates the inputs of terms(), value() and gradient(), throwing std::invalid_argument
  /// whose message starts with `function`, the caller's name with its class
  /// ("MeanSquaredError::value"), and names the shapes. By default both must be non-empty,
  /// finite and of one shape; a loss whose target may take another shape (class indices)
  /// overrides it.
  virtual void check(const std::string& function, const arma::mat& prediction, const arma::mat& target) const;

  /// The derived class's name, as given to the constructor ("MeanSquaredError").
  const std::string& class_name() const { return class_name_; }

 private:
  // value() and gradient() for inputs that have passed check(); `function` names the caller, as in check().
  double reduced_value(const std::string& function, const arma::mat& prediction, const arma::mat& target) const;
  arma::mat reduced_gradient(const std::string& function, const arma::mat& prediction, const arma::mat& target) const;

  std::string class_name_;
  Reduction reduction_;
};

}  // namespace nn
