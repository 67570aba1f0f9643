#include "nn/core/gradient_check.hpp"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

#include "nn/core/checks.hpp"

namespace nn {

arma::mat numerical_gradient(const ScalarFunction& f, const arma::mat& x, double h) {
  require_non_empty("numerical_gradient", "x", x);
  require_finite("numerical_gradient", "x", x);
  if (!(h > 0.0) || !std::isfinite(h)) {
    throw std::invalid_argument("numerical_gradient: step h must be positive and finite, got " + std::to_string(h));
  }
  arma::mat gradient(arma::size(x));
  arma::mat nudged = x;
  for (arma::uword i = 0; i < x.n_elem; ++i) {
    nudged(i) = x(i) + h;
    const double above = f(nudged);
    nudged(i) = x(i) - h;
    const double below = f(nudged);
    nudged(i) = x(i);
    if (!std::isfinite(above) || !std::isfinite(below)) {
      throw std::invalid_argument("numerical_gradient: f is not finite near element " + std::to_string(i) +
                                  " of x (" + shape_of(x) + ")");
    }
    gradient(i) = (above - below) / (2.0 * h);
  }
  return gradient;
}

double relative_error(double analytic, double numerical) {
  const double scale = std::max(std::abs(analytic), std::abs(numerical));
  return scale == 0.0 ? 0.0 : std::abs(analytic - numerical) / scale;
}

GradientCheck check_gradient(const ScalarFunction& f, const arma::mat& x, const arma::mat& analytic, double h) {
  require_same_shape("check_gradient", "x", x, "analytic gradient", analytic);
  GradientCheck check{.analytic = analytic,
                      .numerical = numerical_gradient(f, x, h),
                      .relative_error = arma::mat(arma::size(x))};
  for (arma::uword i = 0; i < x.n_elem; ++i) {
    check.relative_error(i) = relative_error(check.analytic(i), check.numerical(i));
  }
  return check;
}

bool GradientCheck::passed(double tolerance, double absolute) const {
  for (arma::uword i = 0; i < relative_error.n_elem; ++i) {
    if (relative_error(i) > tolerance && std::abs(analytic(i) - numerical(i)) > absolute) return false;
  }
  return true;
}

}  // namespace nn
