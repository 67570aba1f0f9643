#include "nn/core/failures.hpp"

#include <cmath>
#include <string>

namespace nn {
namespace {

constexpr std::string_view beyond = "overflows the range of a double (about 1.8e+308)";

}  // namespace

Diverged divergence(std::string_view method, std::string_view unit, long long step, std::string_view cause) {
  return Diverged(std::string(method) + " diverged at " + std::string(unit) + " " + std::to_string(step) + ": " +
                  std::string(cause) + "; try a smaller learning rate");
}

void require_no_overflow(std::string_view function, std::string_view name, double x) {
  if (!std::isfinite(x)) throw Overflow(std::string(function) + ": " + std::string(name) + " " + std::string(beyond));
}

void require_no_overflow(std::string_view function, std::string_view name, const arma::mat& m) {
  for (arma::uword c = 0; c < m.n_cols; ++c) {
    for (arma::uword r = 0; r < m.n_rows; ++r) {
      if (!std::isfinite(m(r, c))) {
        throw Overflow(std::string(function) + ": " + std::string(name) + " " + std::string(beyond) + " at row " +
                       std::to_string(r + 1) + ", column " + std::to_string(c + 1));
      }
    }
  }
}

}  // namespace nn
