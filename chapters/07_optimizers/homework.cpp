// Your answers to the chapter 7 exercises (see exercises.hpp and the chapter's page).
// Replace each `throw` with your code, then run `ctest --preset homework -L ch07`.
#include "exercises.hpp"
#include "nn/tutorial/homework.hpp"

namespace ch07 {

void sgd_momentum_step([[maybe_unused]] arma::mat& theta, [[maybe_unused]] const arma::mat& gradient,
                       [[maybe_unused]] MomentumState& state, [[maybe_unused]] double learning_rate,
                       [[maybe_unused]] double momentum) {
  throw nn::ExerciseNotDone("Exercise 7.1 (sgd_momentum_step)", "chapters/07_optimizers/homework.cpp");
}

void rmsprop_step([[maybe_unused]] arma::mat& theta, [[maybe_unused]] const arma::mat& gradient,
                  [[maybe_unused]] RMSpropState& state, [[maybe_unused]] double learning_rate,
                  [[maybe_unused]] double alpha, [[maybe_unused]] double epsilon) {
  throw nn::ExerciseNotDone("Exercise 7.2 (rmsprop_step)", "chapters/07_optimizers/homework.cpp");
}

void adam_step([[maybe_unused]] arma::mat& theta, [[maybe_unused]] const arma::mat& gradient,
               [[maybe_unused]] AdamState& state, [[maybe_unused]] double learning_rate, [[maybe_unused]] double beta1,
               [[maybe_unused]] double beta2, [[maybe_unused]] double epsilon) {
  throw nn::ExerciseNotDone("Exercise 7.3 (adam_step)", "chapters/07_optimizers/homework.cpp");
}

std::vector<double> minibatch_epoch([[maybe_unused]] arma::mat& weights, [[maybe_unused]] const arma::mat& x,
                                    [[maybe_unused]] const arma::mat& y, [[maybe_unused]] arma::uword batch_size,
                                    [[maybe_unused]] double learning_rate) {
  throw nn::ExerciseNotDone("Exercise 7.4 (minibatch_epoch)", "chapters/07_optimizers/homework.cpp");
}

}  // namespace ch07
