#include "nn/problems/landscapes.hpp"

#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>

#include "nn/core/checks.hpp"

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

double rosenbrock_value(const arma::mat& point) {
  const auto [x, y] = xy("rosenbrock", point);
  return (1.0 - x) * (1.0 - x) + 100.0 * (y - x * x) * (y - x * x);
}

arma::mat rosenbrock_gradient(const arma::mat& point) {
  const auto [x, y] = xy("rosenbrock_gradient", point);
  return arma::colvec{-2.0 * (1.0 - x) - 400.0 * x * (y - x * x), 200.0 * (y - x * x)};
}

double sphere_value(const arma::mat& point) {
  const auto [x, y] = xy("sphere", point);
  return x * x + y * y;
}

arma::mat sphere_gradient(const arma::mat& point) {
  const auto [x, y] = xy("sphere_gradient", point);
  return arma::colvec{2.0 * x, 2.0 * y};
}

double quadratic_value(const arma::mat& point) {
  const auto [x, y] = xy("ill_conditioned_quadratic", point);
  return 0.5 * (x * x + ill_conditioning * y * y);
}

arma::mat quadratic_gradient(const arma::mat& point) {
  const auto [x, y] = xy("ill_conditioned_quadratic_gradient", point);
  return arma::colvec{x, ill_conditioning * y};
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
