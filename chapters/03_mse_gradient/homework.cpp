// Your answers to the chapter 3 exercises (see exercises.hpp and the chapter's page).
// Replace each `throw` with your code, then run `ctest --preset homework -L ch03`.
#include "exercises.hpp"
#include "nn/tutorial/homework.hpp"

namespace ch03 {

arma::mat mse_gradient([[maybe_unused]] const arma::mat& prediction, [[maybe_unused]] const arma::mat& target) {
  throw nn::ExerciseNotDone("Exercise 3.1 (mse_gradient)", "chapters/03_mse_gradient/homework.cpp");
}

arma::mat huber_gradient([[maybe_unused]] const arma::mat& prediction, [[maybe_unused]] const arma::mat& target,
                         [[maybe_unused]] double delta) {
  throw nn::ExerciseNotDone("Exercise 3.2 (huber_gradient)", "chapters/03_mse_gradient/homework.cpp");
}

arma::vec line_gradient([[maybe_unused]] const arma::vec& x, [[maybe_unused]] const arma::vec& y,
                        [[maybe_unused]] double slope, [[maybe_unused]] double intercept) {
  throw nn::ExerciseNotDone("Exercise 3.3 (line_gradient)", "chapters/03_mse_gradient/homework.cpp");
}

arma::vec fit_line([[maybe_unused]] const arma::vec& x, [[maybe_unused]] const arma::vec& y,
                   [[maybe_unused]] double rate, [[maybe_unused]] arma::uword steps) {
  throw nn::ExerciseNotDone("Exercise 3.4 (fit_line)", "chapters/03_mse_gradient/homework.cpp");
}

}  // namespace ch03
