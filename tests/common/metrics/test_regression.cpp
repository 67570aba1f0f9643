// The regression metrics against hand-worked arithmetic and against scikit-learn itself.
//
// Every "sklearn:" comment is the Python that produced the expected value, run with
// scikit-learn 1.2.1 and numpy 1.24.2 (Debian 12's python3-sklearn), after
//   import numpy as np; from sklearn.metrics import *
// with warnings ignored (the zero-division cases warn).
#include <catch2/catch.hpp>

#include "nn/losses/mse.hpp"
#include "nn/metrics/regression.hpp"

namespace m = nn::metrics;

TEST_CASE("MAE, MSE, RMSE and R^2 on sklearn's docstring example", "[metrics]") {
  const arma::mat actual = arma::colvec{3, -0.5, 2, 7}, predicted = arma::colvec{2.5, 0.0, 2, 8};
  // Errors 0.5 0.5 0 1: MAE = 2/4, MSE = (0.25 + 0.25 + 0 + 1)/4, RMSE = sqrt(0.375).
  // sklearn: mean_absolute_error([3,-0.5,2,7],[2.5,0.0,2,8]) == 0.5
  CHECK(m::mean_absolute_error(actual, predicted) == 0.5);
  // sklearn: mean_squared_error([3,-0.5,2,7],[2.5,0.0,2,8]) == 0.375
  CHECK(m::mean_squared_error(actual, predicted) == 0.375);
  // sklearn: mean_squared_error([3,-0.5,2,7],[2.5,0.0,2,8], squared=False) == 0.6123724356957945
  CHECK(m::root_mean_squared_error(actual, predicted) == Approx(0.6123724356957945).epsilon(1e-15));
  // Mean 2.875; total sum of squares 29.1875; R^2 = 1 - 1.5 / 29.1875.
  // sklearn: r2_score([3,-0.5,2,7],[2.5,0.0,2,8]) == 0.9486081370449679
  CHECK(m::r2_score(actual, predicted) == Approx(0.9486081370449679).epsilon(1e-15));
  // The metric and the loss are one number here (both average every element).
  CHECK(m::mean_squared_error(actual, predicted) == nn::MeanSquaredError().value(predicted, actual));
  // A row vector is one sample of four outputs, not four samples: shapes must match exactly.
  CHECK_THROWS_AS(m::mean_squared_error(actual, predicted.t()), std::invalid_argument);
}

TEST_CASE("multi-output metrics average the columns uniformly; RMSE is the mean of column RMSEs", "[metrics]") {
  const arma::mat actual = {{0.5, 1}, {-1, 1}, {7, -6}}, predicted = {{0, 2}, {-1, 2}, {8, -5}};
  // Column errors: 0.5 0 1 and 1 1 1.
  // sklearn: mean_absolute_error([[0.5,1],[-1,1],[7,-6]],[[0,2],[-1,2],[8,-5]], multioutput='raw_values').tolist() == [0.5, 1.0]
  // sklearn: mean_absolute_error([[0.5,1],[-1,1],[7,-6]],[[0,2],[-1,2],[8,-5]]) == 0.75
  CHECK(m::mean_absolute_error(actual, predicted) == 0.75);
  // sklearn: mean_squared_error([[0.5,1],[-1,1],[7,-6]],[[0,2],[-1,2],[8,-5]], multioutput='raw_values').tolist() == [0.4166666666666667, 1.0]
  // sklearn: mean_squared_error([[0.5,1],[-1,1],[7,-6]],[[0,2],[-1,2],[8,-5]]) == 0.7083333333333334
  CHECK(m::mean_squared_error(actual, predicted) == Approx(0.7083333333333334).epsilon(1e-15));
  // (sqrt(1.25/3) + sqrt(1)) / 2, not sqrt(0.70833) = 0.8416254115301732.
  // sklearn: mean_squared_error([[0.5,1],[-1,1],[7,-6]],[[0,2],[-1,2],[8,-5]], squared=False, multioutput='raw_values').tolist() == [0.6454972243679028, 1.0]
  // sklearn: mean_squared_error([[0.5,1],[-1,1],[7,-6]],[[0,2],[-1,2],[8,-5]], squared=False) == 0.8227486121839513
  // sklearn: np.sqrt(mean_squared_error([[0.5,1],[-1,1],[7,-6]],[[0,2],[-1,2],[8,-5]])) == 0.8416254115301732
  CHECK(m::root_mean_squared_error(actual, predicted) == Approx(0.8227486121839513).epsilon(1e-15));
  CHECK(m::root_mean_squared_error(actual, predicted) != Approx(0.8416254115301732));
  // sklearn: r2_score([[0.5,1],[-1,1],[7,-6]],[[0,2],[-1,2],[8,-5]], multioutput='raw_values').tolist() == [0.9654377880184332, 0.9081632653061225]
  // sklearn: r2_score([[0.5,1],[-1,1],[7,-6]],[[0,2],[-1,2],[8,-5]]) == 0.9368005266622779
  CHECK(m::r2_score(actual, predicted) == Approx(0.9368005266622779).epsilon(1e-15));
}

