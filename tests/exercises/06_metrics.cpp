// Grading the chapter 6 exercises against scikit-learn's values (computed with scikit-learn
// 1.2.1; the Python beside each value reproduces it) and against properties of the metrics.
#include <catch2/catch.hpp>
#include <functional>
#include <stdexcept>
#include <string>

#include "exercises.hpp"
#include "grading.hpp"
#include "nn/core/left_out.hpp"
#include "nn/tutorial/homework.hpp"

namespace {

// 24 labels of 5 classes, every class both right and wrong somewhere.
const arma::uvec actual24 = {3, 0, 4, 1, 1, 2, 0, 3, 3, 4, 2, 1, 0, 0, 2, 4, 3, 1, 2, 2, 0, 4, 1, 3};
const arma::uvec predicted24 = {3, 0, 1, 1, 2, 2, 0, 4, 3, 4, 2, 0, 0, 1, 2, 4, 1, 1, 3, 2, 0, 4, 1, 0};

// Ten values and their predictions, for R^2 over batches of 4, 3 and 3.
const arma::vec actual10 = {3, -0.5, 2, 7, 4.5, 1, -2, 6, 0.5, 2.5};
const arma::vec predicted10 = {2.5, 0, 2, 8, 4, 1.5, -1, 5, 1, 3};

// `call` must throw std::logic_error itself, not std::invalid_argument: there is no value yet.
// A stub's "not done yet" (or a library answer left out) is passed on, so the grader says so.
void require_no_value_yet(const std::string& what, const std::function<void()>& call) {
  try {
    call();
  } catch (const nn::ExerciseNotDone&) {
    throw;
  } catch (const nn::AnswerLeftOut&) {
    throw;
  } catch (const std::invalid_argument&) {
    FAIL_CHECK(what + ": expected std::logic_error (no value yet), got std::invalid_argument (bad input)");
    return;
  } catch (const std::logic_error&) {
    SUCCEED(what);
    return;
  }
  FAIL_CHECK(what + ": expected std::logic_error (no value yet), and nothing was thrown");
}

}  // namespace

TEST_CASE("Exercise 6.1: confusion_matrix", "[exercise]") {
  // confusion_matrix([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2]) -> [[2, 0, 0], [0, 0, 1], [1, 0, 2]]:
  // rows are the actual class, columns the predicted one
  nn::grade::require_counts("confusion_matrix({2, 0, 2, 2, 0, 1}, {0, 0, 2, 2, 0, 2}, 3)",
                            ch06::confusion_matrix({2, 0, 2, 2, 0, 1}, {0, 0, 2, 2, 0, 2}, 3),
                            {{2, 0, 0}, {0, 0, 1}, {1, 0, 2}});
  // A class that never occurs still gets its row and column:
  // confusion_matrix([0, 1, 1, 2], [0, 1, 2, 2], labels=[0, 1, 2, 3])
  nn::grade::require_counts("confusion_matrix({0, 1, 1, 2}, {0, 1, 2, 2}, 4)",
                            ch06::confusion_matrix({0, 1, 1, 2}, {0, 1, 2, 2}, 4),
                            {{1, 0, 0, 0}, {0, 1, 1, 0}, {0, 0, 1, 0}, {0, 0, 0, 0}});
  // confusion_matrix(actual24, predicted24, labels=range(5)); its first sample is class 3
  nn::grade::require_counts("confusion_matrix of 24 labels of 5 classes",
                            ch06::confusion_matrix(actual24, predicted24, 5),
                            {{4, 1, 0, 0, 0}, {1, 3, 1, 0, 0}, {0, 0, 4, 1, 0}, {1, 1, 0, 2, 1}, {0, 1, 0, 0, 3}});
  nn::grade::require_invalid_argument("lengths 2 and 1", [] { ch06::confusion_matrix({0, 1}, {0}, 2); });
  nn::grade::require_invalid_argument("empty vectors", [] { ch06::confusion_matrix({}, {}, 2); });
  nn::grade::require_invalid_argument("actual label 2 of 2 classes", [] { ch06::confusion_matrix({0, 2}, {0, 1}, 2); });
  nn::grade::require_invalid_argument("predicted label 3 of 2 classes",
                                      [] { ch06::confusion_matrix({0, 1}, {0, 3}, 2); });
}

