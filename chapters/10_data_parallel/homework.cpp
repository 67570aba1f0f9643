// Your answers to the chapter 10 exercises (see exercises.hpp and the chapter's page).
// Replace each `throw` with your code, then run `ctest --preset homework -L ch10`.
#include "exercises.hpp"
#include "nn/tutorial/homework.hpp"

namespace ch10 {

arma::mat global_mean_gradient([[maybe_unused]] const std::vector<arma::mat>& gradient_sums,
                               [[maybe_unused]] const std::vector<double>& counts) {
  throw nn::ExerciseNotDone("Exercise 10.1 (global_mean_gradient)", "chapters/10_data_parallel/homework.cpp");
}

arma::mat combine_mean_gradients([[maybe_unused]] const std::vector<arma::mat>& gradient_means,
                                 [[maybe_unused]] const std::vector<double>& counts) {
  throw nn::ExerciseNotDone("Exercise 10.2 (combine_mean_gradients)", "chapters/10_data_parallel/homework.cpp");
}

double global_accuracy([[maybe_unused]] const std::vector<arma::umat>& confusions) {
  throw nn::ExerciseNotDone("Exercise 10.3 (global_accuracy)", "chapters/10_data_parallel/homework.cpp");
}

ColumnMoments merge_moments([[maybe_unused]] const std::vector<ColumnMoments>& workers) {
  throw nn::ExerciseNotDone("Exercise 10.4 (merge_moments)", "chapters/10_data_parallel/homework.cpp");
}

}  // namespace ch10