TEST_CASE("R^2 of a constant target: 1 if perfect, else 0 (sklearn's force_finite=True)", "[metrics]") {
  // Denominator sum (y - mean)^2 = 0. Perfect: 0/0 -> 1.
  // sklearn: r2_score([1,1,1],[1,1,1]) == 1.0
  CHECK(m::r2_score(arma::colvec{1, 1, 1}, arma::colvec{1, 1, 1}) == 1.0);
  // Imperfect: 1 - 1/0 = -inf -> 0.
  // sklearn: r2_score([1,1,1],[1,2,1]) == 0.0
  // sklearn: r2_score([1,1,1],[1,2,1], force_finite=False) == -inf
  CHECK(m::r2_score(arma::colvec{1, 1, 1}, arma::colvec{1, 2, 1}) == 0.0);
  // Per column: constant and perfect -> 1; 1 - 1/2 -> 0.5; mean 0.75.
  // sklearn: r2_score([[1,0],[1,2]],[[1,1],[1,2]]) == 0.75
  CHECK(m::r2_score(arma::mat{{1, 0}, {1, 2}}, arma::mat{{1, 1}, {1, 2}}) == 0.75);
  // Constant and imperfect -> 0; perfect -> 1; mean 0.5.
  // sklearn: r2_score([[1,0],[1,2],[1,4]],[[2,0],[1,2],[1,4]], multioutput='raw_values').tolist() == [0.0, 1.0]
  // sklearn: r2_score([[1,0],[1,2],[1,4]],[[2,0],[1,2],[1,4]]) == 0.5
  CHECK(m::r2_score(arma::mat{{1, 0}, {1, 2}, {1, 4}}, arma::mat{{2, 0}, {1, 2}, {1, 4}}) == 0.5);
  // Predicting the mean scores 0; doing worse than the mean goes negative: 1 - 8/2.
  // sklearn: r2_score([1,2,3],[2,2,2]) == 0.0
  CHECK(m::r2_score(arma::colvec{1, 2, 3}, arma::colvec{2, 2, 2}) == 0.0);
  // sklearn: r2_score([1,2,3],[3,2,1]) == -3.0
  CHECK(m::r2_score(arma::colvec{1, 2, 3}, arma::colvec{3, 2, 1}) == -3.0);
}

TEST_CASE("regression metrics reject empty, mismatched and non-finite input, naming the shapes", "[metrics][errors]") {
  CHECK_THROWS_WITH(m::mean_absolute_error(arma::mat(4, 1, arma::fill::zeros), arma::mat(1, 4, arma::fill::zeros)),
                    "mean_absolute_error: actual is 4x1 but predicted is 1x4; they must have the same shape");
  CHECK_THROWS_WITH(m::root_mean_squared_error(arma::mat(), arma::mat()),
                    Catch::Contains("root_mean_squared_error: actual is empty"));
  CHECK_THROWS_WITH(m::mean_squared_error(arma::mat(1, 1, arma::fill::ones), arma::mat(1, 1, arma::fill::value(arma::datum::nan))),
                    Catch::Contains("predicted") && Catch::Contains("nan"));
  // sklearn returns nan with an UndefinedMetricWarning for one sample.
  CHECK_THROWS_WITH(m::r2_score(arma::mat{{1.0, 2.0}}, arma::mat{{1.0, 2.0}}),
                    "r2_score: actual is 1x2; R^2 needs at least two samples (rows)");
}
