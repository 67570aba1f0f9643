/// \file
/// Regression metrics as scikit-learn defines them (chapter 6): the mean absolute error,
/// the mean squared error, its root, and \f$ R^2 \f$. Arguments come in sklearn's order,
/// `(y_true, y_pred)`, the reverse of the losses' `(prediction, target)`. One sample per row,
/// one output per column; with several columns
/// each metric is computed per column and the columns are averaged with equal weights
/// (sklearn's default `multioutput="uniform_average"`).
#pragma once

#include <armadillo>

namespace nn::metrics {

/// \f$ \mathrm{MAE} = \frac{1}{N}\sum_i |y_i - \hat y_i| \f$ per column, averaged over the columns
/// (sklearn's `mean_absolute_error`).
/// \throws std::invalid_argument when the shapes differ, either is empty, or a value is not finite;
///         nn::Overflow when the metric, or an error, square or sum on the way to it, is beyond the
///         range of a double (1e200 and -1e200 are finite, their squared difference is not).
double mean_absolute_error(const arma::mat& actual, const arma::mat& predicted);

/// \f$ \mathrm{MSE} = \frac{1}{N}\sum_i (y_i - \hat y_i)^2 \f$ per column, averaged over the columns
/// (sklearn's `mean_squared_error`). The same number as nn::MeanSquaredError with the mean
/// reduction, which averages every element at once.
/// \throws std::invalid_argument as mean_absolute_error() does.
double mean_squared_error(const arma::mat& actual, const arma::mat& predicted);

/// \f$ \mathrm{RMSE} = \sqrt{\mathrm{MSE}} \f$ per column, in the target's units, then averaged
/// over the columns (sklearn's `root_mean_squared_error`, formerly `mean_squared_error(...,
/// squared=False)`). With several columns this is the mean of the column RMSEs, not the root
/// of the overall MSE.
/// \throws std::invalid_argument as mean_absolute_error() does.
double root_mean_squared_error(const arma::mat& actual, const arma::mat& predicted);

/// The coefficient of determination per column, averaged over the columns (sklearn's
/// `r2_score` with its defaults `multioutput="uniform_average"`, `force_finite=True`):
/// \f[ R^2 = 1 - \frac{\sum_i (y_i - \hat y_i)^2}{\sum_i (y_i - \bar y)^2}. \f]
/// 1 is perfect, 0 is what predicting the column's mean scores, and it can be negative.
/// A constant column (denominator 0) would give NaN or \f$ -\infty \f$; as sklearn's
/// `force_finite=True` it scores 1 if its predictions are perfect and 0 otherwise.
/// \throws std::invalid_argument as mean_absolute_error() does, and when there are fewer than
///         two rows (sklearn returns NaN with an UndefinedMetricWarning: the mean of one
///         sample explains nothing).
double r2_score(const arma::mat& actual, const arma::mat& predicted);

}  // namespace nn::metrics
