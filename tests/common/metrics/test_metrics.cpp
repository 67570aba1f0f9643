// The metrics against hand-worked arithmetic and against scikit-learn itself.
//
// Every "sklearn:" comment is the Python that produced the expected value, run with
// scikit-learn 1.2.1 and numpy 1.24.2 (Debian 12's python3-sklearn), after
//   import numpy as np; from sklearn.metrics import *
// with warnings ignored (the zero-division cases warn). Where a label is missing from both
// vectors the snippet passes labels=range(K), which is what nn::metrics does by default.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "nn/core/one_hot.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/losses/mse.hpp"
#include "nn/core/random.hpp"
#include "nn/metrics/regression.hpp"
#include "nn/metrics/streaming.hpp"

namespace m = nn::metrics;
using m::Average;

namespace {

bool equal(const arma::vec& a, const arma::vec& b) { return arma::approx_equal(a, b, "both", 1e-15, 1e-15); }
// A matrix of counts, built out of line: GCC 12 falsely reports free-nonheap-object when an
// arma::umat literal's destructor is inlined into a CHECK.
[[gnu::noinline]] arma::umat counts(std::initializer_list<std::initializer_list<arma::uword>> rows) {
  return arma::umat(rows);
}
bool equal(const arma::umat& a, const arma::umat& b) { return a.n_rows == b.n_rows && a.n_cols == b.n_cols && arma::all(arma::vectorise(a == b)); }

// sklearn's confusion_matrix docstring example: class 1 is never predicted.
const arma::uvec docs_actual = {2, 0, 2, 2, 0, 1};
const arma::uvec docs_predicted = {0, 0, 2, 2, 0, 2};

// The rows [from, to) of a column vector or matrix: one minibatch.
arma::uvec rows(const arma::uvec& v, arma::uword from, arma::uword to) { return v.subvec(from, to - 1); }
arma::mat rows(const arma::mat& x, arma::uword from, arma::uword to) { return x.rows(from, to - 1); }

}  // namespace

// ---------------------------------------------------------------------------------------------
// Classification

TEST_CASE("accuracy and the confusion matrix: rows are the true class, columns the predicted", "[metrics]") {
  // Correct at positions 2, 3, 4, 5: 4 of 6.
  // sklearn: accuracy_score([2,0,2,2,0,1],[0,0,2,2,0,2]) == 0.6666666666666666
  CHECK(m::accuracy(docs_actual, docs_predicted) == Approx(0.6666666666666666).epsilon(1e-15));
  // sklearn: confusion_matrix([2,0,2,2,0,1],[0,0,2,2,0,2]).tolist() == [[2, 0, 0], [0, 0, 1], [1, 0, 2]]
  CHECK(equal(m::confusion_matrix(docs_actual, docs_predicted), counts({{2, 0, 0}, {0, 0, 1}, {1, 0, 2}})));
  // The trace is the correct predictions, the total the samples.
  const arma::umat c = m::confusion_matrix(docs_actual, docs_predicted);
  CHECK(arma::accu(c.diag()) == 4u);
  CHECK(arma::accu(c) == 6u);
  // A larger class count adds empty rows and columns.
  CHECK(equal(m::confusion_matrix({0, 1}, {1, 1}, 4),
              counts({{0, 1, 0, 0}, {0, 1, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 0}})));
}

