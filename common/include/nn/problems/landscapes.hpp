/// \file
/// Functions of a point in the plane whose minimum is known, on which chapter 7 races the
/// optimizers. Each takes the point as a 2x1 column \f$ (x; y) \f$ and comes with its gradient.
/// Each throws nn::Overflow when its value or gradient at a finite point is beyond the range
/// of a double (Rosenbrock's at (1e200, 1e200), for instance).
#pragma once

#include <armadillo>

namespace nn {

/// Rosenbrock's banana: \f$ f(x, y) = (1-x)^2 + 100\,(y-x^2)^2 \f$, minimum 0 at (1, 1).
/// The minimum lies in a long, curved, flat-bottomed valley: finding the valley is easy,
/// following it is slow. The classic start is (-1.2, 1), where f = 24.2.
/// \throws std::invalid_argument unless `point` is 2x1 and finite.
double rosenbrock(const arma::mat& point);

/// \f$ \nabla f = \big(-2(1-x) - 400\,x\,(y-x^2),\; 200\,(y-x^2)\big) \f$, as a 2x1 column.
/// \throws std::invalid_argument unless `point` is 2x1 and finite.
arma::mat rosenbrock_gradient(const arma::mat& point);

/// The sphere: \f$ f(x, y) = x^2 + y^2 \f$, minimum 0 at the origin; the easy case,
/// equally curved in every direction.
/// \throws std::invalid_argument unless `point` is 2x1 and finite.
double sphere(const arma::mat& point);

/// \f$ \nabla f = (2x,\; 2y) \f$, as a 2x1 column.
/// \throws std::invalid_argument unless `point` is 2x1 and finite.
arma::mat sphere_gradient(const arma::mat& point);

/// The condition number of ill_conditioned_quadratic(): the ratio of its Hessian's
/// eigenvalues, 25 to 1.
inline constexpr double ill_conditioning = 25.0;

/// An ill-conditioned bowl: \f$ f(x, y) = \tfrac12 (x^2 + 25\,y^2) \f$, minimum 0 at the origin.
/// Its Hessian is diag(1, 25): 25 times steeper along y than along x, so gradient descent
/// must take a step below 2/25 to stay stable along y, and then crawls along x.
/// \throws std::invalid_argument unless `point` is 2x1 and finite.
double ill_conditioned_quadratic(const arma::mat& point);

/// \f$ \nabla f = (x,\; 25\,y) \f$, as a 2x1 column.
/// \throws std::invalid_argument unless `point` is 2x1 and finite.
arma::mat ill_conditioned_quadratic_gradient(const arma::mat& point);

}  // namespace nn
