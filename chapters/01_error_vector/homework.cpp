// Your answers to the chapter 1 exercises (see exercises.hpp and the chapter's page).
// Replace each `throw` with your code, then run `ctest --preset homework -L ch01`.
#include "exercises.hpp"
#include "nn/tutorial/homework.hpp"

namespace ch01 {

arma::mat error_vector([[maybe_unused]] const arma::mat& prediction, [[maybe_unused]] const arma::mat& actual) {
  throw nn::ExerciseNotDone("Exercise 1.1 (error_vector)", "chapters/01_error_vector/homework.cpp");
}

arma::mat one_hot([[maybe_unused]] const arma::uvec& labels, [[maybe_unused]] arma::uword classes) {
  throw nn::ExerciseNotDone("Exercise 1.2 (one_hot)", "chapters/01_error_vector/homework.cpp");
}

arma::mat step_against_error([[maybe_unused]] const arma::mat& prediction, [[maybe_unused]] const arma::mat& actual,
                             [[maybe_unused]] double rate) {
  throw nn::ExerciseNotDone("Exercise 1.3 (step_against_error)", "chapters/01_error_vector/homework.cpp");
}

arma::uword steps_to_within([[maybe_unused]] const arma::mat& prediction, [[maybe_unused]] const arma::mat& actual,
                            [[maybe_unused]] double rate, [[maybe_unused]] double tolerance) {
  throw nn::ExerciseNotDone("Exercise 1.4 (steps_to_within)", "chapters/01_error_vector/homework.cpp");
}

}  // namespace ch01
