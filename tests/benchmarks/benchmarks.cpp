// Benchmarks: how long each chapter's default run takes, what one iteration of the question's
// training costs in the library against the same loop transcribed by hand (and in numpy), and
// how close a large layer's training step comes to the machine's own matrix-multiply speed
// (and to PyTorch's). Run them with scripts/bench, which builds this program in the release
// preset and runs it; it ends with the ratios of each comparison, all from the same run.
// They are measurements, not tests: nothing here fails when a number grows.
//
// The numpy and PyTorch sides are Python scripts beside this file, run with $NN_PYTHON
// (python3 by default) when numpy or PyTorch is installed; without them those benchmarks are
// skipped, saying so. OpenBLAS keeps its default here, a thread per core (see the README).
#include <benchmark/benchmark.h>
#include <dlfcn.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "nn/activations/identity.hpp"
#include "nn/activations/relu.hpp"
#include "nn/activations/sigmoid.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/core/random.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"
#include "nn/losses/mse.hpp"
#include "nn/losses/softmax_cross_entropy.hpp"
#include "nn/network/network.hpp"
#include "nn/network/training.hpp"
#include "nn/optimizers/sgd.hpp"
#include "process.hpp"

namespace {

// ---- The chapters ----------------------------------------------------------------------------

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
    if (result.exit_code != 0) {
      state.SkipWithError("the chapter failed");
      break;
    }
  }
}

// ---- The question's training iteration -------------------------------------------------------

// One iteration of the question's training in the library: forward, loss, backward, gradient
// descent step.
void question_library(benchmark::State& state) {
  const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
  const arma::mat y_train = nn::one_hot(setup.train.labels, 3);
  const auto sigmoid = std::make_shared<nn::Sigmoid>();
  nn::Network network({nn::Dense(setup.w1, sigmoid, false), nn::Dense(setup.w2, sigmoid, false)});
  const nn::HalfMeanSquaredError loss;
  nn::SGD gradient_descent({.learning_rate = 0.1});
  for (auto _ : state) {
    benchmark::DoNotOptimize(network.loss_and_gradients(loss, setup.train.features, y_train));
    nn::step(gradient_descent, network);
  }
}

// Chapter 4's transcription of one iteration of the question's loop (its question_iteration),
// line for line.
arma::mat question_iteration(const arma::mat& x_train, const arma::mat& y_train, arma::mat& W1,
                             arma::mat& W2, double learning_rate) {
  const nn::Sigmoid sigmoid;
  const double N = static_cast<double>(y_train.n_elem);

  const arma::mat Z1 = x_train * W1;
  const arma::mat A1 = sigmoid.value(Z1);
  const arma::mat Z2 = A1 * W2;
  const arma::mat A2 = sigmoid.value(Z2);

  const arma::mat E1 = A2 - y_train;
  const arma::mat dW1 = E1 % A2 % (1.0 - A2);
  const arma::mat E2 = dW1 * W2.t();
  const arma::mat dW2 = E2 % A1 % (1.0 - A1);

  const arma::mat W2_update = A1.t() * dW1 / N;
  const arma::mat W1_update = x_train.t() * dW2 / N;
  W2 = W2 - learning_rate * W2_update;
  W1 = W1 - learning_rate * W1_update;
  return A2;
}

// The transcription, with the question's mean_squared_error of A2: the loss the library's
// iteration returns.
void question_transcription(benchmark::State& state) {
  const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
  const arma::mat y_train = nn::one_hot(setup.train.labels, 3);
  arma::mat W1 = setup.w1, W2 = setup.w2;
  for (auto _ : state) {
    const arma::mat A2 = question_iteration(setup.train.features, y_train, W1, W2, 0.1);
    benchmark::DoNotOptimize(arma::accu(arma::square(A2 - y_train)) / (2.0 * static_cast<double>(A2.n_elem)));
  }
}

// ---- The Python sides ------------------------------------------------------------------------

// Runs tests/benchmarks/<script> with `arguments`; the script prints the median seconds of one
// iteration, which becomes this benchmark's time. A missing python3, numpy or PyTorch skips the
// benchmark with a message that says which.
void python_side(benchmark::State& state, const std::string& script, const std::vector<std::string>& arguments) {
  const char* python = std::getenv("NN_PYTHON");
  const std::filesystem::path path = std::filesystem::path(NN_BENCHMARK_DIR) / script;
  std::vector<std::string> command = {"/usr/bin/env", python != nullptr ? python : "python3", path.string()};
  command.insert(command.end(), arguments.begin(), arguments.end());
  for (auto _ : state) {
    const nn::test::ProcessResult result = nn::test::run_process(command, 600);
    if (result.exit_code != 0) {
      const std::string reason = result.exit_code == 127 ? command[1] + " is not installed"
                                                         : result.err.substr(0, result.err.find('\n'));
      state.SkipWithError(reason.c_str());
      break;
    }
    state.SetIterationTime(std::stod(result.out));
  }
}

