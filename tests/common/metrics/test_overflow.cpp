// The regression metrics and the streaming means report overflow instead of inf or nan.
#include <catch2/catch.hpp>

#include "nn/core/failures.hpp"
#include "nn/metrics/regression.hpp"
#include "nn/metrics/streaming.hpp"

namespace {

const arma::mat actual = arma::colvec{-1e200, 2.0};
const arma::mat predicted = arma::colvec{1e200, 1.0};

}  // namespace

TEST_CASE("regression metrics beyond the double range throw nn::Overflow", "[metrics][errors]") {
  CHECK_THROWS_WITH(nn::metrics::mean_squared_error(actual, predicted),
                    Catch::StartsWith("mean_squared_error: the metric") &&
                        Catch::Contains("overflows the range of a double"));
  CHECK_THROWS_AS(nn::metrics::root_mean_squared_error(actual, predicted), nn::Overflow);
  CHECK_THROWS_AS(nn::metrics::r2_score(actual, predicted), nn::Overflow);  // inf / inf would be nan
  CHECK_THROWS_AS(nn::metrics::mean_absolute_error(arma::colvec{-1.7e308, 0.0}, arma::colvec{1.7e308, 0.0}),
                  nn::Overflow);
  CHECK(nn::metrics::mean_absolute_error(actual, predicted) == Approx(1e200));  // large but finite
}

TEST_CASE("streaming results beyond the double range throw nn::Overflow", "[metrics][errors]") {
  nn::metrics::StreamingRootMeanSquaredError rmse;
  rmse.update(actual, predicted);
  CHECK_THROWS_AS(rmse.result(), nn::Overflow);
  nn::metrics::StreamingMean mean;
  mean.update(1.7e308);
  mean.update(1.7e308);
  CHECK_THROWS_AS(mean.result(), nn::Overflow);
}
