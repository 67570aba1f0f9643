#include "nn/core/random.hpp"

#include <cmath>
#include <numbers>

namespace nn {

double Random::uniform() {
  return static_cast<double>(engine_() >> 11) * 0x1.0p-53;  // the top 53 bits, scaled to [0, 1)
}

double Random::normal() {
  const double u1 = 1.0 - uniform();  // in (0, 1], so the log is finite
  const double u2 = uniform();
  return std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
}

arma::mat Random::uniform_matrix(arma::uword rows, arma::uword cols, double low, double high) {
  arma::mat m(rows, cols);
  for (double& x : m) x = uniform(low, high);
  return m;
}

arma::mat Random::normal_matrix(arma::uword rows, arma::uword cols, double mean, double stddev) {
  arma::mat m(rows, cols);
  for (double& x : m) x = mean + stddev * normal();
  return m;
}

}  // namespace nn
