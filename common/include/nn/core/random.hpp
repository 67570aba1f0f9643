/// \file
/// Deterministic random numbers: the same seed gives the same numbers on every
/// machine, so a chapter's output can be held in a file and compared.
#pragma once

#include <armadillo>
#include <cstdint>
#include <random>

namespace nn {

/// A seeded source of uniform and normal numbers built only on std::mt19937_64,
/// whose output the C++ standard fixes (unlike std::normal_distribution's).
class Random {
 public:
  /// \param seed the seed; equal seeds give equal sequences.
  explicit Random(std::uint64_t seed) : engine_(seed) {}

  /// A number in [0, 1) with 53 random bits.
  double uniform();
  /// A number in [low, high).
  double uniform(double low, double high) { return low + (high - low) * uniform(); }
  /// A standard normal number (Box-Muller transform).
  double normal();

  /// A rows x cols matrix of uniform numbers in [low, high).
  arma::mat uniform_matrix(arma::uword rows, arma::uword cols, double low, double high);
  /// A rows x cols matrix of normal numbers with the given mean and standard deviation.
  arma::mat normal_matrix(arma::uword rows, arma::uword cols, double mean = 0.0, double stddev = 1.0);

 private:
  std::mt19937_64 engine_;
};

}  // namespace nn
