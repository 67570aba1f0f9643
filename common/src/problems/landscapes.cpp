#include "nn/problems/landscapes.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"

namespace nn {

namespace {

// The point (x; y), checked: every function here is of a 2x1 column.
std::pair<double, double> xy(std::string_view function, const arma::mat& point) {
  if (point.n_rows != 2 || point.n_cols != 1) {
    throw std::invalid_argument(std::string(function) + ": point is " + shape_of(point) +
                                " but must be 2x1, the column (x; y)");
  }
  require_finite(function, "point", point);
  return {point(0), point(1)};
}

// "the value at (x, y)", for the message when a value or gradient of a finite point overflows.
std::string at(std::string_view what, const arma::mat& point) {
  std::ostringstream text;
  text << what << " at (" << point(0) << ", " << point(1) << ")";
  return text.str();
}

// Throw nn::Overflow, naming the point, when the value or the gradient at a finite point is not
// finite. The message is written only then: a descent asks for thousands of gradients.
void check_value(std::string_view function, const arma::mat& point, double value) {
  if (!std::isfinite(value)) require_no_overflow(function, at("the value", point), value);
}

void check_gradient(std::string_view function, const arma::mat& point, const arma::mat& gradient) {
  if (!gradient.is_finite()) require_no_overflow(function, at("the gradient", point), gradient);
}

double rosenbrock_value(const arma::mat& point) {
  const auto [x, y] = xy("rosenbrock", point);
  const double value = (1.0 - x) * (1.0 - x) + 100.0 * (y - x * x) * (y - x * x);
  check_value("rosenbrock", point, value);
  return value;
}

arma::mat rosenbrock_gradient(const arma::mat& point) {
  const auto [x, y] = xy("rosenbrock_gradient", point);
  const arma::mat gradient = arma::colvec{-2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)};
  check_gradient("rosenbrock_gradient", point, gradient);
  return gradient;
}

double sphere_value(const arma::mat& point) {
  const auto [x, y] = xy("sphere", point);
  const double value = x * x + y * y;
  check_value("sphere", point, value);
  return value;
}

arma::mat sphere_gradient(const arma::mat& point) {
  const auto [x, y] = xy("sphere_gradient", point);
  const arma::mat gradient = arma::colvec{2.0 * x, 2.0 * y};
  check_gradient("sphere_gradient", point, gradient);
  return gradient;
}

double quadratic_value(const arma::mat& point) {
  const auto [x, y] = xy("ill_conditioned_quadratic", point);
  const double value = 0.5 * (x * x + ill_conditioning * y * y);
  check_value("ill_conditioned_quadratic", point, value);
  return value;
}

arma::mat quadratic_gradient(const arma::mat& point) {
  const auto [x, y] = xy("ill_conditioned_quadratic_gradient", point);
  const arma::mat gradient = arma::colvec{x, ill_conditioning * y};
  check_gradient("ill_conditioned_quadratic_gradient", point, gradient);
  return gradient;
}

}  // namespace

Landscape rosenbrock() {
  return {.name = "rosenbrock",
          .value = rosenbrock_value,
          .gradient = rosenbrock_gradient,
          .start = arma::colvec{-1.2, 1.0},
          .minimum = arma::colvec{1.0, 1.0},
          .minimum_value = 0.0};
}

Landscape sphere() {
  return {.name = "sphere",
          .value = sphere_value,
          .gradient = sphere_gradient,
          .start = arma::colvec{-1.2, 1.0},
          .minimum = arma::colvec{0.0, 0.0},
          .minimum_value = 0.0};
}

Landscape ill_conditioned_quadratic() {
  return {.name = "quadratic",
          .value = quadratic_value,
          .gradient = quadratic_gradient,
          .start = arma::colvec{-4.0, 1.0},
          .minimum = arma::colvec{0.0, 0.0},
          .minimum_value = 0.0};
}

}  // namespace nn
