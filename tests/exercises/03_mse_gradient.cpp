// Grading the chapter 3 exercises against values computed with numpy (float64): the gradients
// 2 (P - T) / P.size and numpy.clip(P - T, -delta, delta) / P.size, the line's gradient
// [2 mean(r x), 2 mean(r)] with r = slope x + intercept - y, its least-squares line
// numpy.polyfit(x, y, 1), and the descent v <- v - rate * gradient from v = [0, 0]. Huber's
// gradient is also held to finite differences of the Huber loss, which no exercise asks for.
#include <catch2/catch.hpp>
#include <cmath>
#include <sstream>
#include <string>

#include "exercises.hpp"
#include "grading.hpp"

namespace {
// Three outputs per sample, so that a mean over the samples differs from one over every element.
const arma::mat prediction = {{0.5, -1.0, 2.0}, {1.5, 0.0, -0.5}, {-2.0, 1.0, 0.25}, {3.0, 0.5, 1.0}};
const arma::mat target = {{0.0, 0.0, 1.0}, {2.0, -1.0, 0.5}, {-1.0, 1.0, 0.0}, {1.0, 2.0, 1.5}};
const nn::grade::DataShape four_by_three{4, 3};
const nn::grade::DataShape ten_points{10, 1};

// Ten noisy points around y = 2x + 1.
const arma::vec x = {-1.0, -0.8, -0.5, -0.3, 0.0, 0.1, 0.4, 0.6, 0.9, 1.0};
const arma::vec y = {-0.9, -0.8, 0.05, 0.7, 0.9, 1.35, 1.55, 2.2, 3.0, 2.95};
// numpy.polyfit(x, y, 1)
const arma::vec least_squares = {1.9958178438661718, 1.0201672862453532};
// 2 / the largest eigenvalue of the Hessian (2/N) X^T X, X with rows (x_i, 1): numpy.linalg.eigvalsh.
const double largest_stable_rate = 0.9972047669054517;

std::string text(double value) {
  std::ostringstream out;
  out << value;
  return out.str();
}

// The Huber loss with the mean reduction (PyTorch's huber_loss).
double huber_loss(const arma::mat& p, const arma::mat& t, double delta) {
  double total = 0.0;
  for (arma::uword i = 0; i < p.n_elem; ++i) {
    const double size = std::abs(p(i) - t(i));
    total += size < delta ? 0.5 * size * size : delta * (size - 0.5 * delta);
  }
  return total / static_cast<double>(p.n_elem);
}
}  // namespace

TEST_CASE("Exercise 3.1: mse_gradient", "[exercise]") {
  nn::grade::require_matrix("mse_gradient(candidate A of chapter 2, its truth)",
                            ch03::mse_gradient(arma::colvec{-2, 3, 0, 5}, arma::colvec{0, 1, 2, 3}),
                            arma::colvec{-1, 1, -1, 1}, {4, 1});
  const arma::mat expected = {{0.08333333333333333, -0.16666666666666666, 0.16666666666666666},
                              {-0.08333333333333333, 0.16666666666666666, -0.16666666666666666},
                              {-0.16666666666666666, 0.0, 0.04166666666666666},
                              {0.3333333333333333, -0.25, -0.08333333333333333}};
  nn::grade::require_matrix("mse_gradient on a 4x3 batch", ch03::mse_gradient(prediction, target), expected,
                            four_by_three);
  nn::grade::require_matrix("mse_gradient of a 1x2 row",
                            ch03::mse_gradient(arma::rowvec{1.0, -3.0}, arma::rowvec{0.0, 0.0}), arma::rowvec{1.0, -3.0},
                            {1, 2});
  nn::grade::require_invalid_argument("shapes 2x2 and 2x3",
                                      [] { ch03::mse_gradient(arma::mat(2, 2), arma::mat(2, 3)); });
  nn::grade::require_invalid_argument("empty matrices", [] { ch03::mse_gradient(arma::mat(), arma::mat()); });
}

