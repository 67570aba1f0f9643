// Your answers to the chapter 2 exercises (see exercises.hpp and the chapter's page).
// Replace each `throw` with your code, then run `ctest --preset homework -L ch02`.
#include "exercises.hpp"
#include "nn/tutorial/homework.hpp"

namespace ch02 {

double mean_squared_error([[maybe_unused]] const arma::mat& prediction, [[maybe_unused]] const arma::mat& target) {
  throw nn::ExerciseNotDone("Exercise 2.1 (mean_squared_error)", "chapters/02_error_to_loss/homework.cpp");
}

double mean_absolute_error([[maybe_unused]] const arma::mat& prediction, [[maybe_unused]] const arma::mat& target) {
  throw nn::ExerciseNotDone("Exercise 2.2 (mean_absolute_error)", "chapters/02_error_to_loss/homework.cpp");
}

double quantile_loss([[maybe_unused]] const arma::mat& prediction, [[maybe_unused]] const arma::mat& target,
                     [[maybe_unused]] double tau) {
  throw nn::ExerciseNotDone("Exercise 2.3 (quantile_loss)", "chapters/02_error_to_loss/homework.cpp");
}

double best_constant([[maybe_unused]] const arma::mat& target, [[maybe_unused]] const LossFunction& loss) {
  throw nn::ExerciseNotDone("Exercise 2.4 (best_constant)", "chapters/02_error_to_loss/homework.cpp");
}

}  // namespace ch02