TEST_CASE("Exercise 6.2: macro_f1", "[exercise]") {
  // f1_score([0, 1, 1, 2], [0, 1, 2, 2], average="macro") -> 0.7777777777777777 = (1 + 2/3 + 2/3) / 3
  nn::grade::require_value("macro_f1({0, 1, 1, 2}, {0, 1, 2, 2}, 3)", ch06::macro_f1({0, 1, 1, 2}, {0, 1, 2, 2}, 3),
                           0.7777777777777777);
  // f1_score([2, 0, 2, 2, 0, 1], [0, 0, 2, 2, 0, 2], average="macro") -> 0.48888888888888893
  nn::grade::require_value("macro_f1({2, 0, 2, 2, 0, 1}, {0, 0, 2, 2, 0, 2}, 3)",
                           ch06::macro_f1({2, 0, 2, 2, 0, 1}, {0, 0, 2, 2, 0, 2}, 3), 0.48888888888888893);
  // A class never predicted scores 0:
  // f1_score([0, 1, 1], [0, 0, 0], average="macro") -> 0.25 (class 1: precision 0/0 set to 0, with a warning)
  nn::grade::require_value("macro_f1({0, 1, 1}, {0, 0, 0}, 2)", ch06::macro_f1({0, 1, 1}, {0, 0, 0}, 2), 0.25);
  // A class absent from both vectors scores 0 and still counts in the mean:
  // f1_score([0, 1, 1, 2], [0, 1, 2, 2], average="macro", labels=[0, 1, 2, 3]) -> 0.5833333333333333
  nn::grade::require_value("macro_f1({0, 1, 1, 2}, {0, 1, 2, 2}, 4)", ch06::macro_f1({0, 1, 1, 2}, {0, 1, 2, 2}, 4),
                           0.5833333333333333);
  // f1_score(actual24, predicted24, average="macro", labels=range(5)) -> 0.6645454545454546; not its
  // macro recall (0.67), nor the F1 of the macro precision and recall (0.6733168316831684),
  // nor the weighted F1 (0.6609848484848485), nor the micro F1, the accuracy (0.6666666666666666)
  nn::grade::require_value("macro_f1 of 24 labels of 5 classes", ch06::macro_f1(actual24, predicted24, 5),
                           0.6645454545454546);
  // ... and with labels=range(6), a sixth class in neither vector: 0.5537878787878788
  nn::grade::require_value("macro_f1 of 24 labels of 5 classes, counted as 6", ch06::macro_f1(actual24, predicted24, 6),
                           0.5537878787878788);
  nn::grade::require_invalid_argument("lengths 2 and 1", [] { ch06::macro_f1({0, 1}, {0}, 2); });
  nn::grade::require_invalid_argument("predicted label 2 of 2 classes", [] { ch06::macro_f1({0, 1}, {0, 2}, 2); });
}

TEST_CASE("Exercise 6.3: r2_score", "[exercise]") {
  // r2_score([0, 1, 2, 3], [-2, 3, 0, 5]) -> -2.2 and r2_score([0, 1, 2, 3], [0, 1, 2, 10]) -> -8.8
  nn::grade::require_value("r2_score({0, 1, 2, 3}, {-2, 3, 0, 5})", ch06::r2_score({0, 1, 2, 3}, {-2, 3, 0, 5}), -2.2);
  nn::grade::require_value("r2_score({0, 1, 2, 3}, {0, 1, 2, 10})", ch06::r2_score({0, 1, 2, 3}, {0, 1, 2, 10}), -8.8);
  // r2_score([3, -0.5, 2, 7], [2.5, 0.0, 2, 8]) -> 0.9486081370449679 (sklearn's documentation example)
  nn::grade::require_value("r2_score({3, -0.5, 2, 7}, {2.5, 0, 2, 8})", ch06::r2_score({3, -0.5, 2, 7}, {2.5, 0, 2, 8}),
                           0.9486081370449679);
  // r2_score(actual10, predicted10) -> 0.9378453038674033
  nn::grade::require_value("r2_score of ten values", ch06::r2_score(actual10, predicted10), 0.9378453038674033);
  // r2_score([1, 2, 3], [2, 2, 2]) -> 0.0: predicting the mean
  nn::grade::require_value("r2_score({1, 2, 3}, {2, 2, 2})", ch06::r2_score({1, 2, 3}, {2, 2, 2}), 0.0, {},
                           {0.0, 1e-15});
  // A constant actual: 1 if exact, else 0 (force_finite):
  // r2_score([2, 2, 2, 2], [2, 2, 2, 2]) -> 1.0 and r2_score([2, 2, 2, 2], [1, 2, 3, 2]) -> 0.0
  nn::grade::require_value("r2_score({2, 2, 2, 2}, {2, 2, 2, 2})", ch06::r2_score({2, 2, 2, 2}, {2, 2, 2, 2}), 1.0);
  nn::grade::require_value("r2_score({2, 2, 2, 2}, {1, 2, 3, 2})", ch06::r2_score({2, 2, 2, 2}, {1, 2, 3, 2}), 0.0);
  nn::grade::require_invalid_argument("lengths 3 and 2", [] { ch06::r2_score({1, 2, 3}, {1, 2}); });
  nn::grade::require_invalid_argument("one sample", [] { ch06::r2_score({1}, {1}); });
}