TEST_CASE("a class never predicted has precision 0, as sklearn's zero_division default", "[metrics]") {
  // Columns sum to 3 0 3, rows to 2 1 3, diagonal 2 0 2.
  // precision = 2/3, 0/0 -> 0, 2/3; recall = 2/2, 0/1, 2/3; F1 = 2TP/(2TP+FP+FN) = 4/5, 0/1, 4/6.
  // sklearn: precision_score([2,0,2,2,0,1],[0,0,2,2,0,2], average=None).tolist() == [0.6666666666666666, 0.0, 0.6666666666666666]
  CHECK(equal(m::precision(docs_actual, docs_predicted), {2.0 / 3, 0.0, 2.0 / 3}));
  // sklearn: recall_score([2,0,2,2,0,1],[0,0,2,2,0,2], average=None).tolist() == [1.0, 0.0, 0.6666666666666666]
  CHECK(equal(m::recall(docs_actual, docs_predicted), {1.0, 0.0, 2.0 / 3}));
  // sklearn: f1_score([2,0,2,2,0,1],[0,0,2,2,0,2], average=None).tolist() == [0.8, 0.0, 0.6666666666666666]
  CHECK(equal(m::f1(docs_actual, docs_predicted), {0.8, 0.0, 2.0 / 3}));

  // macro: the plain mean over the 3 classes; micro: pooled counts, 4/6 for all three;
  // weighted: supports 2 1 3, so (2 a + 1 b + 3 c) / 6.
  // sklearn: precision_score([2,0,2,2,0,1],[0,0,2,2,0,2], average='macro') == 0.4444444444444444
  CHECK(m::precision(docs_actual, docs_predicted, Average::macro) == Approx(0.4444444444444444).epsilon(1e-15));
  // sklearn: precision_score([2,0,2,2,0,1],[0,0,2,2,0,2], average='micro') == 0.6666666666666666
  CHECK(m::precision(docs_actual, docs_predicted, Average::micro) == Approx(0.6666666666666666).epsilon(1e-15));
  // sklearn: precision_score([2,0,2,2,0,1],[0,0,2,2,0,2], average='weighted') == 0.5555555555555555
  CHECK(m::precision(docs_actual, docs_predicted, Average::weighted) == Approx(0.5555555555555555).epsilon(1e-15));
  // sklearn: recall_score([2,0,2,2,0,1],[0,0,2,2,0,2], average='macro') == 0.5555555555555555
  CHECK(m::recall(docs_actual, docs_predicted, Average::macro) == Approx(0.5555555555555555).epsilon(1e-15));
  // sklearn: recall_score([2,0,2,2,0,1],[0,0,2,2,0,2], average='micro') == 0.6666666666666666
  CHECK(m::recall(docs_actual, docs_predicted, Average::micro) == Approx(0.6666666666666666).epsilon(1e-15));
  // sklearn: recall_score([2,0,2,2,0,1],[0,0,2,2,0,2], average='weighted') == 0.6666666666666666
  CHECK(m::recall(docs_actual, docs_predicted, Average::weighted) == Approx(0.6666666666666666).epsilon(1e-15));
  // sklearn: f1_score([2,0,2,2,0,1],[0,0,2,2,0,2], average='macro') == 0.48888888888888893
  CHECK(m::f1(docs_actual, docs_predicted, Average::macro) == Approx(0.48888888888888893).epsilon(1e-15));
  // sklearn: f1_score([2,0,2,2,0,1],[0,0,2,2,0,2], average='micro') == 0.6666666666666666
  CHECK(m::f1(docs_actual, docs_predicted, Average::micro) == Approx(0.6666666666666666).epsilon(1e-15));
  // sklearn: f1_score([2,0,2,2,0,1],[0,0,2,2,0,2], average='weighted') == 0.6
  CHECK(m::f1(docs_actual, docs_predicted, Average::weighted) == Approx(0.6).epsilon(1e-15));
}

