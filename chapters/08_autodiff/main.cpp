// Chapter 8: where TensorFlow and PyTorch use your loss.
//
// In a framework nobody writes a derivative. The forward pass is recorded as a graph, the
// loss is one more node on top of it, and backward() differentiates that loss through the
// graph. This chapter builds the question's network that way (nn::autodiff) and shows the
// loss at work: its derivative is the first gradient of the backward pass.
#include <iomanip>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "nn/activations/sigmoid.hpp"
#include "nn/autodiff/operations.hpp"
#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/losses/mse.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/network/network.hpp"
#include "nn/optimizers/make_optimizer.hpp"
#include "nn/tutorial/cli.hpp"
#include "nn/tutorial/milestones.hpp"
#include "nn/tutorial/modes.hpp"

namespace ad = nn::autodiff;

namespace {

int digits = 6;

std::string text(double x) { return nn::format_number(x, digits); }

// [forward]
// The question's network as an expression. Every operation adds a node to the graph,
// and remembers how to send a gradient back to its inputs.
struct Forward {
  ad::Variable Z1, A1, Z2, A2;
};

Forward forward(const ad::Variable& X, const ad::Variable& W1, const ad::Variable& W2) {
  const ad::Variable Z1 = ad::matmul(X, W1).named("Z1");  // Z1 = np.dot(x_train, W1)
  const ad::Variable A1 = ad::sigmoid(Z1).named("A1");    // A1 = sigmoid(Z1)
  const ad::Variable Z2 = ad::matmul(A1, W2).named("Z2"); // Z2 = np.dot(A1, W2)
  const ad::Variable A2 = ad::sigmoid(Z2).named("A2");    // A2 = sigmoid(Z2)
  return {Z1, A1, Z2, A2};
}
// [forward]

// [losses]
// Each loss is a formula of the network's outputs: swapping it is changing one line.
ad::Variable half_mse(const Forward& f, const ad::Variable& Y) {  // the question's "metric"
  return 0.5 * ad::mean(ad::square(f.A2 - Y));
}
ad::Variable bce(const Forward& f, const ad::Variable& Y) {  // on the sigmoid outputs A2
  return -ad::mean(Y * ad::log(f.A2) + (1.0 - Y) * ad::log(1.0 - f.A2));
}
ad::Variable softmax_ce(const Forward& f, const ad::Variable& Y) {  // on the logits Z2
  const double samples = static_cast<double>(Y.value().n_rows);
  return -(1.0 / samples) * ad::sum(Y * ad::log_softmax(f.Z2));
}
ad::Variable mae(const Forward& f, const ad::Variable& Y) { return ad::mean(ad::abs(f.A2 - Y)); }
// [losses]

// [custom]
// A loss the library does not have, in one line: log cosh(e), about e^2 / 2 for small
// errors and |e| - log 2 for large ones. Nobody derives its gradient: backward() does.
ad::Variable log_cosh(const Forward& f, const ad::Variable& Y) {
  const ad::Variable e = f.A2 - Y;
  return ad::mean(ad::log(0.5 * (ad::exp(e) + ad::exp(-e))));
}
// [custom]

using LossFormula = ad::Variable (*)(const Forward&, const ad::Variable&);

const std::map<std::string, LossFormula>& losses() {
  static const std::map<std::string, LossFormula> all = {
      {"half-mse", half_mse}, {"bce", bce}, {"ce", softmax_ce}, {"mae", mae}, {"log-cosh", log_cosh}};
  return all;
}

double largest_relative_difference(const arma::mat& a, const arma::mat& b) {
  return arma::abs(a - b).max() / std::max(arma::abs(b).max(), 1e-300);
}

// "below 1e-12" when `difference` is, else the number: rounding noise is not printed digit by digit.
std::string agreement(double difference, double bound) {
  return difference < bound ? "below " + nn::format_number(bound, 2) : text(difference);
}

struct Data {
  ad::Variable X, Y;
  arma::mat x_test;
  arma::uvec train_labels, test_labels;
  arma::mat w1, w2;
};

Data load_data() {
  const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
  return {ad::Variable(setup.train.features, "X"), ad::Variable(nn::one_hot(setup.train.labels, 3), "Y"),
          setup.test.features, setup.train.labels, setup.test.labels, setup.w1, setup.w2};
}

void the_loss_at_the_root(const Data& data) {
  std::cout << "1. The loss is where the backward pass starts\n";
  // [backward]
  ad::Variable W1(data.w1, "W1"), W2(data.w2, "W2");
  const Forward f = forward(data.X, W1, W2);
  const ad::Variable loss = half_mse(f, data.Y);
  loss.backward();  // dL/dL = 1, then every node's gradient, from the loss back to W1
  // [backward]
  const arma::mat expected = (f.A2.value() - data.Y.value()) / static_cast<double>(data.Y.value().n_elem);
  std::cout << "  loss (1/2N) sum (A2 - Y)^2 = " << text(loss.value()(0)) << "\n"
            << "  the gradient that arrives at A2 equals (A2 - Y) / N, the question's E1 over N:\n"
            << "    largest relative difference " << agreement(largest_relative_difference(f.A2.gradient(), expected), 1e-15)
            << "\n";

  nn::Network network({nn::Dense(data.w1, std::make_shared<nn::Sigmoid>(), false),
                       nn::Dense(data.w2, std::make_shared<nn::Sigmoid>(), false)});
  network.loss_and_gradients(nn::HalfMeanSquaredError(), data.X.value(), data.Y.value());
  const std::vector<arma::mat> by_hand = network.gradients();
  std::cout << "  W1's and W2's gradients against the hand-written backward pass of chapter 4:\n"
            << "    largest relative difference " << agreement(largest_relative_difference(W1.gradient(), by_hand[0]), 1e-12)
            << " (W1), " << agreement(largest_relative_difference(W2.gradient(), by_hand[1]), 1e-12) << " (W2)\n"
            << "  Nobody wrote A2 - Y here: backward() found it by differentiating the loss.\n\n";
}

void swap_the_loss(const Data& data) {
  std::cout << "2. Swap the loss, and the first gradient changes\n"
            << "  loss       gradient at  equals                        largest relative difference\n";
  const arma::mat& y = data.Y.value();
  const double elements = static_cast<double>(y.n_elem), samples = static_cast<double>(y.n_rows);
  struct Row {
    std::string loss, node, formula;
  };
  for (const Row& row : std::vector<Row>{{"half-mse", "A2", "(A2 - Y) / N"},
                                         {"bce", "Z2", "(A2 - Y) / N"},
                                         {"ce", "Z2", "(softmax(Z2) - Y) / samples"},
                                         {"mae", "A2", "sign(A2 - Y) / N"}}) {
    ad::Variable W1(data.w1), W2(data.w2);
    const Forward f = forward(data.X, W1, W2);
    losses().at(row.loss)(f, data.Y).backward();
    const arma::mat& p = f.A2.value();
    arma::mat expected;
    if (row.loss == "ce") {
      expected = (ad::softmax(f.Z2).value() - y) / samples;
    } else if (row.loss == "mae") {
      expected = arma::sign(p - y) / elements;
    } else {
      expected = (p - y) / elements;
    }
    const arma::mat& arrived = row.node == "A2" ? f.A2.gradient() : f.Z2.gradient();
    std::cout << "  " << std::left << std::setw(11) << row.loss << std::setw(13) << row.node << std::setw(30)
              << row.formula << std::right << agreement(largest_relative_difference(arrived, expected), 1e-12) << "\n";
  }
  std::cout << "  N counts the elements of Y (130 x 3), samples its rows. Only the matched pairs,\n"
            << "  sigmoid with bce and softmax with ce, give p - y at the logits; mae sends the sign.\n\n";
}

struct Trained {
  arma::mat w1, w2;
  std::vector<double> losses;  // at every iteration, before its update
};

// [train]
// Training with any loss formula: forward, loss, backward, step. The optimizer sees only
// the gradients; the loss's value is recorded for us to read.
Trained train(const Data& data, LossFormula loss_of, nn::Optimizer& optimizer, int iterations,
              double scale = 1.0) {
  ad::Variable W1(data.w1, "W1"), W2(data.w2, "W2");
  Trained run;
  for (int i = 0; i < iterations; ++i) {
    try {
      const ad::Variable loss = scale * loss_of(forward(data.X, W1, W2), data.Y);
      loss.backward();
      run.losses.push_back(loss.value()(0));
      optimizer.step({&W1.value_to_update(), &W2.value_to_update()},
                     {W1.gradient(), W2.gradient()});
    } catch (const nn::Overflow&
                 overflow) {  // the steps grew until a value left the range of a double
      throw nn::divergence("training", "iteration", i, overflow.what());
    }
  }
  run.w1 = W1.value();
  run.w2 = W2.value();
  return run;
}
// [train]

double accuracy(const Trained& run, const arma::mat& x, const arma::uvec& labels) {
  const Forward f = forward(ad::Variable(x), ad::Variable(run.w1), ad::Variable(run.w2));
  return nn::metrics::accuracy(labels, nn::class_labels(f.A2.value()));
}

const std::vector<std::string> section_three_losses = {"half-mse", "bce", "ce", "mae", "log-cosh"};

// Section 3's runs, trained before anything is printed (a run that diverges stops the program).
std::vector<Trained> train_each_loss(const Data& data, int iterations, double learning_rate) {
  std::vector<Trained> runs;
  for (const std::string& name : section_three_losses) {
    const auto sgd = nn::make_optimizer("sgd", {.learning_rate = learning_rate});
    runs.push_back(train(data, losses().at(name), *sgd, iterations));
  }
  return runs;
}

void different_networks(const Data& data, const std::vector<Trained>& runs, int iterations, double learning_rate) {
  std::cout << "3. A different first gradient trains a different network (sgd, learning rate "
            << text(learning_rate) << ", " << iterations << " iterations)\n";
  for (std::size_t i = 0; i < runs.size(); ++i) {
    std::cout << "  " << std::left << std::setw(9) << section_three_losses[i] << std::right << " final loss "
              << std::setw(9) << text(runs[i].losses.back()) << "  training accuracy " << std::setw(8)
              << text(accuracy(runs[i], data.X.value(), data.train_labels)) << "  test accuracy "
              << text(accuracy(runs[i], data.x_test, data.test_labels)) << "\n";
  }
  std::cout << "  One learning rate is a different step for each loss, whose gradients differ in\n"
            << "  size: this shows that the loss changes the network, not which loss is best\n"
            << "  (chapter 5 compares them, each at its own learning rate).\n\n";
}

void check_the_custom_loss(const Data& data) {
  std::cout << "4. A loss of your own: log cosh, differentiated by the graph\n";
  ad::Variable W1(data.w1), W2(data.w2);
  const Forward f = forward(data.X, W1, W2);
  log_cosh(f, data.Y).backward();
  const arma::mat expected = arma::tanh(f.A2.value() - data.Y.value()) / static_cast<double>(data.Y.value().n_elem);
  // [custom_check]
  const auto loss_of_w2 = [&](const arma::mat& w2) {
    return log_cosh(forward(data.X, ad::Variable(data.w1), ad::Variable(w2)), data.Y).value()(0);
  };
  const nn::GradientCheck check = nn::check_gradient(loss_of_w2, data.w2, W2.gradient());
  // [custom_check]
  std::cout << "  gradient at A2 against tanh(A2 - Y) / N, its derivative by hand: largest relative difference "
            << agreement(largest_relative_difference(f.A2.gradient(), expected), 1e-12) << "\n"
            << "  W2's gradient against finite differences: " << (check.passed(1e-6) ? "passed" : "FAILED")
            << " (largest relative error " << agreement(check.max_relative_error(), 1e-6) << ")\n\n";
}

void what_the_optimizer_sees(const Data& data) {
  std::cout << "5. The optimizer sees gradients, not the loss: one step on L and on 10 L\n";
  // [scaled]
  for (const std::string name : {"sgd", "adam"}) {
    const auto on_loss = nn::make_optimizer(name, {.learning_rate = 0.01});
    const auto on_ten_times = nn::make_optimizer(name, {.learning_rate = 0.01});
    const arma::mat step = train(data, half_mse, *on_loss, 1).w2 - data.w2;
    const arma::mat step_ten = train(data, half_mse, *on_ten_times, 1, 10.0).w2 - data.w2;
    // [scaled]
    const double ratio = arma::mean(arma::vectorise(step_ten / step));
    std::cout << "  " << std::left << std::setw(5) << name << std::right << "step on 10 L / step on L: " << std::setw(8)
              << nn::format_number(ratio, 3) << " on average over W2's elements\n";
  }
  std::cout << "  sgd's step is the gradient times the learning rate, so it grows tenfold; adam\n"
            << "  divides each gradient by a running estimate of its size, so the factor cancels,\n"
            << "  up to its epsilon. The loss's value itself is only read by you: logs, early\n"
            << "  stopping, learning-rate schedules.\n";
}

// A single run from the flags: `ch08_autodiff train --loss bce --show-gradient Z2`.
struct RunFlags {
  std::string loss = "half-mse", optimizer = "sgd", node;
  int iterations = 1000;
  double learning_rate = 0.1;
};

void single_run(const Data& data, const RunFlags& flags) {
  const LossFormula loss_of = losses().at(flags.loss);
  const auto optimizer = nn::make_optimizer(flags.optimizer, {.learning_rate = flags.learning_rate});
  const Trained run = train(data, loss_of, *optimizer, flags.iterations);  // may diverge: before printing
  if (!flags.node.empty()) {
    ad::Variable W1(data.w1, "W1"), W2(data.w2, "W2");
    const Forward f = forward(data.X, W1, W2);
    loss_of(f, data.Y).backward();
    const std::map<std::string, ad::Variable> nodes = {{"W1", W1}, {"W2", W2}, {"Z1", f.Z1},
                                                       {"A1", f.A1}, {"Z2", f.Z2}, {"A2", f.A2}};
    const ad::Variable& node = nodes.at(flags.node);
    std::cout << "gradient of " << flags.loss << " at " << flags.node << " (" << nn::shape_of(node.value())
              << "), before training:\n"
              << nn::format_rows(node.gradient(), digits);
  }
  for (int i = 0; i < flags.iterations; ++i) {
    if (nn::is_milestone(i, flags.iterations - 1)) {
      std::cout << "iteration " << std::setw(6) << i << "  loss " << text(run.losses[i]) << "\n";
    }
  }
  std::cout << "training accuracy " << text(accuracy(run, data.X.value(), data.train_labels)) << ", test accuracy "
            << text(accuracy(run, data.x_test, data.test_labels)) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Chapter 8: where TensorFlow and PyTorch use your loss (automatic differentiation)", "ch08_autodiff"};
  int iterations = 1000;
  double learning_rate = 0.1;
  app.add_option("--iterations", iterations, "Iterations of section 3's training")
      ->check(nn::cli::whole_number(1, 50000))
      ->capture_default_str();
  app.add_option("--learning-rate", learning_rate, "Learning rate of section 3's training")
      ->check(nn::cli::positive_finite)
      ->capture_default_str();
  nn::cli::add_digits_flag(app, digits);

  RunFlags flags;
  std::vector<std::string> names;
  for (const auto& [name, formula] : losses()) names.push_back(name);
  CLI::App* run = app.add_subcommand("train", "Train the question's network on one loss, by the graph");
  run->add_option("--loss", flags.loss, "The loss")->check(CLI::IsMember(names))->capture_default_str();
  run->add_option("--optimizer", flags.optimizer, "The optimizer")
      ->check(CLI::IsMember(nn::optimizer_names()))
      ->capture_default_str();
  run->add_option("--iterations", flags.iterations, "Iterations")->check(nn::cli::whole_number(1, 50000))->capture_default_str();
  run->add_option("--learning-rate", flags.learning_rate, "Learning rate")
      ->check(nn::cli::positive_finite)
      ->capture_default_str();
  run->add_option("--show-gradient", flags.node, "Print the loss's gradient at this node before training")
      ->check(CLI::IsMember({"W1", "W2", "Z1", "A1", "Z2", "A2"}));
  nn::cli::add_digits_flag(*run, digits);

  return nn::cli::run(app, argc, argv, [&] {
    const Data data = load_data();
    if (*run) {
      single_run(data, flags);
      return;
    }
    const std::vector<Trained> runs = train_each_loss(data, iterations, learning_rate);
    std::cout << "Chapter 8: where your framework uses the loss\n\n";
    the_loss_at_the_root(data);
    swap_the_loss(data);
    different_networks(data, runs, iterations, learning_rate);
    check_the_custom_loss(data);
    what_the_optimizer_sees(data);
  });
}