TEST_CASE("Exercise 6.4: streaming_r2", "[exercise]") {
  ch06::StreamingR2 r2;
  require_no_value_yet("result() before any update()", [&] { r2.result(); });
  r2.update(actual10.subvec(0, 3), predicted10.subvec(0, 3));
  // One batch alone: r2_score(actual10[:4], predicted10[:4]) -> 0.9486081370449679
  nn::grade::require_value("result() after one batch of 4", r2.result(), 0.9486081370449679);
  r2.update(actual10.subvec(4, 6), predicted10.subvec(4, 6));
  r2.update(actual10.subvec(7, 9), predicted10.subvec(7, 9));
  // r2_score(actual10, predicted10) -> 0.9378453038674033; the mean of the three batches' R^2
  // (0.9486081370449679, 0.9291338582677166, 0.9032258064516129) is 0.9269892672547658
  nn::grade::require_value("result() after batches of 4, 3 and 3", r2.result(), 0.9378453038674033);

  ch06::StreamingR2 one_at_a_time;
  for (arma::uword i = 0; i < actual10.n_elem; ++i) {
    one_at_a_time.update(actual10.subvec(i, i), predicted10.subvec(i, i));
  }
  nn::grade::require_value("result() after ten batches of one", one_at_a_time.result(), 0.9378453038674033);

  // reset() starts a new epoch: r2_score(actual10[4:7], predicted10[4:7]) -> 0.9291338582677166
  r2.reset();
  require_no_value_yet("result() after reset()", [&] { r2.result(); });
  r2.update(actual10.subvec(4, 6), predicted10.subvec(4, 6));
  nn::grade::require_value("result() of the batch after reset()", r2.result(), 0.9291338582677166);

  // One sample has no R^2; a second, in another batch, gives r2_score([3, -0.5], [2.5, 0]) -> 0.9183673469387755
  ch06::StreamingR2 two;
  two.update({3}, {2.5});
  require_no_value_yet("result() after one sample", [&] { two.result(); });
  two.update({-0.5}, {0});
  nn::grade::require_value("result() after two batches of one", two.result(), 0.9183673469387755);

  // A constant actual over two batches: 1 if exact, else 0 (force_finite)
  ch06::StreamingR2 exact, inexact;
  exact.update({2, 2}, {2, 2});
  exact.update({2, 2}, {2, 2});
  nn::grade::require_value("result() of exact predictions of a constant", exact.result(), 1.0);
  inexact.update({2, 2}, {1, 2});
  inexact.update({2, 2}, {3, 2});
  nn::grade::require_value("result() of inexact predictions of a constant", inexact.result(), 0.0);

  // Bad input is refused and changes nothing.
  ch06::StreamingR2 checked;
  checked.update(actual10.subvec(0, 3), predicted10.subvec(0, 3));
  nn::grade::require_invalid_argument("update() with lengths 3 and 2", [&] { checked.update({1, 2, 3}, {1, 2}); });
  nn::grade::require_invalid_argument("update() with an empty batch", [&] { checked.update({}, {}); });
  nn::grade::require_value("result() after the refused batches", checked.result(), 0.9486081370449679);
}