TEST_CASE("a class absent from actual has recall 0 and still counts in the macro average", "[metrics]") {
  const arma::uvec actual = {0, 0, 1, 1}, predicted = {0, 2, 1, 1};
  // Class 2: predicted once, wrongly, never true: precision 0/1, recall 0/0 -> 0, F1 0/1.
  // sklearn: confusion_matrix([0,0,1,1],[0,2,1,1], labels=[0,1,2]).tolist() == [[1, 0, 1], [0, 2, 0], [0, 0, 0]]
  CHECK(equal(m::confusion_matrix(actual, predicted), counts({{1, 0, 1}, {0, 2, 0}, {0, 0, 0}})));
  // sklearn: precision_score([0,0,1,1],[0,2,1,1], average=None).tolist() == [1.0, 1.0, 0.0]
  CHECK(equal(m::precision(actual, predicted), {1.0, 1.0, 0.0}));
  // sklearn: recall_score([0,0,1,1],[0,2,1,1], average=None).tolist() == [0.5, 1.0, 0.0]
  CHECK(equal(m::recall(actual, predicted), {0.5, 1.0, 0.0}));
  // sklearn: f1_score([0,0,1,1],[0,2,1,1], average=None).tolist() == [0.6666666666666666, 1.0, 0.0]
  CHECK(equal(m::f1(actual, predicted), {2.0 / 3, 1.0, 0.0}));
  // sklearn: recall_score([0,0,1,1],[0,2,1,1], average='macro') == 0.5
  CHECK(m::recall(actual, predicted, Average::macro) == Approx(0.5).epsilon(1e-15));
  // Weighted by support 2 2 0: class 2 weighs nothing. (1*2 + 1*2 + 0*0) / 4.
  // sklearn: precision_score([0,0,1,1],[0,2,1,1], average='weighted') == 1.0
  CHECK(m::precision(actual, predicted, Average::weighted) == Approx(1.0).epsilon(1e-15));
  // sklearn: precision_score([0,0,1,1],[0,2,1,1], average='macro') == 0.6666666666666666
  CHECK(m::precision(actual, predicted, Average::macro) == Approx(0.6666666666666666).epsilon(1e-15));
  // sklearn: f1_score([0,0,1,1],[0,2,1,1], average='macro') == 0.5555555555555555
  CHECK(m::f1(actual, predicted, Average::macro) == Approx(0.5555555555555555).epsilon(1e-15));
  // sklearn: f1_score([0,0,1,1],[0,2,1,1], average='weighted') == 0.8333333333333333
  CHECK(m::f1(actual, predicted, Average::weighted) == Approx(0.8333333333333333).epsilon(1e-15));
  // sklearn: f1_score([0,0,1,1],[0,2,1,1], average='micro') == 0.75
  CHECK(m::f1(actual, predicted, Average::micro) == Approx(0.75).epsilon(1e-15));
  // Classes 1 and 2 swapped once. Class 0: TP 1 FP 0 FN 0 -> 1; class 1: TP 0 FP 1 FN 1 -> 0; class 2: TP 1 FP 1 FN 1 -> 2/4.
  // Macro = (1 + 0 + 0.5) / 3 = 0.5.
  // sklearn: f1_score([0,1,2,2],[0,2,2,1], average='macro') == 0.5
  CHECK(m::f1({0, 1, 2, 2}, {0, 2, 2, 1}, Average::macro) == Approx(0.5).epsilon(1e-15));
}

TEST_CASE("single class and perfect predictions score 1", "[metrics]") {
  // sklearn: confusion_matrix([0,0,0],[0,0,0]).tolist() == [[3]]
  CHECK(equal(m::confusion_matrix({0, 0, 0}, {0, 0, 0}), arma::umat(1, 1, arma::fill::value(3))));
  // sklearn: precision_score([0,0,0],[0,0,0], average=None).tolist() == [1.0]
  CHECK(equal(m::precision({0, 0, 0}, {0, 0, 0}), arma::vec{1.0}));
  // sklearn: f1_score([0,0,0],[0,0,0], average='macro') == 1.0
  CHECK(m::f1({0, 0, 0}, {0, 0, 0}, Average::macro) == 1.0);
  CHECK(m::accuracy({0, 0, 0}, {0, 0, 0}) == 1.0);
  // sklearn: f1_score([0,1,2,1],[0,1,2,1], average=None).tolist() == [1.0, 1.0, 1.0]
  CHECK(equal(m::f1({0, 1, 2, 1}, {0, 1, 2, 1}), {1.0, 1.0, 1.0}));
  for (const Average average : {Average::macro, Average::micro, Average::weighted}) {
    INFO(m::to_string(average));
    // sklearn: f1_score([0,1,2,1],[0,1,2,1], average='macro') == 1.0
    CHECK(m::f1({0, 1, 2, 1}, {0, 1, 2, 1}, average) == 1.0);
    CHECK(m::precision({0, 1, 2, 1}, {0, 1, 2, 1}, average) == 1.0);
    CHECK(m::recall({0, 1, 2, 1}, {0, 1, 2, 1}, average) == 1.0);
  }
}

