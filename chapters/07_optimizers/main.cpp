// Chapter 7: optimizers.
//
// The loss supplies the gradient; the optimizer decides the step. This chapter runs
// PyTorch's optimizers on two functions whose minimum is known, counts the steps each
// needs, trains the question's network with each, and shows how minibatches and the
// loss's reduction change the step that a learning rate takes.
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "nn/activations/make_activation.hpp"
#include "nn/activations/sigmoid.hpp"
#include "nn/core/failures.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/core/quote.hpp"
#include "nn/core/random.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/losses/softmax_cross_entropy.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/network/network.hpp"
#include "nn/network/training.hpp"
#include "nn/optimizers/make_optimizer.hpp"
#include "nn/optimizers/sgd.hpp"
#include "nn/problems/landscapes.hpp"
#include "nn/tutorial/cli.hpp"
#include "nn/tutorial/modes.hpp"

namespace {

int digits = 6;

std::string text(const arma::mat& m) { return nn::format_inline(m, digits); }
std::string text(double x) { return nn::format_number(x, digits); }

const nn::Landscape quadratic = nn::ill_conditioned_quadratic();
const nn::Landscape rosenbrock = nn::rosenbrock();

// [descend]
// Minimises a landscape from `start`: the landscape supplies the gradient, the optimizer the
// step. With a `finish` distance, the descent stops once the point is that close to the minimum.
std::vector<arma::mat> descend(const nn::Landscape& landscape, nn::Optimizer& optimizer,
                               const arma::mat& start, int steps, double finish = 0.0) {
  std::vector<arma::mat> path = {start};
  arma::mat point = start;
  for (int step = 0; step < steps; ++step) {
    try {
      optimizer.step(point, landscape.gradient(point));
    } catch (const nn::Overflow&) {
      if (step == 0) throw;  // the start itself is too far out
      break;                 // diverged: the gradient overflowed
    }
    if (!point.is_finite()) break;  // diverged: the path ends at the last finite point
    path.push_back(point);
    if (arma::norm(point - landscape.minimum) < finish) break;  // at the finish line
  }
  return path;
}
// [descend]

// The first step at which the point is within `tolerance` of the minimum, if any.
std::optional<std::size_t> steps_to(const nn::Landscape& landscape, const std::vector<arma::mat>& path, double tolerance) {
  for (std::size_t step = 0; step < path.size(); ++step) {
    if (arma::norm(path[step] - landscape.minimum) < tolerance) return step;
  }
  return std::nullopt;
}

// One optimizer with the settings the chapter races.
struct Contestant {
  std::string label;
  std::string optimizer;
  nn::OptimizerOptions options;
};

// Learning rates picked by hand for each landscape (each near the fastest that stays stable).
std::vector<Contestant> contestants(const nn::Landscape& landscape) {
  const bool bowl = landscape.name == "quadratic";
  return {
      {"sgd", "sgd", {.learning_rate = bowl ? 0.07 : 1.5e-3}},
      {"sgd momentum 0.9", "sgd", {.learning_rate = bowl ? 0.03 : 1e-3, .momentum = 0.9}},
      {"sgd nesterov 0.9", "sgd", {.learning_rate = bowl ? 0.03 : 1e-3, .momentum = 0.9, .nesterov = true}},
      {"adagrad", "adagrad", {.learning_rate = bowl ? 1.0 : 0.5}},
      {"rmsprop", "rmsprop", {.learning_rate = bowl ? 0.01 : 1e-3}},
      {"adam", "adam", {.learning_rate = bowl ? 0.1 : 0.02}},
      {"adamw", "adamw", {.learning_rate = bowl ? 0.1 : 0.02}},
  };
}

constexpr double tolerance = 1e-3;
constexpr int budget = 20000;

void first_steps() {
  std::cout << "1. Same gradient, different steps\n"
            << "  one step from (-4, 1) on f = (x^2 + 25 y^2) / 2, whose gradient there is "
            << text(quadratic.gradient(quadratic.start)) << ":\n";
  // [first_step]
  for (const std::string& name : nn::optimizer_names()) {
    const std::unique_ptr<nn::Optimizer> optimizer =
        nn::make_optimizer(name, {.learning_rate = 0.01});
    arma::mat point = quadratic.start;
    optimizer->step(point, quadratic.gradient(point));
    std::cout << "    " << std::left << std::setw(8) << name << std::right << " step "
              << text(point - quadratic.start) << "\n";
  }
  // [first_step]
  std::cout << "  With the learning rate 0.01 for all: sgd steps along the gradient, 6.25 times further in y\n"
            << "  than in x. The others divide each coordinate by a running size of its gradient, so their\n"
            << "  first steps are the same size in x and y: 0.01 for adagrad and adam (adamw adds its\n"
            << "  weight decay), but 0.1 for rmsprop, whose average of squares starts at 0 and has no bias\n"
            << "  correction: it holds only (1 - alpha) g^2 = 0.01 g^2 after one step.\n\n";
}

void race(const nn::Landscape& landscape, const std::string& title) {
  std::cout << title << "\n  from " << text(landscape.start) << " to within " << text(tolerance) << " of "
            << text(landscape.minimum) << ", at most " << budget << " steps:\n";
  for (const Contestant& contestant : contestants(landscape)) {
    const auto optimizer = nn::make_optimizer(contestant.optimizer, contestant.options);
    const std::vector<arma::mat> path = descend(landscape, *optimizer, landscape.start, budget, tolerance);
    const std::optional<std::size_t> steps = steps_to(landscape, path, tolerance);
    std::cout << "    " << std::left << std::setw(18) << contestant.label << std::right << " learning rate "
              << std::setw(7) << text(*contestant.options.learning_rate) << "  ";
    if (steps) {
      std::cout << std::setw(6) << *steps << " steps\n";
    } else if (path.size() < static_cast<std::size_t>(budget) + 1) {
      std::cout << "diverged after " << path.size() - 1 << " steps\n";
    } else {
      std::cout << "not within " << budget << " steps (ends " << text(path.back()) << ")\n";
    }
  }
  std::cout << "\n";
}

// The Iris network of chapter 5 with a softmax cross-entropy, from the question's start.
nn::Network iris_network(const nn::QuestionSetup& setup) {
  return nn::Network({nn::Dense(setup.w1, std::make_shared<nn::Sigmoid>(), false),
                      nn::Dense(setup.w2, nn::make_activation("identity"), false)});
}

// The share of the samples of `data` that `network` puts in their class.
double accuracy(const nn::Network& network, const nn::Dataset& data) {
  return nn::metrics::accuracy(data.labels, nn::metrics::predicted_classes(network.predict(data.features)));
}

void iris_with_each(const nn::QuestionSetup& setup) {
  std::cout << "4. The question's network with each optimizer (softmax cross-entropy, 2000 iterations)\n";
  const arma::mat y_train = nn::one_hot(setup.train.labels, 3);
  const std::vector<Contestant> runs = {
      {"sgd", "sgd", {.learning_rate = 0.1}},
      {"sgd momentum 0.9", "sgd", {.learning_rate = 0.1, .momentum = 0.9}},
      {"adagrad", "adagrad", {.learning_rate = 0.1}},
      {"rmsprop", "rmsprop", {.learning_rate = 0.02}},
      {"adam", "adam", {.learning_rate = 0.01}},
      {"adamw", "adamw", {.learning_rate = 0.01}},
  };
  for (const Contestant& run : runs) {
    // [iris]
    nn::Network network = iris_network(setup);
    const auto optimizer = nn::make_optimizer(run.optimizer, run.options);
    nn::train(network, nn::SoftmaxCrossEntropy(), setup.train.features, y_train, *optimizer, 2000,
              nn::History::none);
    // [iris]
    const double final_loss = nn::SoftmaxCrossEntropy().value(network.predict(setup.train.features), y_train);
    std::cout << "    " << std::left << std::setw(18) << run.label << std::right << " learning rate " << std::setw(5)
              << text(*run.options.learning_rate) << "  final loss " << std::setw(10)
              << nn::format_number(final_loss, 3)  // rmsprop's 4th digit depends on the CPU: see the page
              << "  training accuracy " << std::setw(8) << text(accuracy(network, setup.train)) << "  test accuracy "
              << text(accuracy(network, setup.test)) << "\n";
  }
  std::cout << "\n";
}

// [minibatch]
// One epoch of minibatch SGD: shuffle the samples, then one step per batch of `batch_size`.
void minibatch_epoch(nn::Network& network, const nn::Loss& loss, const arma::mat& x,
                     const arma::mat& y, nn::Optimizer& optimizer, arma::uword batch_size,
                     nn::Random& random) {
  arma::uvec order = arma::regspace<arma::uvec>(0, x.n_rows - 1);
  for (arma::uword i = order.n_elem - 1; i > 0; --i) {  // Fisher-Yates, from our own generator
    std::swap(order(i),
              order(static_cast<arma::uword>(random.uniform() * static_cast<double>(i + 1))));
  }
  for (arma::uword first = 0; first < x.n_rows; first += batch_size) {
    const arma::uvec batch = order.subvec(first, std::min(first + batch_size, x.n_rows) - 1);
    network.loss_and_gradients(loss, x.rows(batch), y.rows(batch));
    optimizer.step(network.parameters(), network.gradients());
  }
}
// [minibatch]

void full_batch_or_minibatch(const nn::QuestionSetup& setup) {
  std::cout << "5. Full batch or minibatches (sgd, learning rate 0.1, softmax cross-entropy, 200 epochs)\n";
  const arma::mat y_train = nn::one_hot(setup.train.labels, 3);
  const nn::SoftmaxCrossEntropy loss;
  for (const arma::uword batch_size : {130u, 26u, 10u}) {
    nn::Network network = iris_network(setup);
    nn::SGD sgd({.learning_rate = 0.1});
    nn::Random random(7);
    for (int epoch = 0; epoch < 200; ++epoch) {
      minibatch_epoch(network, loss, setup.train.features, y_train, sgd, batch_size, random);
    }
    const arma::mat output = network.predict(setup.train.features);
    std::cout << "    batch size " << std::setw(3) << batch_size << ": " << std::setw(5) << sgd.steps()
              << " steps, loss " << std::setw(9) << text(loss.value(output, y_train)) << ", training accuracy "
              << std::setw(8) << text(nn::metrics::accuracy(setup.train.labels, nn::metrics::predicted_classes(output)))
              << ", test accuracy " << text(accuracy(network, setup.test)) << "\n";
  }
  std::cout << "  Smaller batches take more, noisier steps per pass over the data; each step's gradient\n"
            << "  is an estimate of the full one from fewer samples.\n\n";
}

void reduction_and_learning_rate(const nn::QuestionSetup& setup) {
  std::cout << "6. The reduction rescales the learning rate\n";
  const arma::mat y_train = nn::one_hot(setup.train.labels, 3);
  const double n = static_cast<double>(setup.train.features.n_rows);
  // [reduction]
  const auto trained_weights = [&](nn::Reduction reduction, const std::string& optimizer,
                                   double learning_rate) {
    nn::Network network = iris_network(setup);
    const auto step = nn::make_optimizer(optimizer, {.learning_rate = learning_rate});
    nn::train(network, nn::SoftmaxCrossEntropy(0.0, reduction), setup.train.features, y_train,
              *step, 100, nn::History::none);
    return network.layers()[1].weights;
  };
  const arma::mat sgd_mean = trained_weights(nn::Reduction::mean, "sgd", 0.1);
  const arma::mat sgd_sum = trained_weights(nn::Reduction::sum, "sgd",
                                            0.1 / n);  // the sum's gradient is N times larger
  const arma::mat adam_mean = trained_weights(nn::Reduction::mean, "adam", 0.01);
  // Adam divides the scale out
  const arma::mat adam_sum = trained_weights(nn::Reduction::sum, "adam", 0.01);
  // [reduction]
  const auto difference = [](const arma::mat& a, const arma::mat& b) {
    return arma::abs(a - b).max() / arma::abs(a).max();
  };
  std::cout << "  sgd, mean with learning rate 0.1 against sum with 0.1 / N (N = " << n
            << "): weights differ by " << (difference(sgd_mean, sgd_sum) < 1e-12 ? "less than 1e-12" : "MORE")
            << " (relative)\n"
            << "  adam, mean and sum with the same learning rate 0.01: weights differ by "
            << (difference(adam_mean, adam_sum) < 1e-6 ? "less than 1e-6" : "MORE") << " (relative)\n"
            << "  With a sum, sgd's steps grow with the number of samples; Adam's do not, up to its\n"
            << "  epsilon, because it divides each gradient by a running estimate of its own size.\n";
}

// plot-data quadratic|rosenbrock|descent: every contestant's path, side by side, one row per
// step: its point (x, y), or for `descent` its value f.
void plot_data(const nn::Landscape& landscape, int steps, bool values) {
  std::vector<std::vector<arma::mat>> paths;
  std::cout << "step";
  for (const Contestant& contestant : contestants(landscape)) {
    const auto optimizer = nn::make_optimizer(contestant.optimizer, contestant.options);
    paths.push_back(descend(landscape, *optimizer, landscape.start, steps));
    std::string column = contestant.label;
    std::replace(column.begin(), column.end(), ' ', '_');
    std::cout << "," << column << (values ? "" : "_x," + column + "_y");
  }
  std::cout << "\n";
  for (int step = 0; step <= steps; ++step) {
    std::cout << step;
    for (const auto& path : paths) {
      const arma::mat& point = path[std::min<std::size_t>(step, path.size() - 1)];  // a finished path stays put
      if (values) {
        std::cout << "," << nn::format_number(landscape.value(point), 9);
      } else {
        std::cout << "," << nn::format_number(point(0), 9) << "," << nn::format_number(point(1), 9);
      }
    }
    std::cout << "\n";
  }
}

// One optimizer from the flags on one landscape: a summary, or with --csv the whole path.
void single_run(const nn::Landscape& landscape, const std::string& name, const nn::OptimizerOptions& options,
                const arma::mat& start, int steps, bool csv) {
  const auto optimizer = nn::make_optimizer(name, options);
  const std::vector<arma::mat> path = descend(landscape, *optimizer, start, steps);
  if (path.size() < static_cast<std::size_t>(steps) + 1) {
    throw nn::divergence(optimizer->name() + " on " + landscape.name + " from " + text(start) + " (learning rate " +
                             text(optimizer->learning_rate()) + ")",
                         "step", static_cast<long long>(path.size()), "the point or its gradient overflowed");
  }
  std::vector<double> values;  // every f before printing: a finite point's f may still overflow
  for (const arma::mat& point : path) values.push_back(landscape.value(point));
  if (csv) {
    std::cout << "step,x,y,f\n";
    for (std::size_t step = 0; step < path.size(); ++step) {
      std::cout << step << "," << nn::format_number(path[step](0), 17) << "," << nn::format_number(path[step](1), 17)
                << "," << nn::format_number(values[step], 17) << "\n";
    }
    return;
  }
  const std::optional<std::size_t> reached = steps_to(landscape, path, tolerance);
  std::cout << optimizer->name() << " on " << landscape.name << " from " << text(start) << ", learning rate "
            << text(optimizer->learning_rate()) << ", " << steps << " steps\n";
  std::cout << "final point " << text(path.back()) << ", f " << text(values.back()) << "\n"
            << "within " << text(tolerance) << " of the minimum "
            << (reached ? "after " + std::to_string(*reached) + " steps" : "never") << "\n";
}

// The flags of a single run, for the subcommand `mode` of the optimizer of the same name: those
// every optimizer has, then the hyperparameters of this one.
struct RunFlags {
  std::string function = "quadratic", start_text;
  int steps = 1000;
  bool csv = false;
  double learning_rate = 0, weight_decay = 0, epsilon = 0;
  nn::OptimizerOptions options;
};

void add_run_flags(CLI::App& mode, RunFlags& flags) {
  const std::string name = mode.get_name();
  const auto is = [&](std::initializer_list<const char*> names) {
    return std::any_of(names.begin(), names.end(), [&](const char* n) { return name == n; });
  };
  mode.add_option("--function", flags.function, "The function to minimise")
      ->check(CLI::IsMember({"rosenbrock", "quadratic"}))
      ->capture_default_str();
  mode.add_option("--start", flags.start_text, "Starting point \"x y\" (default: the function's)");
  mode.add_option("--steps", flags.steps, "Steps to take")
      ->check(nn::cli::whole_number(1, 1000000))
      ->capture_default_str();
  mode.add_option("--learning-rate", flags.learning_rate, "Learning rate (default: the optimizer's)")
      ->check(nn::cli::positive_finite);
  mode.add_option("--weight-decay", flags.weight_decay, name == "adamw" ? "Decoupled weight decay (default 0.01)"
                                                                         : "Weight decay, an L2 penalty (default 0)")
      ->check(nn::cli::non_negative);
  if (is({"sgd", "rmsprop"})) {
    mode.add_option("--momentum", flags.options.momentum, "Momentum")->check(nn::cli::non_negative);
  }
  if (is({"sgd"})) {
    mode.add_option("--dampening", flags.options.dampening, "Dampening of the momentum")->check(nn::cli::finite);
    mode.add_flag("--nesterov", flags.options.nesterov, "Nesterov momentum (needs --momentum)");
  }
  if (is({"adagrad"})) {
    mode.add_option("--lr-decay", flags.options.lr_decay, "Learning rate decay")->check(nn::cli::non_negative);
    mode.add_option("--initial-accumulator", flags.options.initial_accumulator, "Initial accumulator value")
        ->check(nn::cli::non_negative);
  }
  if (is({"rmsprop"})) {
    mode.add_option("--alpha", flags.options.alpha, "Smoothing constant")->capture_default_str();
    mode.add_flag("--centered", flags.options.centered, "Centered RMSprop");
  }
  if (is({"adam", "adamw"})) {
    mode.add_option("--beta1", flags.options.beta1, "Decay of the first moment")->capture_default_str();
    mode.add_option("--beta2", flags.options.beta2, "Decay of the second moment")->capture_default_str();
    mode.add_flag("--amsgrad", flags.options.amsgrad, "AMSGrad");
  }
  if (!is({"sgd"})) {
    mode.add_option("--epsilon", flags.epsilon, "Added to the denominator (default: the optimizer's)")
        ->check(nn::cli::positive_finite);
  }
  CLI::Option* csv = mode.add_flag("--csv", flags.csv, "Print the path (step,x,y,f) at round-trip precision");
  nn::cli::add_digits_flag(mode, digits);
  csv->excludes(mode.get_option("--digits"));  // the CSV is printed at round-trip precision
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Chapter 7: optimizers, the step after the gradient", "ch07_optimizers"};
  nn::cli::add_digits_flag(app, digits);
  // One subcommand per optimizer: `ch07_optimizers adam --beta1 0.5 --function quadratic`.
  RunFlags flags;
  std::vector<CLI::App*> runs;
  for (const std::string& name : nn::optimizer_names()) {
    runs.push_back(app.add_subcommand(name, "Run " + name + " on one landscape"));
    add_run_flags(*runs.back(), flags);
  }
  std::string plot;
  nn::cli::add_plot_data_mode(app, plot, {"quadratic", "rosenbrock", "descent"});

  return nn::cli::run(app, argc, argv, [&] {
    if (plot == "descent") {
      plot_data(rosenbrock, 20000, true);
      return;
    }
    if (!plot.empty()) {
      plot_data(plot == "quadratic" ? quadratic : rosenbrock, plot == "quadratic" ? 300 : 5000, false);
      return;
    }
    for (const CLI::App* run : runs) {
      if (!*run) continue;
      const auto given = [&](const char* flag) {
        const CLI::Option* option = run->get_option_no_throw(flag);
        return option != nullptr && option->count() > 0;
      };
      if (given("--learning-rate")) flags.options.learning_rate = flags.learning_rate;
      if (given("--weight-decay")) flags.options.weight_decay = flags.weight_decay;
      if (given("--epsilon")) flags.options.epsilon = flags.epsilon;
      if (given("--dampening") && flags.options.momentum == 0.0) {
        throw std::invalid_argument("--dampening has no effect without --momentum above 0");
      }
      const nn::Landscape& landscape = flags.function == "quadratic" ? quadratic : rosenbrock;
      arma::mat start = landscape.start;
      if (given("--start")) {
        start = nn::parse_matrix(flags.start_text, "--start");
        if (start.n_elem != 2) {
          throw std::invalid_argument("--start takes two numbers, x and y; got " + nn::quote(flags.start_text));
        }
        start.reshape(2, 1);
      }
      single_run(landscape, run->get_name(), flags.options, start, flags.steps, flags.csv);
      return;
    }
    const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
    std::cout << "Chapter 7: optimizers\n\n";
    first_steps();
    race(quadratic, "2. An ill-conditioned bowl, f = (x^2 + 25 y^2) / 2");
    race(rosenbrock, "3. Rosenbrock's valley, f = (1 - x)^2 + 100 (y - x^2)^2");
    iris_with_each(setup);
    full_batch_or_minibatch(setup);
    reduction_and_learning_rate(setup);
  });
}