// ---- A large layer ---------------------------------------------------------------------------

// A 784-512-10 network with a ReLU hidden layer and biases, trained on the softmax
// cross-entropy of a batch of 256 synthetic samples: the shape of an MNIST classifier's, large
// enough for the matrix products to dominate a step.
constexpr arma::uword inputs = 784, hidden = 512, outputs = 10, batch = 256;

// The products of one training step, 2 m n k flops each: X W1 and A1 W2 forward; the weight
// gradients A1^T delta2 and X^T delta1; and delta2 W2^T, the gradient passed back to the hidden
// layer. (The gradient with respect to X, the data, is not needed.)
constexpr double step_flops =
    2.0 * (batch * inputs * hidden + batch * hidden * outputs + hidden * batch * outputs +
           inputs * batch * hidden + batch * outputs * hidden);

struct LargeProblem {
  arma::mat x, classes, w1, w2;  // classes: one class index per sample, as a column
};

// Inputs uniform in [0, 1), like pixels; initial weights normal with standard deviation
// 1/sqrt(inputs of the layer). The PyTorch side draws its own numbers the same way.
LargeProblem large_problem() {
  nn::Random random(1);
  arma::mat classes(batch, 1);
  for (arma::uword i = 0; i < batch; ++i) classes(i) = static_cast<double>(i % outputs);
  return {.x = random.uniform_matrix(batch, inputs, 0.0, 1.0),
          .classes = classes,
          .w1 = random.normal_matrix(inputs, hidden, 0.0, 1.0 / std::sqrt(static_cast<double>(inputs))),
          .w2 = random.normal_matrix(hidden, outputs, 0.0, 1.0 / std::sqrt(static_cast<double>(hidden)))};
}

void report_flops(benchmark::State& state) {
  state.counters["FLOP/s"] = benchmark::Counter(step_flops, benchmark::Counter::kIsIterationInvariantRate);
}

// One training step of the large network in the library: forward, loss, backward, SGD step.
void large_library(benchmark::State& state) {
  const LargeProblem problem = large_problem();
  nn::Network network({nn::Dense(problem.w1, std::make_shared<nn::ReLU>()),
                       nn::Dense(problem.w2, std::make_shared<nn::Identity>())});
  const nn::SoftmaxCrossEntropy loss;
  nn::SGD sgd({.learning_rate = 0.1});
  for (auto _ : state) {
    benchmark::DoNotOptimize(network.loss_and_gradients(loss, problem.x, problem.classes));
    nn::step(sgd, network);
  }
  report_flops(state);
}

// The same five products alone, in plain Armadillo into matrices allocated once: what the
// machine's BLAS does with the step's arithmetic and nothing else.
void large_gemm(benchmark::State& state) {
  const LargeProblem problem = large_problem();
  nn::Random random(2);
  const arma::mat a1 = random.uniform_matrix(batch, hidden, 0.0, 1.0);
  const arma::mat delta2 = random.normal_matrix(batch, outputs), delta1 = random.normal_matrix(batch, hidden);
  arma::mat z1(batch, hidden), z2(batch, outputs), w2_gradient(hidden, outputs), w1_gradient(inputs, hidden),
      a1_gradient(batch, hidden);
  for (auto _ : state) {
    z1 = problem.x * problem.w1;
    z2 = a1 * problem.w2;
    w2_gradient = a1.t() * delta2;
    w1_gradient = problem.x.t() * delta1;
    a1_gradient = delta2 * problem.w2.t();
    benchmark::DoNotOptimize(a1_gradient.memptr());
  }
  report_flops(state);
}

// The threads OpenBLAS uses for a large product, asked of OpenBLAS itself when it is the BLAS
// loaded (one, for any other BLAS): the PyTorch side gets as many.
int blas_threads() {
  using Getter = int (*)();
  const auto threads = reinterpret_cast<Getter>(dlsym(RTLD_DEFAULT, "openblas_get_num_threads"));
  return threads != nullptr ? threads() : 1;
}

// ---- The comparisons -------------------------------------------------------------------------

// The console output Google Benchmark's flags ask for, remembering each benchmark's median
// time in seconds, or why it was skipped, for the table of ratios at the end.
class Comparisons : public benchmark::BenchmarkReporter {
 public:
  bool ReportContext(const Context& context) override { return display_->ReportContext(context); }

