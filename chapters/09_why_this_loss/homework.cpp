// Your answers to the chapter 9 exercises (see exercises.hpp and the chapter's page).
// Replace each `throw` with your code, then run `ctest --preset homework -L ch09`.
#include "exercises.hpp"
#include "nn/tutorial/homework.hpp"

namespace ch09 {

arma::mat gaussian_nll_gradient([[maybe_unused]] const arma::mat& prediction, [[maybe_unused]] const arma::mat& target,
                                [[maybe_unused]] double sigma) {
  throw nn::ExerciseNotDone("Exercise 9.1 (gaussian_nll_gradient)", "chapters/09_why_this_loss/homework.cpp");
}

double best_quantile_constant([[maybe_unused]] const arma::vec& sample, [[maybe_unused]] double tau) {
  throw nn::ExerciseNotDone("Exercise 9.2 (best_quantile_constant)", "chapters/09_why_this_loss/homework.cpp");
}

double class_weighted_cross_entropy([[maybe_unused]] const arma::mat& logits, [[maybe_unused]] const arma::uvec& labels,
                                    [[maybe_unused]] const arma::rowvec& weight) {
  throw nn::ExerciseNotDone("Exercise 9.3 (class_weighted_cross_entropy)", "chapters/09_why_this_loss/homework.cpp");
}

NoiseFit fit_noise([[maybe_unused]] const arma::mat& prediction, [[maybe_unused]] const arma::mat& target) {
  throw nn::ExerciseNotDone("Exercise 9.4 (fit_noise)", "chapters/09_why_this_loss/homework.cpp");
}

}  // namespace ch09
