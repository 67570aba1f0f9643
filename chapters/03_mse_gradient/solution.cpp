// Reference solutions to the chapter 3 exercises (see exercises.hpp).
#include <algorithm>
#include <stdexcept>
#include <string>

#include "exercises.hpp"

namespace ch03 {
namespace {

void check_shapes(const char* function, const arma::mat& prediction, const arma::mat& target) {
  if (prediction.is_empty() || arma::size(prediction) != arma::size(target)) {
    throw std::invalid_argument(std::string(function) + ": prediction and target need one non-empty shape");
  }
}

}  // namespace

arma::mat mse_gradient(const arma::mat& prediction, const arma::mat& target) {
  check_shapes("mse_gradient", prediction, target);
  const double n = static_cast<double>(prediction.n_elem);
  return (2.0 / n) * (prediction - target);  // d/dy_hat (1/N) sum (y_hat - y)^2
}

arma::mat huber_gradient(const arma::mat& prediction, const arma::mat& target, double delta) {
  check_shapes("huber_gradient", prediction, target);
  if (!(delta > 0.0)) throw std::invalid_argument("huber_gradient: delta must be positive");
  arma::mat gradient(arma::size(prediction));
  for (arma::uword i = 0; i < gradient.n_elem; ++i) {
    gradient(i) = std::clamp(prediction(i) - target(i), -delta, delta);  // e inside delta, +-delta outside
  }
  return gradient / static_cast<double>(gradient.n_elem);
}

arma::vec line_gradient(const arma::vec& x, const arma::vec& y, double slope, double intercept) {
  const arma::mat dloss_dprediction = mse_gradient(slope * x + intercept, y);
  return {arma::dot(dloss_dprediction, x), arma::accu(dloss_dprediction)};  // the chain rule through the line
}

arma::vec fit_line(const arma::vec& x, const arma::vec& y, double rate, arma::uword steps) {
  if (!(rate > 0.0)) throw std::invalid_argument("fit_line: the rate must be positive");
  arma::vec line = {0.0, 0.0};  // {slope, intercept}
  for (arma::uword step = 0; step < steps; ++step) line -= rate * line_gradient(x, y, line(0), line(1));
  return line;
}

}  // namespace ch03
