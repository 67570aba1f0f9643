// Chapter 4: backpropagation.
//
// The question's numpy network, reproduced in C++ to the last digits: first as a
// line-by-line transcription of its loop, then as the library's Network trained on
// the loss that the loop never names. Both give the same weights, because the loop
// is gradient descent on (1/2N) sum (A2 - Y)^2: the "metric" is the loss.
#include <algorithm>
#include <filesystem>
#include <iomanip>
#include <iostream>
#include <limits>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "nn/activations/sigmoid.hpp"
#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/core/random.hpp"
#include "nn/io/csv.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/losses/mse.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/network/network.hpp"
#include "nn/network/training.hpp"
#include "nn/optimizers/sgd.hpp"
#include "nn/tutorial/cli.hpp"
#include "nn/tutorial/gradient_report.hpp"
#include "nn/tutorial/milestones.hpp"

namespace {

int digits = 6;

std::string text(double x) { return nn::format_number(x, digits); }

struct Settings {
  int iterations = 5000;
  double learning_rate = 0.1;
  int hidden = 2;
  std::uint64_t seed = 10;
  bool random_weights = false;  // set by --hidden or --seed
  std::filesystem::path data = nn::data_directory();
};

// [transcription]
// One iteration of the question's loop, numpy on the right. It returns A2, the
// output of the forward pass before the update, which the question records.
arma::mat question_iteration(const arma::mat& x_train, const arma::mat& y_train, arma::mat& W1,
                             arma::mat& W2, double learning_rate) {
  const nn::Sigmoid sigmoid;
  // N = y_train.size: elements, not samples
  const double N = static_cast<double>(y_train.n_elem);

  const arma::mat Z1 = x_train * W1;       // Z1 = np.dot(x_train, W1)
  const arma::mat A1 = sigmoid.value(Z1);  // A1 = sigmoid(Z1)
  const arma::mat Z2 = A1 * W2;            // Z2 = np.dot(A1, W2)
  const arma::mat A2 = sigmoid.value(Z2);  // A2 = sigmoid(Z2)

  const arma::mat E1 = A2 - y_train;           // E1 = A2 - y_train
  const arma::mat dW1 = E1 % A2 % (1.0 - A2);  // dW1 = E1 * A2 * (1 - A2)
  const arma::mat E2 = dW1 * W2.t();           // E2 = np.dot(dW1, W2.T)
  const arma::mat dW2 = E2 % A1 % (1.0 - A1);  // dW2 = E2 * A1 * (1 - A1)

  const arma::mat W2_update = A1.t() * dW1 / N;       // W2_update = np.dot(A1.T, dW1) / N
  const arma::mat W1_update = x_train.t() * dW2 / N;  // W1_update = np.dot(x_train.T, dW2) / N
  W2 = W2 - learning_rate * W2_update;                // W2 = W2 - learning_rate * W2_update
  W1 = W1 - learning_rate * W1_update;                // W1 = W1 - learning_rate * W1_update
  return A2;
}
// [transcription]

// The question's two measurements: mean_squared_error(A2, y) = ((A2 - y)^2).sum() / (2 * A2.size)
// and accuracy = mean(argmax(A2) == argmax(y)).
double question_mse(const arma::mat& A2, const arma::mat& y) {
  return arma::accu(arma::square(A2 - y)) / (2.0 * static_cast<double>(A2.n_elem));
}

struct Weights {
  arma::mat w1, w2;
};

Weights initial_weights(const Settings& settings, const nn::QuestionSetup& setup) {
  if (!settings.random_weights) return {setup.w1, setup.w2};
  nn::Random random(settings.seed);  // normal(0, 0.5), like the question's, from this library's generator
  return {random.normal_matrix(4, static_cast<arma::uword>(settings.hidden), 0.0, 0.5),
          random.normal_matrix(static_cast<arma::uword>(settings.hidden), 3, 0.0, 0.5)};
}

// The transcribed loop's run: its final weights and the iterations worth printing.
struct Transcription {
  struct Row {
    int iteration;
    double loss, accuracy;
  };
  Weights weights;
  std::vector<Row> rows;
};

Transcription transcribe(const Settings& settings, const nn::QuestionSetup& setup, const arma::mat& y_train) {
  Transcription run{initial_weights(settings, setup), {}};
  Weights& w = run.weights;
  for (int iteration = 0; iteration < settings.iterations; ++iteration) {
    const arma::mat A2 = question_iteration(setup.train.features, y_train, w.w1, w.w2, settings.learning_rate);
    if (!w.w1.is_finite() || !w.w2.is_finite()) {
      throw nn::divergence("the question's loop", "iteration", iteration, "the weights overflowed");
    }
    if (nn::is_milestone(iteration, settings.iterations - 1)) {
      run.rows.push_back({iteration, question_mse(A2, y_train), nn::metrics::accuracy(nn::class_labels(y_train), nn::metrics::predicted_classes(A2))});
    }
  }
  return run;
}

void print_transcription(const Settings& settings, const nn::QuestionSetup& setup, const Transcription& run) {
  std::cout << "1. The question's loop, transcribed\n"
            << "  " << setup.train.features.n_rows << " training and " << setup.test.features.n_rows
            << " test flowers; a 4-" << settings.hidden << "-3 sigmoid network without biases; learning rate "
            << text(settings.learning_rate) << ", " << settings.iterations << " iterations; "
            << (settings.random_weights ? "random initial weights (seed " + std::to_string(settings.seed) + ")"
                                        : "numpy's initial weights")
            << ".\n"
            << "  iteration  loss (the question's mse)  accuracy\n";
  for (const Transcription::Row& row : run.rows) {
    std::cout << "  " << std::setw(9) << row.iteration << "  " << std::setw(25) << text(row.loss) << "  "
              << text(row.accuracy) << "\n";
  }
}

// What numpy printed for the question's run (data/question/, from scripts/make_question_data.py).
struct Reference {
  double train_loss, train_accuracy, test_accuracy;
  arma::mat w1 = arma::mat(4, 2), w2 = arma::mat(2, 3);
};

bool is_the_questions_run(const Settings& settings) {
  return !settings.random_weights && settings.iterations == 5000 && settings.learning_rate == 0.1;
}

// Every number of the reference file, read before anything is printed, so that a file without
// one of them stops the chapter with one line instead of half its output.
Reference load_reference(const std::filesystem::path& data) {
  const nn::NamedValues numpy = nn::read_named_values(data / "question" / "reference_final.csv");
  Reference reference{numpy.at("train_loss"), numpy.at("train_accuracy"), numpy.at("test_accuracy")};
  for (arma::uword i = 0; i < reference.w1.n_elem; ++i) {
    reference.w1(i) = numpy.at("w1_final_" + std::to_string(i % 4) + "_" + std::to_string(i / 4));
  }
  for (arma::uword i = 0; i < reference.w2.n_elem; ++i) {
    reference.w2(i) = numpy.at("w2_final_" + std::to_string(i % 2) + "_" + std::to_string(i / 2));
  }
  return reference;
}

void final_numbers(const std::optional<Reference>& numpy, const nn::QuestionSetup& setup, const arma::mat& y_train,
                   const arma::mat& y_test, const Weights& w) {
  const nn::Sigmoid sigmoid;
  const auto predict = [&](const arma::mat& x) { return sigmoid.value(sigmoid.value(x * w.w1) * w.w2); };
  const double train_loss = question_mse(predict(setup.train.features), y_train);
  const double train_accuracy =
      nn::metrics::accuracy(nn::class_labels(y_train), nn::metrics::predicted_classes(predict(setup.train.features)));
  const double test_accuracy =
      nn::metrics::accuracy(nn::class_labels(y_test), nn::metrics::predicted_classes(predict(setup.test.features)));
  std::cout << "  after training: loss " << text(train_loss) << ", training accuracy " << text(train_accuracy)
            << ", test accuracy " << text(test_accuracy) << "\n";
  if (!numpy) {
    std::cout << "  (numpy's reference numbers are for the question's own settings only)\n\n";
    return;
  }
  double worst = nn::relative_error(train_loss, numpy->train_loss);
  for (arma::uword i = 0; i < w.w1.n_elem; ++i) worst = std::max(worst, nn::relative_error(w.w1(i), numpy->w1(i)));
  for (arma::uword i = 0; i < w.w2.n_elem; ++i) worst = std::max(worst, nn::relative_error(w.w2(i), numpy->w2(i)));
  std::cout << "  numpy's run:    loss " << text(numpy->train_loss) << ", training accuracy "
            << text(numpy->train_accuracy) << ", test accuracy " << text(numpy->test_accuracy) << "\n"
            << "  largest relative difference from numpy (loss and all 14 weights): "
            << (worst < 1e-9 ? "below 1e-9" : text(worst)) << "\n\n";
}

void read_the_code(const nn::QuestionSetup& setup, const arma::mat& y_train) {
  std::cout << "2. Reading the loop: where the loss is\n";
  // [reading]
  const nn::Sigmoid sigmoid;
  const nn::HalfMeanSquaredError loss;  // (1/2N) sum (A2 - Y)^2, the question's "mse"
  const arma::mat A1 = sigmoid.value(setup.train.features * setup.w1);
  const arma::mat Z2 = A1 * setup.w2;
  const arma::mat A2 = sigmoid.value(Z2);
  const double N = static_cast<double>(A2.n_elem);

  const arma::mat E1 = A2 - y_train;                          // the question's E1
  const arma::mat dloss_dA2 = loss.gradient(A2, y_train);     // the loss's gradient
  const arma::mat dW1 = E1 % A2 % (1.0 - A2);                 // the question's dW1
  const arma::mat delta = dloss_dA2 % sigmoid.derivative(Z2);  // the output layer's delta, dL/dZ2
  // [reading]
  const auto agreement = [](const arma::mat& a, const arma::mat& b) {
    return arma::abs(a - b).max() <= 1e-12 * arma::abs(a).max() ? "equal within 1e-12 (relative)" : "DIFFERENT";
  };
  std::cout << "  E1 = A2 - y_train against N * dL/dA2 of the half MSE: " << agreement(E1, N * dloss_dA2) << "\n"
            << "  dW1 = E1 * A2 * (1 - A2) against N * dL/dZ2, the output delta: " << agreement(dW1, N * delta)
            << "\n"
            << "  So E1 is the gradient of the question's own 'mse' (times N), and dW1, named like a\n"
            << "  weight gradient, is the delta of the output layer. The loss was never missing.\n\n";
}

// [network]
// The question's network: a sigmoid hidden layer and sigmoid outputs, without biases.
nn::Network question_network(const arma::mat& w1, const arma::mat& w2) {
  const auto sigmoid = std::make_shared<nn::Sigmoid>();
  return nn::Network({nn::Dense(w1, sigmoid, false), nn::Dense(w2, sigmoid, false)});
}

// Its training with the loss named: gradient descent on the question's half MSE.
nn::TrainingHistory train_on_the_loss(nn::Network& network, const Settings& settings,
                                      const nn::QuestionSetup& setup,
                                      const arma::mat& y_train) {
  const nn::HalfMeanSquaredError loss;  // ((A2 - Y)^2).sum() / (2 * A2.size)
  // W -= learning_rate * dL/dW
  nn::SGD gradient_descent({.learning_rate = settings.learning_rate});
  return nn::train(network, loss, setup.train.features, y_train, gradient_descent,
                   settings.iterations);
}
// [network]

// The same run through the library, trained before anything is printed.
struct LibraryRun {
  nn::Network network;
  nn::TrainingHistory history;
};

LibraryRun train_with_the_library(const Settings& settings, const nn::QuestionSetup& setup, const arma::mat& y_train) {
  const Weights start = initial_weights(settings, setup);
  LibraryRun run{question_network(start.w1, start.w2), {}};
  run.history = train_on_the_loss(run.network, settings, setup, y_train);
  return run;
}

void the_same_with_a_loss(const Settings& settings, const LibraryRun& run, const Weights& transcribed) {
  std::cout << "3. The same run as gradient descent on the loss\n";
  const nn::Network& network = run.network;
  const nn::TrainingHistory& history = run.history;
  const double difference =
      std::max(arma::abs(network.layers()[0].weights - transcribed.w1).max() / arma::abs(transcribed.w1).max(),
               arma::abs(network.layers()[1].weights - transcribed.w2).max() / arma::abs(transcribed.w2).max());
  std::cout << "  nn::Network + nn::HalfMeanSquaredError + nn::SGD, " << settings.iterations << " iterations:\n"
            << "  final loss " << text(history.loss.back()) << ", accuracy " << text(history.accuracy.back())
            << "; weights equal to the transcription's within "
            << (difference < 1e-12 ? "1e-12 (relative)" : text(difference)) << ".\n\n";
}

void gradient_check(const nn::QuestionSetup& setup, const arma::mat& y_train) {
  std::cout << "4. Backpropagation checked by finite differences (initial weights, every weight)\n";
  // [check]
  const nn::HalfMeanSquaredError loss;
  const auto loss_at = [&](const arma::mat& w1, const arma::mat& w2) {
    return loss.value(question_network(w1, w2).predict(setup.train.features), y_train);
  };
  nn::Network network = question_network(setup.w1, setup.w2);
  network.loss_and_gradients(loss, setup.train.features, y_train);  // backpropagation
  const nn::GradientCheck w1 =
      nn::check_gradient([&](const arma::mat& w) { return loss_at(w, setup.w2); }, setup.w1,
                         network.layers()[0].weight_gradient);
  const nn::GradientCheck w2 =
      nn::check_gradient([&](const arma::mat& w) { return loss_at(setup.w1, w); }, setup.w2,
                         network.layers()[1].weight_gradient);
  // [check]
  std::cout << "  W1 (4x2):\n";
  nn::print_gradient_check(std::cout, w1, digits);
  std::cout << "  W2 (2x3):\n";
  nn::print_gradient_check(std::cout, w2, digits);
  std::cout << "  " << (w1.passed(1e-6) && w2.passed(1e-6) ? "passed" : "FAILED")
            << ": the backward pass is the derivative of the loss.\n";
}

// The flags of a training run, shared by the walk-through and `results`.
void add_training_flags(CLI::App& mode, Settings& settings, std::string& data_dir) {
  mode.add_option("--iterations", settings.iterations, "Full-batch iterations")
      ->check(nn::cli::whole_number(1, 50000))
      ->capture_default_str();
  mode.add_option("--learning-rate", settings.learning_rate, "Step size")
      ->check(nn::cli::positive_finite)
      ->capture_default_str();
  mode.add_option("--hidden", settings.hidden, "Hidden units (not 2: random initial weights)")
      ->check(nn::cli::whole_number(1, 16))
      ->capture_default_str();
  mode.add_option("--seed", settings.seed, "Seed for random initial weights instead of numpy's")
      ->check(nn::cli::whole_number(0, std::numeric_limits<std::uint64_t>::max()));
  mode.add_option("--data", data_dir, "The data directory (iris.csv and question/)")->capture_default_str();
}

// Whether the command line asks for random initial weights instead of numpy's.
bool wants_random_weights(const CLI::App& mode, const Settings& settings) {
  return mode.count("--seed") > 0 || (mode.count("--hidden") > 0 && settings.hidden != 2);
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Chapter 4: backpropagation, the question's network reproduced", "ch04_backpropagation"};
  Settings settings;
  std::string data_dir = settings.data.string();
  add_training_flags(app, settings, data_dir);
  nn::cli::add_digits_flag(app, digits);
  CLI::App* results =
      app.add_subcommand("results", "Print the question's results table (iteration,loss,accuracy) as CSV");
  add_training_flags(*results, settings, data_dir);

  return nn::cli::run(app, argc, argv, [&] {
    settings.random_weights = wants_random_weights(*results ? *results : app, settings);
    settings.data = data_dir;
    const nn::QuestionSetup setup = nn::load_question_setup(settings.data);
    const arma::mat y_train = nn::one_hot(setup.train.labels, 3);  // pd.get_dummies(y) of the split
    const arma::mat y_test = nn::one_hot(setup.test.labels, 3);
    if (*results) {
      train_with_the_library(settings, setup, y_train).history.write_csv(std::cout);
      return;
    }
    // Data, reference numbers and both runs first: a bad file or a diverging run prints nothing else.
    const std::optional<Reference> numpy =
        is_the_questions_run(settings) ? std::optional(load_reference(settings.data)) : std::nullopt;
    const Transcription transcription = transcribe(settings, setup, y_train);
    const LibraryRun library = train_with_the_library(settings, setup, y_train);
    std::cout << "Chapter 4: backpropagation\n\n";
    print_transcription(settings, setup, transcription);
    final_numbers(numpy, setup, y_train, y_test, transcription.weights);
    if (!settings.random_weights) read_the_code(setup, y_train);
    the_same_with_a_loss(settings, library, transcription.weights);
    if (!settings.random_weights) gradient_check(setup, y_train);
  });
}
