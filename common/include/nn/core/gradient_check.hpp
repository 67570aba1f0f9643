/// \file
/// Finite-difference gradient checking: the test behind every derivation in the tutorial.
#pragma once

#include <armadillo>
#include <functional>

namespace nn {

/// A scalar function of a matrix, such as a loss as a function of the prediction.
using ScalarFunction = std::function<double(const arma::mat&)>;

/// The central-difference estimate of \f$ \partial f / \partial x \f$, one element at a time:
/// \f[ \frac{\partial f}{\partial x_i} \approx \frac{f(x + h\,u_i) - f(x - h\,u_i)}{2h} \f]
/// where \f$ u_i \f$ is the i-th unit matrix. Its error is \f$ O(h^2) \f$, against
/// \f$ O(h) \f$ for the one-sided difference (\ref ch03_mse_gradient).
/// \throws std::invalid_argument when x is empty or not finite, h is not positive,
///         or f returns a value that is not finite.
arma::mat numerical_gradient(const ScalarFunction& f, const arma::mat& x, double h = 1e-6);

/// \f$ |a - n| / \max(|a|, |n|) \f$, and 0 when both are 0. Below about 1e-7 the two
/// agree for a smooth function; near 1 they have nothing to do with each other.
double relative_error(double analytic, double numerical);

/// The outcome of comparing an analytic gradient with finite differences.
struct GradientCheck {
  arma::mat analytic;        ///< the gradient under test
  arma::mat numerical;       ///< its central-difference estimate
  arma::mat relative_error;  ///< relative_error() of each element
  /// The largest element of relative_error.
  double max_relative_error() const { return relative_error.max(); }
  /// Whether every element agrees: its relative error is at most `tolerance`, or (for the
  /// tiny gradients where rounding dominates a relative error) the two values differ by at
  /// most `absolute`, as numpy's `allclose` combines the two.
  bool passed(double tolerance = 1e-7, double absolute = 0.0) const;
};

/// Compares `analytic` with numerical_gradient(f, x, h).
/// \throws std::invalid_argument when `analytic` and `x` differ in shape, or as numerical_gradient() does.
GradientCheck check_gradient(const ScalarFunction& f, const arma::mat& x, const arma::mat& analytic,
                             double h = 1e-6);

}  // namespace nn
