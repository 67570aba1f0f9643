// Your answers to the chapter 8 exercises (see exercises.hpp and the chapter's page).
// Replace each `throw` with your code, then run `ctest --preset homework -L ch08`.
#include "exercises.hpp"
#include "nn/autodiff/operations.hpp"
#include "nn/tutorial/homework.hpp"

namespace ch08 {

arma::mat log_softmax_backward([[maybe_unused]] const arma::mat& upstream, [[maybe_unused]] const arma::mat& output) {
  throw nn::ExerciseNotDone("Exercise 8.1 (log_softmax_backward)", "chapters/08_autodiff/homework.cpp");
}

nn::autodiff::Variable asymmetric_squared_error([[maybe_unused]] const nn::autodiff::Variable& prediction,
                                                [[maybe_unused]] const nn::autodiff::Variable& target,
                                                [[maybe_unused]] double weight) {
  throw nn::ExerciseNotDone("Exercise 8.2 (asymmetric_squared_error)", "chapters/08_autodiff/homework.cpp");
}

nn::autodiff::Variable softplus([[maybe_unused]] const nn::autodiff::Variable& z) {
  throw nn::ExerciseNotDone("Exercise 8.3 (softplus)", "chapters/08_autodiff/homework.cpp");
}

}  // namespace ch08
