#include "nn/losses/likelihood.hpp"

#include <cmath>
#include <numbers>
#include <sstream>
#include <stdexcept>
#include <string>

#include "nn/activations/softmax.hpp"
#include "nn/core/checks.hpp"

namespace nn {

namespace {

void require_positive(const std::string& function, const char* name, double value) {
  if (!(std::isfinite(value) && value > 0.0)) {
    std::ostringstream message;
    message << function << ": " << name << " must be finite and above 0, got " << value;
    throw std::invalid_argument(message.str());
  }
}

double count(const arma::mat& m) { return static_cast<double>(m.n_elem); }

}  // namespace

double gaussian_nll(const arma::mat& prediction, const arma::mat& target, double sigma) {
  require_matching_pair("gaussian_nll", "prediction", prediction, "target", target);
  require_positive("gaussian_nll", "sigma", sigma);
  const arma::mat e = target - prediction;
  return arma::accu(arma::square(e)) / (2.0 * sigma * sigma) +
         count(e) * std::log(sigma * std::sqrt(2.0 * std::numbers::pi));
}

double laplace_nll(const arma::mat& prediction, const arma::mat& target, double scale) {
  require_matching_pair("laplace_nll", "prediction", prediction, "target", target);
  require_positive("laplace_nll", "scale", scale);
  return arma::accu(arma::abs(target - prediction)) / scale + count(target) * std::log(2.0 * scale);
}

double bernoulli_nll(const arma::mat& logits, const arma::mat& target) {
  require_matching_pair("bernoulli_nll", "logits", logits, "target", target);
  double total = 0.0;
  for (arma::uword i = 0; i < logits.n_elem; ++i) {
    if (target(i) != 0.0 && target(i) != 1.0) {
      std::ostringstream message;
      message << "bernoulli_nll: target holds " << target(i) << "; a Bernoulli outcome is 0 or 1";
      throw std::invalid_argument(message.str());
    }
    // log p = -log(1 + e^-z) and log(1 - p) = -log(1 + e^z), written to stay finite for large |z|
    // answer: Exercise 5.1 (bce_with_logits)
    const double z = target(i) == 1.0 ? logits(i) : -logits(i);
    total += std::max(-z, 0.0) + std::log1p(std::exp(-std::abs(z)));
    // end of answer
  }
  return total;
}

double categorical_nll(const arma::mat& logits, const arma::uvec& labels) {
  require_non_empty("categorical_nll", "logits", logits);
  require_finite("categorical_nll", "logits", logits);
  if (labels.n_elem != logits.n_rows) {
    throw std::invalid_argument("categorical_nll: " + std::to_string(labels.n_elem) + " labels for " +
                                std::to_string(logits.n_rows) + " rows of logits");
  }
  const arma::mat log_s = Softmax().log_value(logits);
  double total = 0.0;
  for (arma::uword n = 0; n < labels.n_elem; ++n) {
    if (labels(n) >= logits.n_cols) {
      throw std::invalid_argument("categorical_nll: label " + std::to_string(labels(n)) + " is not below " +
                                  std::to_string(logits.n_cols) + " classes");
    }
    total -= log_s(n, labels(n));
  }
  return total;
}

double asymmetric_laplace_nll(const arma::mat& prediction, const arma::mat& target, double tau, double sigma) {
  require_matching_pair("asymmetric_laplace_nll", "prediction", prediction, "target", target);
  require_positive("asymmetric_laplace_nll", "sigma", sigma);
  if (!(tau > 0.0 && tau < 1.0)) {
    throw std::invalid_argument("asymmetric_laplace_nll: tau must lie strictly between 0 and 1, got " +
                                std::to_string(tau));
  }
  double rho = 0.0;
  for (arma::uword i = 0; i < target.n_elem; ++i) {
    const double u = target(i) - prediction(i);
    rho += u * (tau - (u < 0.0 ? 1.0 : 0.0));
  }
  return rho / sigma - count(target) * std::log(tau * (1.0 - tau) / sigma);
}

}  // namespace nn
