// Your answers to the chapter 6 exercises (see exercises.hpp and the chapter's page).
// Replace each `throw` with your code, then run `ctest --preset homework -L ch06`.
#include "exercises.hpp"
#include "nn/tutorial/homework.hpp"

namespace ch06 {

arma::umat confusion_matrix([[maybe_unused]] const arma::uvec& actual, [[maybe_unused]] const arma::uvec& predicted,
                            [[maybe_unused]] arma::uword classes) {
  throw nn::ExerciseNotDone("Exercise 6.1 (confusion_matrix)", "chapters/06_metrics/homework.cpp");
}

double macro_f1([[maybe_unused]] const arma::uvec& actual, [[maybe_unused]] const arma::uvec& predicted,
                [[maybe_unused]] arma::uword classes) {
  throw nn::ExerciseNotDone("Exercise 6.2 (macro_f1)", "chapters/06_metrics/homework.cpp");
}

double r2_score([[maybe_unused]] const arma::vec& actual, [[maybe_unused]] const arma::vec& predicted) {
  throw nn::ExerciseNotDone("Exercise 6.3 (r2_score)", "chapters/06_metrics/homework.cpp");
}

void StreamingR2::update([[maybe_unused]] const arma::vec& actual, [[maybe_unused]] const arma::vec& predicted) {
  throw nn::ExerciseNotDone("Exercise 6.4 (streaming_r2)", "chapters/06_metrics/homework.cpp");
}

double StreamingR2::result() const {
  throw nn::ExerciseNotDone("Exercise 6.4 (streaming_r2)", "chapters/06_metrics/homework.cpp");
}

void StreamingR2::reset() {
  throw nn::ExerciseNotDone("Exercise 6.4 (streaming_r2)", "chapters/06_metrics/homework.cpp");
}

}  // namespace ch06
