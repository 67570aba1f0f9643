// Chapter 6's program: its two metric calculators, its narrative's flags and the CSV of its plot.
#include <algorithm>
#include <catch2/catch.hpp>

#include "chapter.hpp"

using nn::test::require_bad_input;
using nn::test::run_chapter;

TEST_CASE("shares the common flags", "[cli]") { nn::test::check_common_flags(); }

TEST_CASE("prints the confusion matrix and every classification metric", "[cli]") {
  // sklearn 1.2.1: classification_report([0, 1, 1, 2], [0, 1, 2, 2], digits=6) gives these per-class
  // rows, macro avg 0.833333 0.833333 0.777778 and weighted avg 0.875 0.75 0.75; micro is accuracy.
  const auto result = run_chapter({"labels", "--predicted", "0 1 2 2", "--actual", "0 1 1 2"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out ==
        "confusion matrix (rows: actual class, columns: predicted class)\n"
        "  actual\\predicted  0  1  2\n"
        "  0                 1  0  0\n"
        "  1                 0  1  1\n"
        "  2                 0  0  1\n"
        "class  precision  recall        F1  support\n"
        "0              1       1         1        1\n"
        "1              1     0.5  0.666667        2\n"
        "2            0.5       1  0.666667        1\n"
        "average   precision    recall        F1\n"
        "macro      0.833333  0.833333  0.777778\n"
        "micro          0.75      0.75      0.75\n"
        "weighted      0.875      0.75      0.75\n"
        "accuracy 0.75\n");

  SECTION("a column of labels is the same list") {
    CHECK(run_chapter({"labels", "--predicted", "0; 1; 2; 2", "--actual", "0, 1, 1, 2"}).out == result.out);
  }
}

TEST_CASE("names the 0/0 cases and counts them as 0, as sklearn's zero_division", "[cli]") {
  // sklearn: classification_report([0, 1, 1], [0, 0, 0]): precision 0.333333 and 0 (with an
  // UndefinedMetricWarning), recall 1 and 0, F1 0.5 and 0; macro 0.166667 0.5 0.25, weighted
  // 0.111111 0.333333 0.166667.
  auto result = run_chapter({"labels", "--predicted", "0 0 0", "--actual", "0 1 1"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("1              0       0    0        2\n") &&
                             Catch::Contains("macro      0.166667       0.5      0.25\n") &&
                             Catch::Contains("weighted   0.111111  0.333333  0.166667\n") &&
                             Catch::EndsWith("class 1 is never predicted: its precision is 0/0, counted as 0 "
                                             "(sklearn's zero_division)\n"));

  // sklearn: recall_score([0, 0], [0, 1], average=None) is [0.5, 0] (recall of class 1 is 0/0).
  result = run_chapter({"labels", "--predicted", "0 1", "--actual", "0 0", "--digits", "3"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("0              1     0.5  0.667        2\n") &&
                             Catch::EndsWith("class 1 has no actual samples: its recall is 0/0, counted as 0 "
                                             "(sklearn's zero_division)\n"));
}

TEST_CASE("prints the regression metrics", "[cli]") {
  // Chapter 2's candidate B: errors [0, 0, 0, 7]; MAE 7/4, MSE 49/4, RMSE 7/2, R^2 = 1 - 49/5.
  auto result = run_chapter({"regression", "--prediction", "0; 1; 2; 10", "--target", "0; 1; 2; 3"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out == "MAE   1.75\nMSE   12.25\nRMSE  3.5\nR^2   -8.8\n");

  // sklearn: r2_score([3, 3], [1, 2]) is 0.0 with force_finite=True (the formula gives -inf).
  result = run_chapter({"regression", "--prediction", "1; 2", "--target", "3; 3"});
  REQUIRE(result.exit_code == 0);
  CHECK(result.out ==
        "MAE   1.5\nMSE   2.5\nRMSE  1.58114\nR^2   0\n"
        "(target column 1 is constant: its R^2 is 1 if predicted exactly and 0 otherwise, as sklearn's "
        "force_finite)\n");

  // sklearn: r2_score([[1, 3], [1, 5]], [[1, 2], [2, 3]]) is -0.75, the mean of 0 and -1.5;
  // mean_squared_error(..., squared=False) is 1.1441228, the mean of the column RMSEs.
  result = run_chapter({"regression", "--prediction", "1 2; 2 3", "--target", "1 3; 1 5", "--digits", "8"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::StartsWith("MAE   1\nMSE   1.5\nRMSE  1.1441228\nR^2   -0.75\n"
                                           "(each is computed per column, then the columns are averaged)\n"));
}

TEST_CASE("a shorter training still prints every section", "[cli]") {
  const auto result = run_chapter({"--iterations", "300", "--learning-rate", "0.2"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("learning rate 0.2, 300 iterations") &&
                             Catch::Contains("5. Tracking the loss") && Catch::Contains("\n  299 "));
}

TEST_CASE("prints the CSV behind the book's plot", "[cli]") {
  const auto result = run_chapter({"plot-data", "tracking", "--iterations", "3"});
  REQUIRE(result.exit_code == 0);
  // The question's initial weights classify 43 of the 130 training flowers and 7 of the 20 test
  // flowers right; the chapter's expected output shows the same first row.
  CHECK_THAT(result.out, Catch::StartsWith("iteration,train_loss,test_loss,train_accuracy,test_accuracy,"
                                           "test_macro_f1\n0,1.18115109,1.04499466,0.330769231,0.35,"));
  CHECK(std::count(result.out.begin(), result.out.end(), '\n') == 4);
}

TEST_CASE("rejects bad flags and values with one clear line and status 2", "[cli]") {
  require_bad_input({"labels", "--predicted", "0 1.5", "--actual", "0 1"}, "--predicted");
  require_bad_input({"labels", "--predicted", "0 1", "--actual", "0 -1"}, "--actual");
  require_bad_input({"labels", "--predicted", "0 x", "--actual", "0 1"}, "--predicted");
  require_bad_input({"labels", "--predicted", "0 100", "--actual", "0 1"}, "0 to 99");
  require_bad_input({"labels", "--predicted", "0 1; 1 0", "--actual", "0 1 1 0"}, "one list");
  require_bad_input({"labels", "--predicted", "0 1 2", "--actual", "0 1"}, "one label per sample");
  require_bad_input({"labels", "--predicted", "", "--actual", "0 1"}, "empty");
  require_bad_input({"labels", "--predicted", "0 1"}, "--actual");
  require_bad_input({"labels", "--predicted", "0 1", "--actual", "0 1", "regression"}, "unexpected argument 'regression'");
  require_bad_input({"labels", "--actual", "0 1", "--predicted", "0 1", "--target", "0; 1"},
                    "--target has no effect in 'labels'; it belongs to 'regression'");
  require_bad_input({"labels", "--predicted", "0 1", "--actual", "0 1", "--iterations", "5"},
                    "--iterations has no effect in 'labels'; it belongs to the walk-through or 'plot-data'");
  require_bad_input({"regression", "--prediction", "1; 2", "--target", "1; 2; 3"}, "same shape");
  require_bad_input({"regression", "--prediction", "1 2", "--target", "1 3"}, "at least two");
  require_bad_input({"regression", "--prediction", "1; nan", "--target", "1; 3"}, "--prediction");
  require_bad_input({"regression", "--prediction", "1; 2"}, "--target");
  require_bad_input({"--prediction", "1; 2", "--target", "1; 3"}, "belongs to 'regression'");
  require_bad_input({"regression"}, "--prediction");
  require_bad_input({"--iterations", "0"}, "--iterations");
  require_bad_input({"--learning-rate", "-1"}, "--learning-rate");
  require_bad_input({"plot-data", "nothing"}, "figure");
}

TEST_CASE("every flag counts: it changes its mode's output, and other modes refuse it", "[cli]") {
  nn::test::check_every_flag_counts(
      {{"labels", {"--predicted", "0 1 2 2", "--actual", "0 1 1 2"}},
       {"regression", {"--prediction", "0.5; 1; 2; 10", "--target", "0; 1; 2; 3"}},
       {"plot-data", {"tracking"}}},
      {
          {"", {"--iterations", "300"}},
          {"", {"--learning-rate", "0.5"}},
          {"", {"--digits", "2"}},
          {"labels", {"--predicted", "0 1 2 2"}},
          {"labels", {"--actual", "0 1 1 2"}},
          {"labels", {"--digits", "2"}},
          {"labels", {"--classes", "4"}},
          {"regression", {"--prediction", "0.5; 1; 2; 10"}},
          {"regression", {"--target", "0; 1; 2; 3"}},
          {"regression", {"--digits", "2"}},
          {"plot-data", {"--iterations", "3"}},
          {"plot-data", {"--learning-rate", "0.5"}},
      });
}

TEST_CASE("the classes are the labels present, as scikit-learn's default; --classes fixes them", "[cli]") {
  auto result = run_chapter({"labels", "--predicted", "0 2 2", "--actual", "0 2 0"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("  actual\\predicted  0  2\n"));
  CHECK_THAT(result.out, Catch::Contains("macro          0.75      0.75  0.666667\n"));  // sklearn's f1_score: 2/3
  result = run_chapter({"labels", "--predicted", "0 2 2", "--actual", "0 2 0", "--classes", "3"});
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.out, Catch::Contains("macro           0.5       0.5  0.444444\n"));  // labels=range(3): 4/9
  CHECK_THAT(result.out, Catch::Contains("class 1 is never predicted"));
  require_bad_input({"labels", "--predicted", "0 2", "--actual", "0 2", "--classes", "2"}, "label 2 occurs");
}

TEST_CASE("regression metrics beyond the double range are reported, with nothing printed", "[cli][overflow]") {
  nn::test::require_failure({"regression", "--prediction", "1e200; 1", "--target", "-1e200; 2"},
                            "mean_squared_error: the metric");
  nn::test::require_failure({"regression", "--prediction", "1.7e308; 1", "--target", "-1.7e308; 2"},
                            "mean_absolute_error");
}

TEST_CASE("a diverging training stops with one line before printing anything", "[cli][divergence]") {
  nn::test::require_failure({"--learning-rate", "1e308"}, "training diverged at iteration 1: ");
  nn::test::require_failure({"plot-data", "tracking", "--learning-rate", "1e308"}, "try a smaller learning rate");
}

TEST_CASE("labels and numbers are read with the one decimal grammar", "[cli][bad-input]") {
  require_bad_input({"labels", "--predicted", "0,,1", "--actual", "0 1"}, "row 1, column 2 is empty");
  require_bad_input({"labels", "--predicted", "0x1", "--actual", "1"}, "'0x1' is not a number");
  require_bad_input({"labels", "--predicted", "1e308", "--actual", "1"}, "--predicted: '1e+308' (label 1) is not a class label");
  require_bad_input({"--iterations", "5e3"}, "--iterations: '5e3' is not written as a whole number");
}

TEST_CASE("the longest training the flags allow is bounded, and the bound is named", "[cli][bad-input]") {
  require_bad_input({"--iterations", "50001"}, "--iterations: '50001' is out of range: a whole number from 1 to 50000");
}
