// Every loss reports a value, term or gradient beyond the double range as nn::Overflow.
#include <catch2/catch.hpp>
#include <string>

#include "nn/core/failures.hpp"
#include "nn/losses/make_loss.hpp"
#include "nn/losses/mse.hpp"

TEST_CASE("a loss that overflows throws nn::Overflow naming the loss, never returns inf", "[loss][errors]") {
  const arma::mat prediction = arma::colvec{1e200, 1.0};
  const arma::mat target = arma::colvec{-1e200, 2.0};
  const nn::MeanSquaredError mse;
  CHECK_THROWS_WITH(mse.value(prediction, target),
                    "MeanSquaredError::value: the loss overflows the range of a double (about 1.8e+308)");
  CHECK_THROWS_WITH(nn::MeanSquaredError(nn::Reduction::none).terms(prediction, target),
                    Catch::StartsWith("MeanSquaredError::terms: the loss overflows") &&
                        Catch::EndsWith("at row 1, column 1"));
  // 2 * (1e308 - -1e308) overflows even where the loss of a smaller error would not.
  CHECK_THROWS_WITH(mse.gradient(arma::mat{1e308}, arma::mat{-1e308}),
                    Catch::StartsWith("MeanSquaredError::gradient: the gradient overflows"));
}

TEST_CASE("every regression loss overflows the same way on the largest errors", "[loss][errors]") {
  for (const std::string& name : nn::regression_loss_names()) {
    INFO(name);
    CHECK_THROWS_AS(nn::make_loss(name)->value(arma::mat{1.7e308, 0.0}, arma::mat{-1.7e308, 0.0}), nn::Overflow);
  }
}

TEST_CASE("a sum of finite terms that overflows is reported too", "[loss][errors]") {
  const arma::mat prediction(4, 1, arma::fill::value(1e154));
  const arma::mat target(4, 1, arma::fill::zeros);
  CHECK_NOTHROW(nn::MeanSquaredError(nn::Reduction::none).terms(prediction, target));  // each 1e308
  CHECK_THROWS_AS(nn::MeanSquaredError(nn::Reduction::sum).value(prediction, target), nn::Overflow);
}

TEST_CASE("a message names the largest doubles in short form", "[loss][errors]") {
  nn::LossOptions options;
  options.label_smoothing = 1.7976931348623157e308;
  CHECK_THROWS_WITH(nn::make_loss("ce", options),
                    "SoftmaxCrossEntropy: label_smoothing must lie in [0, 1], got 1.79769e+308");
}
