// Streaming metrics: what chapter 6 prints. Averaging per-batch values is not the epoch
// value; accumulating is, exactly.
//
// Every "sklearn:" comment is the Python that produced the expected value, run with
// scikit-learn 1.2.1 and numpy 1.24.2 (Debian 12's python3-sklearn), after
//   import numpy as np; from sklearn.metrics import *
// with warnings ignored (the zero-division cases warn).
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "label_counts.hpp"
#include "nn/core/random.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/metrics/regression.hpp"
#include "nn/metrics/streaming.hpp"

namespace m = nn::metrics;
using m::Average;
using nn::test::counts;
using nn::test::equal;

namespace {

// The rows [from, to) of a column vector or matrix: one minibatch.
arma::uvec rows(const arma::uvec& v, arma::uword from, arma::uword to) { return v.subvec(from, to - 1); }
arma::mat rows(const arma::mat& x, arma::uword from, arma::uword to) { return x.rows(from, to - 1); }

}  // namespace

TEST_CASE("streaming RMSE: the mean of batch RMSEs is not the epoch RMSE, the streaming one is", "[metrics][streaming]") {
  const arma::mat actual = arma::colvec{0, 0, 0, 0}, predicted = arma::colvec{0, 0, 2, 2};
  // Two equal batches: RMSE 0 and sqrt((4 + 4)/2) = 2, mean 1. Epoch: sqrt(8/4) = sqrt 2.
  // sklearn: [mean_squared_error([0,0],[0,0], squared=False), mean_squared_error([0,0],[2,2], squared=False)] == [0.0, 2.0]
  // sklearn: mean_squared_error([0,0,0,0],[0,0,2,2], squared=False) == 1.4142135623730951
  m::StreamingRootMeanSquaredError streaming;
  std::vector<double> batch_rmse;
  for (arma::uword from = 0; from < 4; from += 2) {
    streaming.update(rows(actual, from, from + 2), rows(predicted, from, from + 2));
    batch_rmse.push_back(m::root_mean_squared_error(rows(actual, from, from + 2), rows(predicted, from, from + 2)));
  }
  CHECK(batch_rmse == std::vector<double>{0.0, 2.0});
  CHECK((batch_rmse[0] + batch_rmse[1]) / 2 == 1.0);  // the mean of batch RMSEs: wrong
  CHECK(streaming.result() == std::sqrt(2.0));
  CHECK(streaming.result() == Approx(1.4142135623730951).epsilon(1e-15));
  CHECK(streaming.result() == m::root_mean_squared_error(actual, predicted));  // exactly

  streaming.reset();
  CHECK_THROWS_AS(streaming.result(), std::logic_error);
  streaming.update(arma::mat{{1.0, 2.0}}, arma::mat{{1.0, 2.0}});  // after reset() any width
  CHECK(streaming.result() == 0.0);
}

TEST_CASE("streaming RMSE equals the whole-data RMSE bit for bit on random batches", "[metrics][streaming]") {
  nn::Random random(6);
  const arma::mat actual = random.normal_matrix(103, 3, 1.0, 2.0);
  const arma::mat predicted = actual + random.normal_matrix(103, 3, 0.3, 0.5);
  m::StreamingRootMeanSquaredError streaming;
  double sum_of_batch_rmse = 0.0;
  arma::uword batches = 0;
  for (arma::uword from = 0; from < actual.n_rows; from += 16, ++batches) {  // 6 batches of 16, one of 7
    const arma::uword to = std::min<arma::uword>(from + 16, actual.n_rows);
    streaming.update(rows(actual, from, to), rows(predicted, from, to));
    sum_of_batch_rmse += m::root_mean_squared_error(rows(actual, from, to), rows(predicted, from, to));
  }
  const double whole = m::root_mean_squared_error(actual, predicted);
  CHECK(streaming.result() == whole);
  CHECK(sum_of_batch_rmse / static_cast<double>(batches) != Approx(whole).epsilon(1e-6));
  // With three outputs sklearn's RMSE (mean of column RMSEs) is not the pooled root of every element.
  CHECK(whole != Approx(std::sqrt(m::mean_squared_error(actual, predicted))).epsilon(1e-9));
  CHECK_THROWS_WITH(streaming.update(arma::mat(2, 2, arma::fill::zeros), arma::mat(2, 2, arma::fill::zeros)),
                    "StreamingRootMeanSquaredError::update: this batch is 2x2 but earlier batches had 3 columns");
}

