#include "nn/core/checks.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <stdexcept>

namespace nn {

std::string shape_of(const arma::mat& m) { return shape_of(arma::size(m)); }

std::string shape_of(const arma::SizeMat& size) {
  return std::to_string(size.n_rows) + "x" + std::to_string(size.n_cols);
}

std::string row_and_column(const arma::mat& m, arma::uword i) {
  return "row " + std::to_string(i % m.n_rows + 1) + ", column " + std::to_string(i / m.n_rows + 1);
}

void require_non_empty(std::string_view function, std::string_view name, const arma::mat& m) {
  if (m.is_empty()) {
    std::ostringstream message;
    message << function << ": " << name << " is empty (" << shape_of(m) << ")";
    throw std::invalid_argument(message.str());
  }
}

void require_finite(std::string_view function, std::string_view name, const arma::mat& m) {
  const auto first = std::find_if_not(m.begin(), m.end(), [](double x) { return std::isfinite(x); });
  if (first == m.end()) return;
  std::ostringstream message;
  message << function << ": " << name << " (" << shape_of(m) << ") holds " << *first << " at "
          << row_and_column(m, static_cast<arma::uword>(first - m.begin())) << "; every value must be finite";
  throw std::invalid_argument(message.str());
}

void require_same_shape(std::string_view function,
                        std::string_view name_a, const arma::mat& a,
                        std::string_view name_b, const arma::mat& b) {
  if (a.n_rows != b.n_rows || a.n_cols != b.n_cols) {
    std::ostringstream message;
    message << function << ": " << name_a << " is " << shape_of(a) << " but " << name_b << " is "
            << shape_of(b) << "; they must have the same shape";
    throw std::invalid_argument(message.str());
  }
}

void require_in_range(std::string_view function, std::string_view name, const arma::mat& m, double low,
                      double high, std::string_view why) {
  const auto first = std::find_if_not(m.begin(), m.end(), [&](double x) { return x >= low && x <= high; });
  if (first == m.end()) return;
  std::ostringstream message;
  message << function << ": " << name << " (" << shape_of(m) << ") holds " << *first << " at "
          << row_and_column(m, static_cast<arma::uword>(first - m.begin())) << "; " << why;
  throw std::invalid_argument(message.str());
}

void require_matching_pair(std::string_view function,
                           std::string_view name_a, const arma::mat& a,
                           std::string_view name_b, const arma::mat& b) {
  require_non_empty(function, name_a, a);
  require_non_empty(function, name_b, b);
  require_same_shape(function, name_a, a, name_b, b);
  require_finite(function, name_a, a);
  require_finite(function, name_b, b);
}

bool all_finite(const std::vector<arma::mat*>& parameters) {
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    if (parameters[i] == nullptr) throw std::invalid_argument("all_finite: parameters[" + std::to_string(i) + "] is null");
    if (!parameters[i]->is_finite()) return false;
  }
  return true;
}

std::invalid_argument unknown_name_error(std::string_view function, std::string_view kind, std::string_view name,
                                         const std::vector<std::string>& known, std::string_view note) {
  std::ostringstream message;
  message << function << ": unknown " << kind << " '" << name << "'; choose one of ";
  for (std::size_t i = 0; i < known.size(); ++i) message << (i > 0 ? ", " : "") << known[i];
  if (!note.empty()) message << " (" << note << ")";
  return std::invalid_argument(message.str());
}

}  // namespace nn
