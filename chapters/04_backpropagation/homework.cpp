// Your answers to the chapter 4 exercises (see exercises.hpp and the chapter's page).
// Replace each `throw` with your code, then run `ctest --preset homework -L ch04`.
#include "exercises.hpp"
#include "nn/tutorial/homework.hpp"

namespace ch04 {

double question_loss([[maybe_unused]] const arma::mat& A2, [[maybe_unused]] const arma::mat& Y) {
  throw nn::ExerciseNotDone("Exercise 4.1 (question_loss)", "chapters/04_backpropagation/homework.cpp");
}

arma::mat output_delta([[maybe_unused]] const arma::mat& A2, [[maybe_unused]] const arma::mat& Y) {
  throw nn::ExerciseNotDone("Exercise 4.2 (output_delta)", "chapters/04_backpropagation/homework.cpp");
}

Gradients backward([[maybe_unused]] const arma::mat& X, [[maybe_unused]] const arma::mat& Y,
                   [[maybe_unused]] const arma::mat& W1, [[maybe_unused]] const arma::mat& W2) {
  throw nn::ExerciseNotDone("Exercise 4.3 (backward)", "chapters/04_backpropagation/homework.cpp");
}

Gradients backward_cross_entropy([[maybe_unused]] const arma::mat& X, [[maybe_unused]] const arma::mat& Y,
                                 [[maybe_unused]] const arma::mat& W1, [[maybe_unused]] const arma::mat& W2) {
  throw nn::ExerciseNotDone("Exercise 4.4 (backward_cross_entropy)", "chapters/04_backpropagation/homework.cpp");
}

}  // namespace ch04
