// Grading the chapter 2 exercises against values computed by hand and by PyTorch 1.13
// (torch.nn.functional.mse_loss, l1_loss; the pinball loss as
// torch.mean(torch.maximum(tau * (y - p), (tau - 1) * (y - p)))), float64, and the best
// constants against numpy's mean, median and the order statistics of the sorted sample.
#include <catch2/catch.hpp>
#include <string>

#include "exercises.hpp"
#include "grading.hpp"

namespace {
const arma::mat truth = arma::colvec{0, 1, 2, 3};
const arma::mat candidate_a = arma::colvec{-2, 3, 0, 5};
const arma::mat candidate_b = arma::colvec{0, 1, 2, 10};
// Three outputs per sample, so that a mean over the samples differs from one over every element.
const arma::mat prediction = {{0.5, -1.0, 2.0}, {1.5, 0.0, -0.5}, {-2.0, 1.0, 0.25}, {3.0, 0.5, 1.0}};
const arma::mat target = {{0.0, 0.0, 1.0}, {2.0, -1.0, 0.5}, {-1.0, 1.0, 0.0}, {1.0, 2.0, 1.5}};
const nn::grade::DataShape four_by_three{4, 3};
}  // namespace

TEST_CASE("Exercise 2.1: mean_squared_error", "[exercise]") {
  nn::grade::require_value("mean_squared_error(candidate_a, truth)", ch02::mean_squared_error(candidate_a, truth), 4.0,
                           {4, 1});
  nn::grade::require_value("mean_squared_error(candidate_b, truth)", ch02::mean_squared_error(candidate_b, truth),
                           12.25, {4, 1});
  // mse_loss: (0.25 + 1 + 1 + 0.25 + 1 + 1 + 1 + 0 + 0.0625 + 4 + 2.25 + 0.25) / 12
  nn::grade::require_value("mean_squared_error on a 4x3 batch", ch02::mean_squared_error(prediction, target),
                           12.0625 / 12.0, four_by_three);
  nn::grade::require_invalid_argument("shapes 2x1 and 1x2",
                                      [] { ch02::mean_squared_error(arma::mat(2, 1), arma::mat(1, 2)); });
  nn::grade::require_invalid_argument("empty matrices", [] { ch02::mean_squared_error(arma::mat(), arma::mat()); });
}

TEST_CASE("Exercise 2.2: mean_absolute_error", "[exercise]") {
  nn::grade::require_value("mean_absolute_error(candidate_a, truth)", ch02::mean_absolute_error(candidate_a, truth),
                           2.0, {4, 1});
  nn::grade::require_value("mean_absolute_error(candidate_b, truth)", ch02::mean_absolute_error(candidate_b, truth),
                           1.75, {4, 1});
  // l1_loss: (0.5 + 1 + 1 + 0.5 + 1 + 1 + 1 + 0 + 0.25 + 2 + 1.5 + 0.5) / 12
  nn::grade::require_value("mean_absolute_error on a 4x3 batch", ch02::mean_absolute_error(prediction, target),
                           10.25 / 12.0, four_by_three);
  nn::grade::require_invalid_argument("shapes 2x1 and 1x2",
                                      [] { ch02::mean_absolute_error(arma::mat(2, 1), arma::mat(1, 2)); });
  nn::grade::require_invalid_argument("empty matrices", [] { ch02::mean_absolute_error(arma::mat(), arma::mat()); });
}

TEST_CASE("Exercise 2.3: quantile_loss", "[exercise]") {
  nn::grade::require_value("quantile_loss(candidate_a, truth, 0.9)", ch02::quantile_loss(candidate_a, truth, 0.9), 1.0,
                           {4, 1});
  nn::grade::require_value("quantile_loss(candidate_b, truth, 0.9)", ch02::quantile_loss(candidate_b, truth, 0.9),
                           0.175, {4, 1});
  // The errors y - p of the batch: where the truth is above the prediction they add up to
  // 1 + 0.5 + 1 + 1 + 1.5 + 0.5 = 5.5, where it is below to 0.5 + 1 + 1 + 0.25 + 2 = 4.75, so
  // the mean is (tau 5.5 + (1 - tau) 4.75) / 12.
  for (const double tau : {0.1, 0.5, 0.9}) {
    nn::grade::require_value("quantile_loss on a 4x3 batch, tau " + nn::grade::text(tau),
                             ch02::quantile_loss(prediction, target, tau), (tau * 5.5 + (1.0 - tau) * 4.75) / 12.0,
                             four_by_three);
  }
  nn::grade::require_invalid_argument("tau 1", [] { ch02::quantile_loss(candidate_a, truth, 1.0); });
  nn::grade::require_invalid_argument("tau 0", [] { ch02::quantile_loss(candidate_a, truth, 0.0); });
  nn::grade::require_invalid_argument("shapes 2x1 and 1x2",
                                      [] { ch02::quantile_loss(arma::mat(2, 1), arma::mat(1, 2), 0.5); });
}

TEST_CASE("Exercise 2.4: best_constant", "[exercise]") {
  // Seven targets, out of order and skewed by one large value: sorted 1, 2, 2.5, 4, 7, 11, 30.
  const arma::mat sample = arma::colvec{7, 2, 30, 1, 4, 11, 2.5};
  const nn::grade::Tolerance within{0.0, 1e-6};
  const auto quantile = [](double tau) {
    return [tau](const arma::mat& p, const arma::mat& y) { return ch02::quantile_loss(p, y, tau); };
  };
  // numpy.mean(sample) = 57.5 / 7
  nn::grade::require_value("best_constant(sample, your mean_squared_error): the mean",
                           ch02::best_constant(sample, ch02::mean_squared_error), 8.214285714285714, {}, within);
  // numpy.median(sample): the 4th of 7
  nn::grade::require_value("best_constant(sample, your mean_absolute_error): the median",
                           ch02::best_constant(sample, ch02::mean_absolute_error), 4.0, {}, within);
  // The tau-quantile, the ceil(7 tau)-th smallest: the 3rd for tau 0.3, the 5th for 0.7, the 4th for 0.5.
  nn::grade::require_value("best_constant(sample, your quantile_loss with tau 0.3)",
                           ch02::best_constant(sample, quantile(0.3)), 2.5, {}, within);
  nn::grade::require_value("best_constant(sample, your quantile_loss with tau 0.7)",
                           ch02::best_constant(sample, quantile(0.7)), 7.0, {}, within);
  nn::grade::require_value("best_constant(sample, your quantile_loss with tau 0.5): the median",
                           ch02::best_constant(sample, quantile(0.5)), 4.0, {}, within);
  // A 3x3 target: the constant prediction has the target's shape. numpy: mean 73 / 9, median 4.
  const arma::mat grid = {{0, 10, 1}, {3, 2, 8}, {5, 40, 4}};
  nn::grade::require_value("best_constant(3x3 target, your mean_squared_error)",
                           ch02::best_constant(grid, ch02::mean_squared_error), 73.0 / 9.0, {}, within);
  nn::grade::require_value("best_constant(3x3 target, your mean_absolute_error)",
                           ch02::best_constant(grid, ch02::mean_absolute_error), 4.0, {}, within);
  nn::grade::require_value("best_constant of a single target",
                           ch02::best_constant(arma::colvec{-3.5}, ch02::mean_squared_error), -3.5, {}, within);
  nn::grade::require_invalid_argument("an empty target",
                                      [] { ch02::best_constant(arma::mat(), ch02::mean_squared_error); });
}
