/// \file
/// Functions of a point in the plane whose minimum is known, on which chapter 7 races the
/// optimizers. Each takes the point as a 2x1 column \f$ (x; y) \f$ and comes with its gradient.
/// Each throws nn::Overflow when its value or gradient at a finite point is beyond the range
/// of a double (Rosenbrock's at (1e200, 1e200), for instance).
#pragma once

#include <armadillo>
#include <functional>
#include <string>

namespace nn {

/// A function of a point in the plane with its gradient, where a descent starts, and where
/// it should end, as ensmallen's test functions know theirs (\ref ch07_optimizers).
/// value() and gradient() throw std::invalid_argument, naming the function, unless the point
/// is 2x1 and finite.
struct Landscape {
  std::string name;                                     ///< "rosenbrock", "sphere" or "quadratic"
  std::function<double(const arma::mat&)> value;        ///< \f$ f(x, y) \f$
  std::function<arma::mat(const arma::mat&)> gradient;  ///< \f$ \nabla f(x, y) \f$, a 2x1 column
  arma::mat start;                                      ///< where a descent starts, 2x1
  arma::mat minimum;                                    ///< the point where f is smallest, 2x1
  double minimum_value = 0.0;                           ///< f at the minimum
};

/// Rosenbrock's banana: \f$ f(x, y) = (1-x)^2 + 100\,(y-x^2)^2 \f$, with
/// \f$ \nabla f = \big(-2(1-x) - 400\,x\,(y-x^2),\; 200\,(y-x^2)\big) \f$; minimum 0 at (1, 1),
/// from the classic start (-1.2, 1), where f = 24.2.
/// The minimum lies in a long, curved, flat-bottomed valley: finding the valley is easy,
/// following it is slow.
Landscape rosenbrock();

/// The sphere: \f$ f(x, y) = x^2 + y^2 \f$, with \f$ \nabla f = (2x,\; 2y) \f$; minimum 0 at the
/// origin, from (-1.2, 1). The easy case, equally curved in every direction.
Landscape sphere();

/// The condition number of ill_conditioned_quadratic(): the ratio of its Hessian's
/// eigenvalues, 25 to 1.
inline constexpr double ill_conditioning = 25.0;

/// An ill-conditioned bowl: \f$ f(x, y) = \tfrac12 (x^2 + 25\,y^2) \f$, with
/// \f$ \nabla f = (x,\; 25\,y) \f$; minimum 0 at the origin, from (-4, 1). Its Hessian is
/// diag(1, 25): 25 times steeper along y than along x, so gradient descent must take a step
/// below 2/25 to stay stable along y, and then crawls along x.
Landscape ill_conditioned_quadratic();

}  // namespace nn