TEST_CASE("every class index below K counts: sklearn's labels=range(K), not its default labels=None", "[metrics]") {
  // Only class 1 occurs, so by default K = 2 and class 0, absent from both, scores 0/0 -> 0.
  // sklearn: f1_score([1,1],[1,1], average=None, labels=[0,1]).tolist() == [0.0, 1.0]
  CHECK(equal(m::f1({1, 1}, {1, 1}), {0.0, 1.0}));
  // sklearn: f1_score([1,1],[1,1], average='macro', labels=[0,1]) == 0.5
  CHECK(m::f1({1, 1}, {1, 1}, Average::macro) == 0.5);
  // sklearn's default labels=None keeps only class 1 and gets 1.0: the one place the two differ.
  // sklearn: f1_score([1,1],[1,1], average='macro') == 1.0
  // Where class 0 weighs nothing (support 0, or pooled counts) they agree:
  CHECK(m::f1({1, 1}, {1, 1}, Average::weighted) == 1.0);
  CHECK(m::f1({1, 1}, {1, 1}, Average::micro) == 1.0);
  // sklearn: accuracy_score([1,1],[1,1]) == 1.0
  CHECK(m::accuracy({1, 1}, {1, 1}) == 1.0);
  // An explicit class count larger than the labels adds classes that score 0 in the macro mean.
  CHECK(m::f1({0, 1}, {0, 1}, Average::macro, 4) == 0.5);
}

TEST_CASE("the metrics of a confusion matrix equal those of the labels it counts", "[metrics]") {
  const arma::umat confusion = m::confusion_matrix(docs_actual, docs_predicted);
  CHECK(equal(m::precision(confusion), m::precision(docs_actual, docs_predicted)));
  CHECK(equal(m::recall(confusion), m::recall(docs_actual, docs_predicted)));
  CHECK(equal(m::f1(confusion), m::f1(docs_actual, docs_predicted)));
  for (const Average average : {Average::macro, Average::micro, Average::weighted}) {
    INFO(m::to_string(average));
    CHECK(m::f1(confusion, average) == m::f1(docs_actual, docs_predicted, average));
    CHECK(m::precision(confusion, average) == m::precision(docs_actual, docs_predicted, average));
    CHECK(m::recall(confusion, average) == m::recall(docs_actual, docs_predicted, average));
    CHECK(m::parse_average(m::to_string(average)) == average);
  }
  // Micro precision, micro recall, micro F1 and weighted recall are all accuracy for single-label data.
  CHECK(m::precision(confusion, Average::micro) == Approx(m::accuracy(docs_actual, docs_predicted)));
  CHECK(m::recall(confusion, Average::weighted) == Approx(m::accuracy(docs_actual, docs_predicted)));
}

TEST_CASE("classification_report holds what sklearn's prints", "[metrics]") {
  // sklearn: classification_report([2,0,2,2,0,1],[0,0,2,2,0,2], output_dict=True) ==
  //   {'0': {'precision': 0.6666666666666666, 'recall': 1.0, 'f1-score': 0.8, 'support': 2},
  //    '1': {'precision': 0.0, 'recall': 0.0, 'f1-score': 0.0, 'support': 1},
  //    '2': {'precision': 0.6666666666666666, 'recall': 0.6666666666666666, 'f1-score': 0.6666666666666666, 'support': 3},
  //    'accuracy': 0.6666666666666666,
  //    'macro avg': {'precision': 0.4444444444444444, 'recall': 0.5555555555555555, 'f1-score': 0.48888888888888893, 'support': 6},
  //    'weighted avg': {'precision': 0.5555555555555555, 'recall': 0.6666666666666666, 'f1-score': 0.6, 'support': 6}}
  const m::ClassificationReport report = m::classification_report(docs_actual, docs_predicted);
  CHECK(equal(report.confusion, counts({{2, 0, 0}, {0, 0, 1}, {1, 0, 2}})));
  CHECK(equal(report.precision, {2.0 / 3, 0.0, 2.0 / 3}));
  CHECK(equal(report.recall, {1.0, 0.0, 2.0 / 3}));
  CHECK(equal(report.f1, {0.8, 0.0, 2.0 / 3}));
  CHECK(equal(arma::umat(report.support), arma::umat(arma::uvec{2, 1, 3})));
  CHECK(report.accuracy == Approx(0.6666666666666666).epsilon(1e-15));
  CHECK(report.macro_precision == Approx(0.4444444444444444).epsilon(1e-15));
  CHECK(report.macro_recall == Approx(0.5555555555555555).epsilon(1e-15));
  CHECK(report.macro_f1 == Approx(0.48888888888888893).epsilon(1e-15));
  CHECK(report.weighted_precision == Approx(0.5555555555555555).epsilon(1e-15));
  CHECK(report.weighted_recall == Approx(0.6666666666666666).epsilon(1e-15));
  CHECK(report.weighted_f1 == Approx(0.6).epsilon(1e-15));
}

