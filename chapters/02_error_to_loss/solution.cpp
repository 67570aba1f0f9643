// Reference solutions to the chapter 2 exercises (see exercises.hpp), written
// as plain loops so that the tests can hold them against the library's version.
#include <cmath>
#include <stdexcept>
#include <string>

#include "exercises.hpp"

namespace ch02 {
namespace {

void check_shapes(const char* function, const arma::mat& prediction, const arma::mat& target) {
  if (prediction.is_empty() || arma::size(prediction) != arma::size(target)) {
    throw std::invalid_argument(std::string(function) + ": prediction and target need one non-empty shape");
  }
}

}  // namespace

double mean_squared_error(const arma::mat& prediction, const arma::mat& target) {
  check_shapes("mean_squared_error", prediction, target);
  double total = 0.0;
  for (arma::uword i = 0; i < prediction.n_elem; ++i) total += (prediction(i) - target(i)) * (prediction(i) - target(i));
  return total / static_cast<double>(prediction.n_elem);
}

double mean_absolute_error(const arma::mat& prediction, const arma::mat& target) {
  check_shapes("mean_absolute_error", prediction, target);
  double total = 0.0;
  for (arma::uword i = 0; i < prediction.n_elem; ++i) total += std::abs(prediction(i) - target(i));
  return total / static_cast<double>(prediction.n_elem);
}

double quantile_loss(const arma::mat& prediction, const arma::mat& target, double tau) {
  check_shapes("quantile_loss", prediction, target);
  if (!(tau > 0.0 && tau < 1.0)) throw std::invalid_argument("quantile_loss: tau must lie in (0, 1)");
  double total = 0.0;
  for (arma::uword i = 0; i < prediction.n_elem; ++i) {
    const double shortfall = target(i) - prediction(i);  // positive when the prediction is below the truth
    total += shortfall > 0.0 ? tau * shortfall : (tau - 1.0) * shortfall;
  }
  return total / static_cast<double>(prediction.n_elem);
}

double best_constant(const arma::mat& target, const LossFunction& loss) {
  if (target.is_empty()) throw std::invalid_argument("best_constant: the target is empty");
  const auto loss_of = [&](double c) {
    arma::mat constant(arma::size(target));
    constant.fill(c);
    return loss(constant, target);
  };
  double low = target.min(), high = target.max();
  // Ternary search: of two inner points, a convex loss has its minimum on the side of the lower
  // one, so the outer third beyond the higher one can go. 200 rounds shrink the range by 1e-35.
  for (int round = 0; round < 200; ++round) {
    const double left = low + (high - low) / 3.0, right = high - (high - low) / 3.0;
    if (loss_of(left) < loss_of(right)) {
      high = right;
    } else {
      low = left;
    }
  }
  return (low + high) / 2.0;
}

}  // namespace ch02
