// The classification metrics against hand-worked arithmetic and against scikit-learn itself.
//
// Every "sklearn:" comment is the Python that produced the expected value, run with
// scikit-learn 1.2.1 and numpy 1.24.2 (Debian 12's python3-sklearn), after
//   import numpy as np; from sklearn.metrics import *
// with warnings ignored (the zero-division cases warn). Where a label is missing from both
// vectors the snippet passes labels=range(K), which is what nn::metrics does by default.
#include <catch2/catch.hpp>

#include "label_counts.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/metrics/classification.hpp"

namespace m = nn::metrics;
using m::Average;
using nn::test::counts;
using nn::test::equal;

namespace {

bool equal(const arma::vec& a, const arma::vec& b) { return arma::approx_equal(a, b, "both", 1e-15, 1e-15); }

// sklearn's confusion_matrix docstring example: class 1 is never predicted.
const arma::uvec docs_actual = {2, 0, 2, 2, 0, 1};
const arma::uvec docs_predicted = {0, 0, 2, 2, 0, 2};

}  // namespace

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

TEST_CASE("absent classes count only when asked for: sklearn's labels=None by default, labels=range(K) on request",
          "[metrics]") {
  // Only class 1 occurs. By default only it counts, as sklearn's labels=None:
  // sklearn: f1_score([1,1],[1,1], average=None).tolist() == [1.0]; average='macro' == 1.0
  CHECK(equal(m::f1({1, 1}, {1, 1}), {1.0}));
  CHECK(m::f1({1, 1}, {1, 1}, Average::macro) == 1.0);
  // With classes = 2, class 0 scores 0/0 -> 0 and halves the macro mean:
  // sklearn: f1_score([1,1],[1,1], average=None, labels=[0,1]).tolist() == [0.0, 1.0]; macro == 0.5
  CHECK(equal(m::f1({1, 1}, {1, 1}, 2), {0.0, 1.0}));
  CHECK(m::f1({1, 1}, {1, 1}, Average::macro, 2) == 0.5);
  // Where class 0 weighs nothing (support 0, or pooled counts) the two agree:
  CHECK(m::f1({1, 1}, {1, 1}, Average::weighted, 2) == 1.0);
  CHECK(m::f1({1, 1}, {1, 1}, Average::micro, 2) == 1.0);
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

TEST_CASE("by default the classes are the labels present in either vector, as sklearn's labels=None", "[metrics]") {
  const arma::uvec actual = {0, 2, 0}, predicted = {0, 2, 2};
  CHECK(arma::all(m::present_labels(actual, predicted) == arma::uvec{0, 2}));
  // sklearn: confusion_matrix([0,2,0],[0,2,2]).tolist() == [[1, 1], [0, 1]]
  CHECK(equal(m::confusion_matrix(actual, predicted), counts({{1, 1}, {0, 1}})));
  // sklearn: f1_score([0,2,0],[0,2,2],average='macro') == 2/3; with labels=[0,1,2] it is 4/9
  CHECK(m::f1(actual, predicted, m::Average::macro) == Approx(2.0 / 3.0).epsilon(1e-12));
  CHECK(m::f1(actual, predicted, m::Average::macro, 3) == Approx(4.0 / 9.0).epsilon(1e-12));
  // sklearn: precision_score(..., average='weighted') == (1 * 2 + 0.5 * 1) / 3
  CHECK(m::precision(actual, predicted, m::Average::weighted) == Approx(2.5 / 3.0).epsilon(1e-12));
  const m::ClassificationReport report = m::classification_report(actual, predicted);
  CHECK(arma::all(report.labels == arma::uvec{0, 2}));
  CHECK(arma::all(m::classification_report(actual, predicted, 3).labels == arma::uvec{0, 1, 2}));
}