TEST_CASE("log_loss is the mean of -log p(true class), clipped at machine epsilon", "[metrics]") {
  // -(log .9 + log .9 + log .8 + log .65) / 4 = (0.10536 + 0.10536 + 0.22314 + 0.43078) / 4.
  // sklearn: log_loss([1,0,0,1], [[.1,.9],[.9,.1],[.8,.2],[.35,.65]]) == 0.21616187468057912
  CHECK(m::log_loss({1, 0, 0, 1}, {{.1, .9}, {.9, .1}, {.8, .2}, {.35, .65}}) == Approx(0.21616187468057912).epsilon(1e-14));
  // -(log .2 + log .2 + log .3) / 3.
  // sklearn: log_loss([0,1,2], [[.2,.7,.1],[.6,.2,.2],[.6,.1,.3]]) == 1.4742828763980456
  CHECK(m::log_loss({0, 1, 2}, {{.2, .7, .1}, {.6, .2, .2}, {.6, .1, .3}}) == Approx(1.4742828763980456).epsilon(1e-14));
  // Probability 0 on the true class is clipped to eps = 2^-52: -log eps = 52 log 2 each, not infinity.
  // sklearn: log_loss([0,1], [[0.,1.],[1.,0.]]) == 36.04365338911715
  // sklearn: -np.log(np.finfo(np.float64).eps) == 36.04365338911715
  CHECK(m::log_loss({0, 1}, {{0.0, 1.0}, {1.0, 0.0}}) == Approx(36.04365338911715).epsilon(1e-15));
  CHECK(m::log_loss({0, 1}, {{0.0, 1.0}, {1.0, 0.0}}) == Approx(52.0 * std::log(2.0)).epsilon(1e-15));
  // Perfect and certain: 1 is clipped to 1 - eps, so the loss is -log(1 - eps) ~ eps, not 0.
  // sklearn: log_loss([0,1], [[1.,0.],[0.,1.]]) == 2.2204460492503136e-16
  CHECK(m::log_loss({0, 1}, {{1.0, 0.0}, {0.0, 1.0}}) == Approx(2.2204460492503136e-16).epsilon(1e-6));
  // Only one class occurs in actual: fine, the columns say there are two.
  // sklearn: log_loss([0,0], [[.6,.4],[.9,.1]], labels=[0,1]) == 0.30809306971190853
  CHECK(m::log_loss({0, 0}, {{.6, .4}, {.9, .1}}) == Approx(0.30809306971190853).epsilon(1e-14));
}

TEST_CASE("predicted_classes is the argmax of each row, ties to the first", "[metrics]") {
  // sklearn: np.argmax([[1,3,3],[2,2,0],[-1,-1,-1],[0,0,5]], axis=1).tolist() == [1, 0, 0, 2]
  const arma::uvec classes = m::predicted_classes({{1, 3, 3}, {2, 2, 0}, {-1, -1, -1}, {0, 0, 5}});
  CHECK(equal(arma::umat(classes), arma::umat(arma::uvec{1, 0, 0, 2})));
  CHECK(m::predicted_classes(arma::mat{{0.2, 0.8}})(0) == 1u);
  CHECK(m::predicted_classes(arma::mat(3, 1, arma::fill::value(7.0))).max() == 0u);  // one column: class 0
}

