// What every grader uses to compare a student's answer with the expected one. On a wrong
// answer it says what it expected and what it got (for a matrix: both shapes and the first
// element that differs) and names the common mistake when it recognises one: a flipped sign,
// a factor of 2 or of N, a mean over the samples where every element was meant, a transposed
// result, a loop that stops one short, an overflow.
#pragma once

#include <armadillo>
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>

#include "nn/core/gradient_check.hpp"

namespace nn::grade {

// How close counts as equal: |got - expected| <= absolute + relative * |expected|, as numpy's isclose.
struct Tolerance {
  double relative = 1e-9;
  double absolute = 1e-12;
};

inline bool close(double got, double expected, Tolerance tolerance) {
  if (std::isnan(got) || std::isnan(expected)) return false;
  if (got == expected) return true;
  return std::abs(got - expected) <= tolerance.absolute + tolerance.relative * std::abs(expected);
}

// The shape of the data an answer was computed from, so that a factor equal to its number of
// rows, columns or elements can be recognised.
struct DataShape {
  arma::uword rows = 0;
  arma::uword columns = 0;
};

// The ratio got / expected when it is the same for every element that is not zero in both.
inline std::optional<double> common_ratio(const arma::mat& got, const arma::mat& expected, Tolerance tolerance) {
  std::optional<double> ratio;
  for (arma::uword i = 0; i < got.n_elem; ++i) {
    if (expected(i) == 0.0) {
      if (!close(got(i), 0.0, tolerance)) return std::nullopt;
      continue;
    }
    const double r = got(i) / expected(i);
    if (!ratio) {
      ratio = r;
    } else if (!close(r, *ratio, {1e-6, 1e-12})) {
      return std::nullopt;
    }
  }
  return ratio;
}

// The common mistake that turns `expected` into `got`, or "" when none is recognised.
inline std::string name_the_mistake(const arma::mat& got, const arma::mat& expected, DataShape data = {},
                                    Tolerance tolerance = {}) {
  if (got.n_elem != expected.n_elem || got.n_elem == 0) return "";
  if (!got.is_finite() && expected.is_finite())
    return "a value is infinite or NaN where a finite one was expected: an overflow, such as exp of a large "
           "logit (shift by the row's maximum, or use log1p(exp(-|z|)))?";
  const std::optional<double> ratio = common_ratio(got, expected, tolerance);
  if (ratio) {
    const double r = *ratio;
    const auto is = [&](double value) { return close(r, value, {1e-6, 0.0}); };
    if (is(-1.0)) return "every value has the opposite sign: a flipped sign (target - prediction for prediction - target?)";
    const double n = static_cast<double>(data.rows * data.columns);
    if (data.columns > 1 && is(static_cast<double>(data.columns)))
      return "it is " + std::to_string(data.columns) +
             " (the number of columns) times too large: a mean over the samples (rows) where every element was meant?";
    if (n > 1 && is(n))
      return "it is " + std::to_string(data.rows * data.columns) +
             " (the number of elements) times too large: a sum where a mean was meant?";
    if (n > 1 && is(1.0 / n))
      return "it is " + std::to_string(data.rows * data.columns) +
             " (the number of elements) times too small: divided by N once too often?";
    if (data.rows > 1 && is(static_cast<double>(data.rows)))
      return "it is " + std::to_string(data.rows) + " (the number of rows) times too large: a sum over the samples where a mean was meant?";
    if (is(2.0)) return "it is twice the expected value: a factor of 2 too many (the 2 of the square's derivative?)";
    if (is(0.5)) return "it is half the expected value: a factor of 2 missing (the 2 of the square's derivative?)";
    if (is(-2.0) || is(-0.5)) return "a flipped sign and a factor of 2";
  }
  // Off by one: only the first or only the last element is wrong.
  arma::uword wrong = 0, last_wrong = 0;
  for (arma::uword i = 0; i < got.n_elem; ++i) {
    if (!close(got(i), expected(i), tolerance)) {
      ++wrong;
      last_wrong = i;
    }
  }
  if (wrong == 1 && got.n_elem > 2 && (last_wrong == 0 || last_wrong == got.n_elem - 1))
    return "only the " + std::string(last_wrong == 0 ? "first" : "last") +
           " element is wrong: a loop that starts or stops one element off?";
  return "";
}

// A number as a grader's description shows it, such as "0.1" in "steps at rate 0.1".
inline std::string text(double x) {
  std::ostringstream out;
  out << x;
  return out.str();
}

inline std::string shape_of(const arma::mat& m) { return std::to_string(m.n_rows) + "x" + std::to_string(m.n_cols); }

// "what": the call being graded, such as "mse_gradient(prediction, target)".
inline void require_value(const std::string& what, double got, double expected, DataShape data = {},
                          Tolerance tolerance = {}) {
  if (close(got, expected, tolerance)) {
    SUCCEED(what);
    return;
  }
  std::ostringstream report;
  report.precision(12);
  report << what << ": expected " << expected << ", got " << got;
  const std::string mistake = name_the_mistake(arma::mat{got}, arma::mat{expected}, data, tolerance);
  if (!mistake.empty()) report << "\n  " << mistake;
  FAIL_CHECK(report.str());
}

inline void require_matrix(const std::string& what, const arma::mat& got, const arma::mat& expected,
                           DataShape data = {}, Tolerance tolerance = {}) {
  std::ostringstream report;
  report.precision(12);
  if (arma::size(got) != arma::size(expected)) {
    report << what << ": expected a " << shape_of(expected) << " matrix, got " << shape_of(got);
    if (got.n_rows == expected.n_cols && got.n_cols == expected.n_rows)
      report << "\n  the shape is transposed: a result keeps the shape of what it is the gradient of (or the data's shape)";
    FAIL_CHECK(report.str());
    return;
  }
  for (arma::uword c = 0; c < got.n_cols; ++c) {
    for (arma::uword r = 0; r < got.n_rows; ++r) {
      if (close(got(r, c), expected(r, c), tolerance)) continue;
      report << what << ": first differing element (" << r << ", " << c << "): expected " << expected(r, c)
             << ", got " << got(r, c) << " (shape " << shape_of(got) << ")";
      const std::string mistake = name_the_mistake(got, expected, data, tolerance);
      if (!mistake.empty()) report << "\n  " << mistake;
      if (got.n_elem <= 12) report << "\n  expected:\n" << expected << "  got:\n" << got;
      FAIL_CHECK(report.str());
      return;
    }
  }
  SUCCEED(what);
}

inline void require_counts(const std::string& what, const arma::umat& got, const arma::umat& expected) {
  require_matrix(what, arma::conv_to<arma::mat>::from(got), arma::conv_to<arma::mat>::from(expected), {}, {0.0, 0.0});
}

// An analytic gradient against central finite differences of f at x: the numerical gradient
// is "expected", so a wrong gradient is reported as any wrong matrix is.
inline void require_gradient(const std::string& what, const nn::ScalarFunction& f, const arma::mat& x,
                             const arma::mat& analytic, DataShape data = {}) {
  if (arma::size(analytic) != arma::size(x)) {
    require_matrix(what, analytic, x, data);  // reports the shapes
    return;
  }
  const nn::GradientCheck check = nn::check_gradient(f, x, analytic);
  if (check.passed(1e-6, 1e-9)) {
    SUCCEED(what);
    return;
  }
  require_matrix(what + " against finite differences", analytic, check.numerical, data, {1e-5, 1e-8});
}

// `call` must throw std::invalid_argument: `what` says which bad input.
inline void require_invalid_argument(const std::string& what, const std::function<void()>& call) {
  try {
    call();
  } catch (const std::invalid_argument&) {
    SUCCEED(what);
    return;
  }
  FAIL_CHECK(what + ": expected std::invalid_argument, and nothing was thrown");
}

}  // namespace nn::grade
