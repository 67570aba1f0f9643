// What the optimizers' tests share: hand-checked steps of a 1x1 parameter, and descents.
#pragma once

#include <catch2/catch.hpp>

#include <vector>

#include "nn/optimizers/optimizer.hpp"
#include "nn/problems/landscapes.hpp"

namespace nn::test {

// Hand arithmetic leaves out epsilon (1e-8 or 1e-10 against roots near 1) and rounds to about
// 7 digits; every alternative the hand tests rule out differs by far more.
inline Approx hand(double expected) { return Approx(expected).epsilon(1e-7).margin(1e-12); }

inline arma::mat scalar(double value) { return arma::mat(1, 1, arma::fill::value(value)); }

// Steps a 1x1 parameter from theta0 with the given gradients; theta after each step.
inline std::vector<double> trajectory(Optimizer& optimizer, double theta0, const std::vector<double>& gradients) {
  arma::mat theta = scalar(theta0);
  std::vector<double> thetas;
  for (const double g : gradients) {
    optimizer.step(theta, scalar(g));
    thetas.push_back(theta(0));
  }
  return thetas;
}

// `steps` steps of `optimizer` down `landscape` from `point`; the point where they end.
inline arma::mat run(Optimizer& optimizer, const Landscape& landscape, arma::mat point, int steps) {
  for (int t = 0; t < steps; ++t) optimizer.step(point, landscape.gradient(point));
  return point;
}

}  // namespace nn::test