TEST_CASE("accuracy of scores against a one-hot target: the truth first, as sklearn", "[metrics]") {
  const arma::uvec actual = nn::class_labels(arma::mat{{0, 1}, {0, 1}});
  CHECK(m::accuracy(actual, m::predicted_classes(arma::mat{{0.1, 0.9}, {0.8, 0.2}})) == 0.5);
}

TEST_CASE("classification metrics reject empty, mismatched and out-of-range input", "[metrics][errors]") {
  CHECK_THROWS_WITH(m::accuracy({0, 1, 2}, {0, 1}),
                    "accuracy: actual has 3 labels but predicted has 2; they must have one label per sample");
  CHECK_THROWS_WITH(m::accuracy(arma::uvec(), arma::uvec()), Catch::Contains("accuracy: actual is empty"));
  CHECK_THROWS_WITH(m::f1({0, 1}, arma::uvec(), Average::macro), Catch::Contains("f1: predicted is empty"));
  CHECK_THROWS_WITH(m::confusion_matrix({0, 3}, {0, 1}, 3),
                    "confusion_matrix: actual label 3 at position 2 is not below the number of classes, 3");
  CHECK_THROWS_WITH(m::precision({0, 1}, {0, 5}, 2), Catch::Contains("predicted label 5 at position 2"));
  CHECK_THROWS_WITH(m::recall({0}, {0}, 0), Catch::Contains("classes must be at least 1"));
  CHECK_THROWS_WITH(m::f1(arma::umat(2, 3, arma::fill::ones)), Catch::Contains("f1: the confusion matrix is 2x3"));
  CHECK_THROWS_WITH(m::precision(arma::umat(2, 2, arma::fill::zeros), Average::macro),
                    Catch::Contains("counts no samples"));
  CHECK_THROWS_WITH(m::parse_average("samples"),
                    "parse_average: unknown average 'samples'; choose one of macro, micro, weighted");
  CHECK_THROWS_WITH(m::predicted_classes(arma::mat()), Catch::Contains("predicted_classes: scores is empty"));
  CHECK_THROWS_WITH(m::predicted_classes(arma::mat{{1.0, arma::datum::nan}}), Catch::Contains("nan"));
}

TEST_CASE("log_loss rejects what is not a probability distribution per row", "[metrics][errors]") {
  CHECK_THROWS_WITH(m::log_loss({0, 1}, {{0.5, 0.5}}),
                    "log_loss: actual has 2 labels but probabilities is 1x2; it needs one row per label");
  CHECK_THROWS_WITH(m::log_loss({0, 0}, arma::mat(2, 1, arma::fill::ones)), Catch::Contains("at least 2 classes"));
  CHECK_THROWS_WITH(m::log_loss({0, 2}, {{0.5, 0.5}, {0.5, 0.5}}),
                    Catch::Contains("actual label 2 at position 2 is not below the number of classes, 2"));
  // sklearn 1.2 renormalizes such a row and sklearn >= 1.5 only warns; here it is an error.
  CHECK_THROWS_WITH(m::log_loss({1}, {{0.2, 0.3}}),
                    Catch::Contains("row 1 of probabilities (1x2) is not a probability distribution") &&
                        Catch::Contains("sum to 0.5"));
  CHECK_THROWS_WITH(m::log_loss({0}, {{1.5, -0.5}}), Catch::Contains("not a probability distribution"));
  CHECK_THROWS_WITH(m::log_loss({0}, {{arma::datum::inf, 0.0}}), Catch::Contains("inf"));
  CHECK_THROWS_WITH(m::log_loss(arma::uvec(), arma::mat()), Catch::Contains("log_loss: actual is empty"));
  // Rounding is tolerated: .2 + .7 + .1 is 0.9999999999999999 in double.
  CHECK_NOTHROW(m::log_loss({0}, {{.2, .7, .1}}));
}

// ---------------------------------------------------------------------------------------------
// Regression

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

// ---------------------------------------------------------------------------------------------
// Streaming: what the chapter prints. Averaging per-batch values is not the epoch value;
// accumulating is, exactly.

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