  void ReportRuns(const std::vector<Run>& runs) override {
    for (const Run& run : runs) {
      const std::string name = run.run_name.function_name;
      if (run.error_occurred) {
        skipped_[name] = run.error_message;
      } else if (run.run_type == Run::RT_Aggregate ? run.aggregate_name == "median" : run.repetitions <= 1) {
        seconds_[name] = run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
      }
    }
    display_->ReportRuns(runs);
  }

  void Finalize() override { display_->Finalize(); }

  // One line per comparison: `slow` / `fast`, or why it could not be made.
  void print(std::ostream& out) const {
    out << "\nComparisons (medians of this run)\n";
    line(out, "question iteration, time: library / chapter 4's transcription", "question/library",
         "question/transcription", "at most 1.5");
    line(out, "question iteration, time: numpy / library", "question/numpy", "question/library", "at least 3");
    line(out, "large layer step, FLOP/s: library / its matrix products alone", "large/gemm", "large/library",
         "at least 0.5");
    line(out, "large layer step, time: PyTorch / library", "large/pytorch", "large/library", "at least 1");
  }

 private:
  void line(std::ostream& out, const std::string& label, const std::string& slow, const std::string& fast,
            const std::string& target) const {
    out << "  " << std::left << std::setw(64) << label << std::right;
    for (const std::string& name : {slow, fast}) {
      if (skipped_.count(name) > 0) {
        out << "not measured: " << skipped_.at(name) << "\n";
        return;
      }
      if (seconds_.count(name) == 0) {
        out << "not measured: " << name << " did not run\n";
        return;
      }
    }
    out << std::fixed << std::setprecision(2) << std::setw(6) << seconds_.at(slow) / seconds_.at(fast)
        << "  (target: " << target << ")\n";
  }

  benchmark::BenchmarkReporter* display_ = benchmark::CreateDefaultDisplayReporter();  // Google Benchmark's own
  std::map<std::string, double> seconds_;
  std::map<std::string, std::string> skipped_;
};

void register_benchmarks() {
  for (const std::string& program : chapter_programs()) {
    const std::string name = program.substr(program.find_last_of('/') + 1);
    benchmark::RegisterBenchmark(("chapter/" + name).c_str(), chapter, program)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(1)
        ->Repetitions(5)
        ->DisplayAggregatesOnly();
  }
  benchmark::RegisterBenchmark("question/library", question_library)
      ->Unit(benchmark::kMicrosecond)
      ->Repetitions(7)
      ->DisplayAggregatesOnly();
  benchmark::RegisterBenchmark("question/transcription", question_transcription)
      ->Unit(benchmark::kMicrosecond)
      ->Repetitions(7)
      ->DisplayAggregatesOnly();
  benchmark::RegisterBenchmark("question/numpy", python_side, "question_numpy.py",
                               std::vector<std::string>{nn::data_directory().string()})
      ->Unit(benchmark::kMicrosecond)
      ->UseManualTime()
      ->Iterations(1);
  benchmark::RegisterBenchmark("large/library", large_library)
      ->Unit(benchmark::kMillisecond)
      ->Repetitions(7)
      ->DisplayAggregatesOnly();
  benchmark::RegisterBenchmark("large/gemm", large_gemm)
      ->Unit(benchmark::kMillisecond)
      ->Repetitions(7)
      ->DisplayAggregatesOnly();
  benchmark::RegisterBenchmark("large/pytorch", python_side, "large_torch.py",
                               std::vector<std::string>{std::to_string(blas_threads())})
      ->Unit(benchmark::kMillisecond)
      ->UseManualTime()
      ->Iterations(1);
}

}  // namespace

int main(int argc, char** argv) {
  // The repetitions of the benchmarks run in a random order, interleaved, so that a change in
  // the machine's load falls on both sides of a comparison; a flag given on the command line
  // comes later and wins.
  std::vector<char*> arguments(argv, argv + argc);
  std::string interleave = "--benchmark_enable_random_interleaving=true";
  arguments.insert(arguments.begin() + 1, interleave.data());
  int count = static_cast<int>(arguments.size());
  benchmark::Initialize(&count, arguments.data());
  if (benchmark::ReportUnrecognizedArguments(count, arguments.data())) return 1;
  register_benchmarks();
  Comparisons comparisons;
  benchmark::RunSpecifiedBenchmarks(&comparisons);
  comparisons.print(std::cout);
  benchmark::Shutdown();
  return 0;
}
