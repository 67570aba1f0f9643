// Benchmarks: how long each chapter takes to run, and what one training iteration costs.
// Build and run them from the repository's root with
//   cmake --build --preset release --target benchmarks && build/release/tests/benchmarks
// They are measurements, not tests: nothing here fails when a number grows.
#include <benchmark/benchmark.h>

#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "nn/activations/sigmoid.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"
#include "nn/losses/mse.hpp"
#include "nn/network/network.hpp"
#include "nn/optimizers/sgd.hpp"
#include "process.hpp"

namespace {

// Every chapter, from the build's list, as its default run (the tour's).
std::vector<std::string> chapter_programs() {
  std::istringstream manifest(NN_CHAPTER_PROGRAMS);
  std::vector<std::string> programs;
  for (std::string program; std::getline(manifest, program, '|');) programs.push_back(program);
  return programs;
}

void chapter(benchmark::State& state, const std::string& program) {
  for (auto _ : state) {
    const nn::test::ProcessResult result = nn::test::run_process({program});
    if (result.exit_code != 0) state.SkipWithError("the chapter failed");
  }
}

// One iteration of the question's training: forward, loss, backward, gradient descent step.
void question_iteration(benchmark::State& state) {
  const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
  const arma::mat y_train = nn::one_hot(setup.train.labels, 3);
  const auto sigmoid = std::make_shared<nn::Sigmoid>();
  nn::Network network({nn::Dense(setup.w1, sigmoid, false), nn::Dense(setup.w2, sigmoid, false)});
  const nn::HalfMeanSquaredError loss;
  nn::SGD gradient_descent({.learning_rate = 0.1});
  for (auto _ : state) {
    benchmark::DoNotOptimize(network.loss_and_gradients(loss, setup.train.features, y_train));
    gradient_descent.step(network.parameters(), network.gradients());
  }
}

const bool registered = [] {
  for (const std::string& program : chapter_programs()) {
    const std::string name = program.substr(program.find_last_of('/') + 1);
    benchmark::RegisterBenchmark(("chapter/" + name).c_str(), chapter, program)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(5);
  }
  benchmark::RegisterBenchmark("question_training_iteration", question_iteration)->Unit(benchmark::kMicrosecond);
  return true;
}();

}  // namespace

BENCHMARK_MAIN();