TEST_CASE("streaming F1: the mean of batch F1s is not the epoch F1, the accumulated confusion matrix is", "[metrics][streaming]") {
  const arma::uvec actual = {0, 0, 1, 2, 1, 1, 2, 2}, predicted = {0, 1, 1, 2, 1, 0, 2, 1};
  // Batch 1 (0 0 1 2 vs 0 1 1 2): F1 per class 2/3, 2/3, 1 -> macro 7/9.
  // Batch 2 (1 1 2 2 vs 1 0 2 1): class 0 never true, predicted once -> 0; class 1 2/4; class 2 2/3 -> 7/18.
  // Mean of the two: 0.5833. Epoch: [[1 1 0] [1 2 0] [0 1 2]] -> F1 2/4, 4/7, 4/5 -> macro 0.6238.
  // sklearn: f1_score([0,0,1,2],[0,1,1,2], average='macro', labels=[0,1,2]) == 0.7777777777777777
  // sklearn: f1_score([1,1,2,2],[1,0,2,1], average='macro', labels=[0,1,2]) == 0.38888888888888884
  // sklearn: f1_score([0,0,1,2,1,1,2,2],[0,1,1,2,1,0,2,1], average='macro', labels=[0,1,2]) == 0.6238095238095239
  // sklearn: confusion_matrix([0,0,1,2,1,1,2,2],[0,1,1,2,1,0,2,1], labels=[0,1,2]).tolist() == [[1, 1, 0], [1, 2, 0], [0, 1, 2]]
  m::StreamingF1 streaming(3);
  m::StreamingConfusionMatrix confusion(3);
  const double batch1 = m::f1(rows(actual, 0, 4), rows(predicted, 0, 4), Average::macro, 3);
  const double batch2 = m::f1(rows(actual, 4, 8), rows(predicted, 4, 8), Average::macro, 3);
  CHECK(batch1 == Approx(0.7777777777777777).epsilon(1e-15));
  CHECK(batch2 == Approx(0.38888888888888884).epsilon(1e-15));
  for (arma::uword from = 0; from < 8; from += 4) {
    streaming.update(rows(actual, from, from + 4), rows(predicted, from, from + 4));
    confusion.update(rows(actual, from, from + 4), rows(predicted, from, from + 4));
  }
  CHECK((batch1 + batch2) / 2 == Approx(0.5833333333333333).epsilon(1e-15));  // the mean of batch F1s: wrong
  CHECK(streaming.result() == Approx(0.6238095238095239).epsilon(1e-15));
  CHECK(streaming.result() == m::f1(actual, predicted, Average::macro));  // exactly
  CHECK(equal(confusion.result(), counts({{1, 1, 0}, {1, 2, 0}, {0, 1, 2}})));
  CHECK(equal(streaming.confusion().result(), confusion.result()));
  CHECK(confusion.count() == 8u);

  // Other averages, from the same counts.
  // sklearn: f1_score([0,0,1,2,1,1,2,2],[0,1,1,2,1,0,2,1], average='weighted', labels=[0,1,2]) == 0.6392857142857143
  // sklearn: f1_score([0,0,1,2,1,1,2,2],[0,1,1,2,1,0,2,1], average='micro', labels=[0,1,2]) == 0.625
  m::StreamingF1 weighted(3, Average::weighted), micro(3, Average::micro);
  weighted.update(actual, predicted);
  micro.update(actual, predicted);
  CHECK(weighted.result() == Approx(0.6392857142857143).epsilon(1e-15));
  CHECK(micro.result() == Approx(0.625).epsilon(1e-15));

  streaming.reset();
  CHECK_THROWS_WITH(streaming.result(), Catch::Contains("StreamingF1::result: there is no result before the first update()"));
  CHECK_THROWS_WITH(confusion.update({0, 3}, {0, 0}), Catch::Contains("label 3 at position 2 is not below the number of classes, 3"));
}