TEST_CASE("Exercise 3.2: huber_gradient", "[exercise]") {
  // numpy.clip(P - T, -delta, delta) / 12: the errors of the batch lie between -1.5 and 2.
  const arma::mat clipped_half = {{0.5, -0.5, 0.5}, {-0.5, 0.5, -0.5}, {-0.5, 0.0, 0.25}, {0.5, -0.5, -0.5}};
  const arma::mat clipped_one = {{0.5, -1.0, 1.0}, {-0.5, 1.0, -1.0}, {-1.0, 0.0, 0.25}, {1.0, -1.0, -0.5}};
  nn::grade::require_matrix("huber_gradient on a 4x3 batch, delta 0.5", ch03::huber_gradient(prediction, target, 0.5),
                            clipped_half / 12.0, four_by_three);
  nn::grade::require_matrix("huber_gradient on a 4x3 batch, delta 1", ch03::huber_gradient(prediction, target, 1.0),
                            clipped_one / 12.0, four_by_three);
  // Errors both inside and outside each delta, none at a kink.
  const arma::mat t = {{0.3, -1.2}, {0.9, 0.1}, {-0.4, 2.0}, {1.1, -0.6}, {0.0, 0.7}, {-1.5, 0.2}};
  const arma::mat p = t + arma::mat{{-3.1, 0.2}, {-0.7, 1.6}, {2.2, -0.05}, {0.4, -1.9}, {5, 0.9}, {-0.3, 1.2}};
  for (const double delta : {0.5, 1.0, 2.0}) {
    nn::grade::require_gradient("huber_gradient on a 6x2 batch, delta " + text(delta),
                                [&](const arma::mat& q) { return huber_loss(q, t, delta); }, p,
                                ch03::huber_gradient(p, t, delta), {6, 2});
  }
  nn::grade::require_invalid_argument("delta 0", [] { ch03::huber_gradient(prediction, target, 0.0); });
  nn::grade::require_invalid_argument("delta -1", [] { ch03::huber_gradient(prediction, target, -1.0); });
  nn::grade::require_invalid_argument("shapes 2x2 and 2x3",
                                      [] { ch03::huber_gradient(arma::mat(2, 2), arma::mat(2, 3), 1.0); });
}

TEST_CASE("Exercise 3.3: line_gradient", "[exercise]") {
  nn::grade::require_matrix("line_gradient(x, y, slope 0, intercept 0)", ch03::line_gradient(x, y, 0.0, 0.0),
                            arma::vec{-1.8060000000000003, -2.2}, ten_points);
  nn::grade::require_matrix("line_gradient(x, y, slope 1.5, intercept -0.5)", ch03::line_gradient(x, y, 1.5, -0.5),
                            arma::vec{-0.55, -3.0800000000000005}, ten_points);
  nn::grade::require_matrix("line_gradient(x, y, slope 3, intercept 2)", ch03::line_gradient(x, y, 3.0, 2.0),
                            arma::vec{0.9460000000000001, 2.04}, ten_points);
  // At the least-squares line the loss is smallest: both derivatives vanish (up to rounding).
  nn::grade::require_matrix("line_gradient at the least-squares line",
                            ch03::line_gradient(x, y, least_squares(0), least_squares(1)), arma::vec{0.0, 0.0}, {},
                            {0.0, 1e-12});
  nn::grade::require_invalid_argument("x of 10 points and y of 9",
                                      [] { ch03::line_gradient(x, y.head(9), 1.0, 0.0); });
}

TEST_CASE("Exercise 3.4: fit_line", "[exercise]") {
  nn::grade::require_matrix("fit_line(x, y, rate 0.2, 0 steps): the start", ch03::fit_line(x, y, 0.2, 0),
                            arma::vec{0.0, 0.0});
  nn::grade::require_matrix("fit_line(x, y, rate 0.2, 1 step)", ch03::fit_line(x, y, 0.2, 1),
                            arma::vec{0.3612000000000001, 0.44000000000000006});
  nn::grade::require_matrix("fit_line(x, y, rate 0.2, 3 steps)", ch03::fit_line(x, y, 0.2, 3),
                            arma::vec{0.8901442734080001, 0.8484853657600001});
  nn::grade::require_matrix("fit_line(x, y, rate 0.5, 2000 steps): the least-squares line",
                            ch03::fit_line(x, y, 0.5, 2000), least_squares, {}, {1e-9, 1e-12});
  // Along the steep eigenvector a step multiplies the distance to the minimum by 1 - rate lambda:
  // -0.9 at 0.95 of the largest stable rate (it converges), -1.1 at 1.05 of it (it diverges).
  nn::grade::require_matrix("fit_line(x, y, 0.95 of the largest stable rate, 50 steps): converging",
                            ch03::fit_line(x, y, 0.95 * largest_stable_rate, 50),
                            arma::vec{1.995400936077989, 1.014217980127793}, {}, {1e-9, 1e-12});
  nn::grade::require_matrix("fit_line(x, y, 1.05 of the largest stable rate, 50 steps): diverging",
                            ch03::fit_line(x, y, 1.05 * largest_stable_rate, 50),
                            arma::vec{-7.500359008658656, -134.4910048329421}, {}, {1e-9, 1e-12});
  nn::grade::require_invalid_argument("rate 0", [] { ch03::fit_line(x, y, 0.0, 10); });
  nn::grade::require_invalid_argument("rate -0.1", [] { ch03::fit_line(x, y, -0.1, 10); });
}
