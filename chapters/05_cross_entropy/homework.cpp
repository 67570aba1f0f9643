// Your answers to the chapter 5 exercises (see exercises.hpp and the chapter's page).
// Replace each `throw` with your code, then run `ctest --preset homework -L ch05`.
#include "exercises.hpp"
#include "nn/tutorial/homework.hpp"

namespace ch05 {

double bce_with_logits([[maybe_unused]] const arma::mat& logits, [[maybe_unused]] const arma::mat& targets) {
  throw nn::ExerciseNotDone("Exercise 5.1 (bce_with_logits)", "chapters/05_cross_entropy/homework.cpp");
}

double softmax_cross_entropy([[maybe_unused]] const arma::mat& logits, [[maybe_unused]] const arma::uvec& labels) {
  throw nn::ExerciseNotDone("Exercise 5.2 (softmax_cross_entropy)", "chapters/05_cross_entropy/homework.cpp");
}

arma::mat softmax_cross_entropy_gradient([[maybe_unused]] const arma::mat& logits,
                                         [[maybe_unused]] const arma::uvec& labels) {
  throw nn::ExerciseNotDone("Exercise 5.3 (softmax_cross_entropy_gradient)", "chapters/05_cross_entropy/homework.cpp");
}

arma::mat softmax_backward([[maybe_unused]] const arma::mat& probabilities,
                           [[maybe_unused]] const arma::mat& dloss_dprobabilities) {
  throw nn::ExerciseNotDone("Exercise 5.4 (softmax_backward)", "chapters/05_cross_entropy/homework.cpp");
}

}  // namespace ch05