TEST_CASE("streaming accuracy and mean: unequal batches bias the mean of batch values", "[metrics][streaming]") {
  // Batch 1: 2 of 2 correct; batch 2: 1 of 4. Mean of batch accuracies (1 + 0.25) / 2 = 0.625;
  // epoch 3 / 6 = 0.5.
  // sklearn: [accuracy_score([0,1],[0,1]), accuracy_score([1,0,1,0],[0,1,1,1])] == [1.0, 0.25]
  // sklearn: accuracy_score([0,1,1,0,1,0],[0,1,0,1,1,1]) == 0.5
  m::StreamingAccuracy accuracy;
  accuracy.update({0, 1}, {0, 1});
  accuracy.update({1, 0, 1, 0}, {0, 1, 1, 1});
  CHECK(accuracy.result() == 0.5);
  CHECK(accuracy.result() == m::accuracy({0, 1, 1, 0, 1, 0}, {0, 1, 0, 1, 1, 1}));
  CHECK(accuracy.count() == 6u);

  // Per-sample losses 1 1 | 4: batch means 1 and 4, their mean 2.5; the epoch mean is 6/3 = 2.
  m::StreamingMean per_sample, per_batch;
  per_sample.update(arma::mat{1.0, 1.0});
  per_sample.update(arma::mat(1, 1, arma::fill::value(4.0)));
  per_batch.update(1.0, 2.0);  // a batch mean with its batch size as the weight
  per_batch.update(4.0, 1.0);
  CHECK(per_sample.result() == 2.0);
  CHECK(per_batch.result() == 2.0);
  m::StreamingMean unweighted;
  unweighted.update(1.0);
  unweighted.update(4.0);
  CHECK(unweighted.result() == 2.5);  // what averaging batch means gives
}

TEST_CASE("streaming metrics have no result before an update and reject bad batches", "[metrics][streaming][errors]") {
  m::StreamingAccuracy accuracy;
  m::StreamingMean mean;
  m::StreamingRootMeanSquaredError rmse;
  m::StreamingConfusionMatrix confusion(2);
  m::StreamingF1 f1(2);
  // std::logic_error itself: not the std::invalid_argument (a subclass) of a bad argument.
  const auto is_state_error = [](auto&& call) {
    try {
      call();
    } catch (const std::invalid_argument&) {
      return false;
    } catch (const std::logic_error& error) {
      return std::string(error.what()).find("no result before the first update()") != std::string::npos;
    }
    return false;
  };
  CHECK(is_state_error([&] { return accuracy.result(); }));
  CHECK(is_state_error([&] { return mean.result(); }));
  CHECK(is_state_error([&] { return rmse.result(); }));
  CHECK(is_state_error([&] { return confusion.result(); }));
  CHECK(is_state_error([&] { return f1.result(); }));
  CHECK_THROWS_WITH(accuracy.result(), Catch::StartsWith("StreamingAccuracy::result"));

  accuracy.update({1}, {1});
  accuracy.reset();
  CHECK(accuracy.count() == 0u);
  CHECK(is_state_error([&] { return accuracy.result(); }));
  confusion.update({1}, {0});
  confusion.reset();
  CHECK(confusion.classes() == 2u);
  CHECK(is_state_error([&] { return confusion.result(); }));

  CHECK_THROWS_WITH(accuracy.update({0, 1}, {0}), Catch::Contains("actual has 2 labels but predicted has 1"));
  CHECK_THROWS_WITH(mean.update(arma::mat()), Catch::Contains("StreamingMean::update: values is empty"));
  CHECK_THROWS_WITH(mean.update(arma::mat(1, 1, arma::fill::value(arma::datum::inf))), Catch::Contains("inf"));
  CHECK_THROWS_WITH(mean.update(1.0, 0.0), Catch::Contains("weight is 0") && Catch::Contains("positive"));
  CHECK_THROWS_WITH(mean.update(arma::datum::nan, 1.0), Catch::Contains("value is nan"));
  CHECK_THROWS_WITH(rmse.update(arma::mat(2, 1, arma::fill::zeros), arma::mat(1, 2, arma::fill::zeros)),
                    Catch::Contains("StreamingRootMeanSquaredError::update: actual is 2x1 but predicted is 1x2"));
  CHECK_THROWS_WITH(m::StreamingConfusionMatrix(0), Catch::Contains("classes must be at least 1"));
  CHECK_THROWS_AS(m::StreamingF1(0), std::invalid_argument);
}
