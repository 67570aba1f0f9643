#include "nn/core/failures.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "nn/core/checks.hpp"

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
  const auto first = std::find_if_not(m.begin(), m.end(), [](double x) { return std::isfinite(x); });
  if (first == m.end()) return;
  throw Overflow(std::string(function) + ": " + std::string(name) + " " + std::string(beyond) + " at " +
                 row_and_column(m, static_cast<arma::uword>(first - m.begin())));
}

}  // namespace nn
