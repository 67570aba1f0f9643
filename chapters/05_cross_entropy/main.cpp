// Chapter 5: cross-entropy.
//
// For classification the usual losses are cross-entropies. Paired with the sigmoid
// or the softmax, their gradient at the logits is p - y: the error vector again.
// This chapter derives that, shows why MSE on a sigmoid learns slowly, computes the
// losses stably for huge logits, and trains the question's network with three
// losses to show that the loss changes what is learned.
#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "nn/activations/make_activation.hpp"
#include "nn/activations/sigmoid.hpp"
#include "nn/activations/softmax.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/losses/binary_cross_entropy.hpp"
#include "nn/losses/make_loss.hpp"
#include "nn/losses/mse.hpp"
#include "nn/losses/softmax_cross_entropy.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/network/network.hpp"
#include "nn/network/training.hpp"
#include "nn/optimizers/sgd.hpp"
#include "nn/tutorial/cli.hpp"
#include "nn/tutorial/loss_report.hpp"
#include "nn/tutorial/modes.hpp"

namespace {

int digits = 6;

std::string text(const arma::mat& m) { return nn::format_inline(m, digits); }
std::string text(double x) { return nn::format_number(x, digits); }

bool same(const arma::mat& a, const arma::mat& b) { return arma::approx_equal(a, b, "reldiff", 1e-12); }

// A row of terms in words where they are not numbers: infinite (log 0) or undefined (0 log 0).
std::string in_words(const arma::mat& terms) {
  std::string row = "[";
  for (arma::uword i = 0; i < terms.n_elem; ++i) {
    const double term = terms(i);
    const std::string word = std::isnan(term) ? "undefined" : std::isinf(term) ? "infinite" : text(term);
    row += (i > 0 ? " " : "") + word;
  }
  return row + "]";
}

void binary() {
  std::cout << "1. Sigmoid and binary cross-entropy: the gradient at the logits is p - y\n";
  // [binary]
  const arma::mat z = {{2.0, -1.5, 0.4}};   // logits
  const arma::mat y = {{1.0, 0.0, 1.0}};    // targets
  const nn::Sigmoid sigmoid;
  const arma::mat p = sigmoid.value(z);     // probabilities
  const nn::BinaryCrossEntropy bce;         // on probabilities
  const nn::BinaryCrossEntropyWithLogits bce_logits;  // on logits, stable
  const arma::mat chain = bce.gradient(p, y) % sigmoid.derivative(z);  // dL/dp * dp/dz
  const arma::mat direct = bce_logits.gradient(z, y);                  // dL/dz
  const arma::mat error = (p - y) / static_cast<double>(p.n_elem);     // the error vector over N
  // [binary]
  std::cout << "  z = " << text(z) << ", y = " << text(y) << ", p = sigmoid(z) = " << text(p) << "\n"
            << "  BCE(p, y) = " << text(bce.value(p, y)) << ", BCE with logits (z, y) = " << text(bce_logits.value(z, y))
            << "\n"
            << "  dL/dp * sigmoid'(z) = " << text(chain) << "\n"
            << "  dL/dz with logits   = " << text(direct) << "\n"
            << "  (p - y) / N         = " << text(error) << "\n"
            << "  all three equal: " << (same(chain, error) && same(direct, error) ? "yes" : "NO") << "\n\n";
}

void softmax() {
  std::cout << "2. Softmax and cross-entropy: the same p - y, one row per sample\n";
  // [softmax]
  const arma::mat logits = {{2.0, 1.0, 0.1},   // sample 1
                            {0.5, 2.5, -1.0}};  // sample 2
  const arma::mat labels = arma::colvec{0, 2};  // class indices, one per row
  const nn::SoftmaxCrossEntropy ce;             // mean over samples, as PyTorch
  const arma::mat p = nn::Softmax().value(logits);
  const arma::mat error = (p - nn::one_hot({0, 2}, 3)) / 2.0;  // (p - y) / N samples
  // [softmax]
  std::cout << "  softmax(z):\n"
            << nn::format_rows(p, digits, "    ") << "  CE = " << text(ce.value(logits, labels)) << "\n"
            << "  dL/dz:\n"
            << nn::format_rows(ce.gradient(logits, labels), digits, "    ")
            << "  equal to (p - one_hot(y)) / N: " << (same(ce.gradient(logits, labels), error) ? "yes" : "NO")
            << "\n\n";
}

void slowdown() {
  std::cout << "3. Why MSE on a sigmoid learns slowly: the sigmoid's slope stays in its gradient\n"
            << "  one output, target 1, logit z; gradients with respect to z (reduction sum)\n";
  // [slowdown]
  const arma::mat z = arma::colvec{-8, -4, -2, 0, 2, 4};
  const arma::mat y(arma::size(z), arma::fill::ones);
  const nn::Sigmoid sigmoid;
  const arma::mat p = sigmoid.value(z);
  const arma::mat mse_dz =
      nn::HalfMeanSquaredError(nn::Reduction::sum).gradient(p, y) % sigmoid.derivative(z);
  const arma::mat bce_dz = nn::BinaryCrossEntropyWithLogits(nn::Reduction::sum).gradient(z, y);
  // [slowdown]
  std::cout << nn::format_table({"z", "p", "(1/2)(p-y)^2", "cross-entropy"}, arma::join_rows(z, p, mse_dz, bce_dz),
                                digits)
            << "  The more wrong the prediction (z = -8: p near 0, target 1), the smaller the half-MSE\n"
            << "  gradient, because p(1 - p) vanishes; the cross-entropy's stays near p - y = -1.\n";

  std::cout << "  One neuron that starts confidently wrong (z = -8, target 1), gradient descent on z, rate 1:\n"
            << "   step   z with (1/2) MSE   z with cross-entropy\n";
  // [stuck]
  double z_mse = -8.0, z_bce = -8.0;
  for (int step = 0; step <= 1000; ++step) {
    if (step == 0 || step == 10 || step == 100 || step == 1000) {
      std::cout << "  " << std::setw(5) << step << "  " << std::setw(17) << text(z_mse) << "  "
                << std::setw(21) << text(z_bce) << "\n";
    }
    const double p_mse = 1.0 / (1.0 + std::exp(-z_mse)), p_bce = 1.0 / (1.0 + std::exp(-z_bce));
    z_mse -= (p_mse - 1.0) * p_mse * (1.0 - p_mse);  // d/dz (1/2)(p - 1)^2
    z_bce -= p_bce - 1.0;                            // d/dz -log p
  }
  // [stuck]
  std::cout << "  After 1000 steps the squared error has barely moved the logit; the cross-entropy\n"
            << "  crossed z = 0, where p passes 1/2, within the first 10.\n\n";
}

void stability() {
  std::cout << "4. Huge logits: the naive formulas overflow, the stable ones do not\n";
  // [stability]
  const arma::mat z = {{1000.0, -1000.0, -1000.0}};
  const arma::mat y = {{0.0, 1.0, 0.0}};  // confidently wrong, wrong, and right
  const arma::mat naive_p = 1.0 / (1.0 + arma::exp(-z));
  const arma::mat naive = -(y % arma::log(naive_p) + (1.0 - y) % arma::log(1.0 - naive_p));
  const nn::BinaryCrossEntropyWithLogits stable(nn::Reduction::none);
  // [stability]
  std::cout << "  z = " << text(z) << ", y = " << text(y) << "\n"
            << "  naive -(y log p + (1-y) log(1-p)): " << in_words(naive) << "\n"
            << "  stable max(z,0) - z y + log(1 + exp(-|z|)): " << text(stable.terms(z, y)) << ", gradient "
            << text(stable.gradient(z, y)) << "\n"
            << "  nn::BinaryCrossEntropy on probabilities clamps each log at -100, as PyTorch does: "
            << text(nn::BinaryCrossEntropy(nn::Reduction::none).terms(arma::mat{{1.0, 0.0, 0.0}}, y)) << "\n\n";
}

// [experiment]
// The question's network with the output activation and loss of one run.
struct Run {
  std::string label;
  std::string output_activation;  // "sigmoid" for probabilities, "identity" for logits
  std::string loss;               // a name make_loss() knows
};

const std::vector<Run> runs = {
    {"(1/2) MSE on sigmoid outputs (the question's)", "sigmoid", "half-mse"},
    {"binary cross-entropy on sigmoid outputs", "sigmoid", "bce"},
    {"softmax cross-entropy on logits", "identity", "ce"},
};

// Where a run stands at one iteration: its accuracy, its confusion matrix on the training
// flowers, and the mean output of each actual species (rows) for each class (columns).
struct Plateau {
  int iteration = 0;
  double accuracy = 0.0;
  arma::umat confusion;
  arma::mat mean_output;
};

Plateau where_it_stands(const nn::Network& network, const nn::QuestionSetup& setup,
                        int iteration) {
  const arma::mat output = network.predict(setup.train.features);
  const arma::uvec predicted = nn::metrics::predicted_classes(output);
  Plateau plateau{iteration, nn::metrics::accuracy(setup.train.labels, predicted),
                  nn::metrics::confusion_matrix(setup.train.labels, predicted, 3),
                  arma::mat(3, 3)};
  for (arma::uword species = 0; species < 3; ++species) {
    plateau.mean_output.row(species) =
        arma::mean(output.rows(arma::find(setup.train.labels == species)), 0);
  }
  return plateau;
}

struct Result {
  nn::TrainingHistory history;     // before each update, as the question records it (the figure's)
  Plateau plateau;                 // where the run stood after `plateau_iteration` iterations
  double final_loss = 0.0;         // of the final weights, after the last update
  double training_accuracy = 0.0;  // of the final weights
  double test_accuracy = 0.0;      // of the final weights
  arma::uvec predicted_on_training;
};

Result train(const Run& run, const nn::QuestionSetup& setup, int iterations,
             double learning_rate, nn::History recorded) {
  const auto sigmoid = std::make_shared<nn::Sigmoid>();
  nn::Network network({nn::Dense(setup.w1, sigmoid, false),  // the same start for every loss
                       nn::Dense(setup.w2, nn::make_activation(run.output_activation), false)});
  const std::unique_ptr<nn::Loss> loss = nn::make_loss(run.loss);
  nn::SGD gradient_descent({.learning_rate = learning_rate});
  const arma::mat y_train = nn::one_hot(setup.train.labels, 3);
  Result result;
  // inside the binary cross-entropy's long plateau at 0.1
  constexpr int plateau_iteration = 2000;
  if (iterations > plateau_iteration) {
    result.history = nn::train(network, *loss, setup.train.features, y_train, gradient_descent,
                               plateau_iteration, recorded);
    result.plateau = where_it_stands(network, setup, plateau_iteration);
    const nn::TrainingHistory rest =
        nn::train(network, *loss, setup.train.features, y_train, gradient_descent,
                  iterations - plateau_iteration, recorded);
    result.history.loss.insert(result.history.loss.end(), rest.loss.begin(), rest.loss.end());
    result.history.accuracy.insert(result.history.accuracy.end(), rest.accuracy.begin(),
                                   rest.accuracy.end());
  } else {
    result.history = nn::train(network, *loss, setup.train.features, y_train, gradient_descent,
                               iterations, recorded);
    result.plateau = where_it_stands(network, setup, iterations);
  }
  const arma::mat output = network.predict(setup.train.features);
  result.final_loss = loss->value(output, y_train);
  result.predicted_on_training = nn::metrics::predicted_classes(output);
  result.training_accuracy =
      nn::metrics::accuracy(setup.train.labels, result.predicted_on_training);
  result.test_accuracy = nn::metrics::accuracy(
      setup.test.labels, nn::metrics::predicted_classes(network.predict(setup.test.features)));
  return result;
}
// [experiment]

std::vector<Result> train_all(const nn::QuestionSetup& setup, int iterations, double learning_rate,
                              nn::History recorded) {
  std::vector<Result> results;
  for (const Run& run : runs) results.push_back(train(run, setup, iterations, learning_rate, recorded));
  return results;
}

// The training flowers' predicted species, counted per actual species (rows: actual).
arma::umat confusion_on_training(const Result& result, const nn::QuestionSetup& setup) {
  return nn::metrics::confusion_matrix(setup.train.labels, result.predicted_on_training, 3);
}

void experiment(const std::vector<Result>& results, const nn::QuestionSetup& setup, int iterations,
                double learning_rate) {
  std::cout << "5. Same network, data, start, learning rate and iterations; only the loss differs\n"
            << "  learning rate " << text(learning_rate) << ", " << iterations << " iterations\n";
  for (std::size_t i = 0; i < runs.size(); ++i) {
    std::cout << "  " << std::left << std::setw(47) << runs[i].label << std::right << " final loss "
              << text(results[i].final_loss) << ", training accuracy " << text(results[i].training_accuracy)
              << ", test accuracy " << text(results[i].test_accuracy) << "\n";
  }
  std::cout << "  Each loss's values are on its own scale; compare the accuracies. Losses and\n"
            << "  accuracies are of the final weights, after the last step.\n";
  const arma::umat confusion = confusion_on_training(results[0], setup);
  std::cout << "  The question's run on its training flowers (rows: actual species, columns: predicted):\n"
            << nn::format_table({"setosa", "versicolor", "virginica"}, arma::conv_to<arma::mat>::from(confusion),
                                digits, "    ")
            << "  Of its " << arma::accu(confusion.row(1)) << " versicolor flowers it calls " << confusion(1, 2)
            << " virginica.\n";
  const Plateau& plateau = results[1].plateau;
  std::cout << "  binary cross-entropy at iteration " << plateau.iteration << ", on the plateau of the figure: training accuracy "
            << text(plateau.accuracy) << "\n"
            << "    mean outputs (setosa, versicolor, virginica) of the versicolor flowers "
            << nn::format_inline(plateau.mean_output.row(1), 3) << "\n"
            << "    mean outputs (setosa, versicolor, virginica) of the virginica flowers  "
            << nn::format_inline(plateau.mean_output.row(2), 3) << "\n"
            << "    so " << plateau.confusion(2, 1) << " of the " << arma::accu(plateau.confusion.row(2))
            << " virginica flowers are called versicolor: the two outputs are nearly tied.\n\n";
}

// [fair]
// Each loss at a learning rate that gives it steps of a comparable size. Softmax cross-entropy
// averages over the 130 samples; binary cross-entropy over the 390 elements, a third of the
// step; the half-MSE also keeps the sigmoid's slope p (1 - p), about 1/4 here, a quarter again.
const std::vector<double> matched_rates = {1.2, 0.3, 0.1};  // in the order of `runs`
// [fair]

std::vector<Result> train_matched(const nn::QuestionSetup& setup) {
  std::vector<Result> results;
  for (std::size_t i = 0; i < runs.size(); ++i) {
    results.push_back(train(runs[i], setup, 2000, matched_rates[i], nn::History::none));
  }
  return results;
}

void fair_comparison(const std::vector<Result>& matched, const nn::QuestionSetup& setup) {
  std::cout << "6. A fair comparison: each loss at a learning rate matched to its gradient's scale, 2000 iterations\n";
  for (std::size_t i = 0; i < runs.size(); ++i) {
    std::cout << "  " << std::left << std::setw(47) << runs[i].label << std::right << " learning rate "
              << std::setw(3) << text(matched_rates[i]) << ", training accuracy "
              << text(matched[i].training_accuracy) << ", test accuracy " << text(matched[i].test_accuracy) << "\n";
  }
  // Why the question's run was slow: at the start the sigmoid outputs are far from saturated.
  const nn::Sigmoid sigmoid;
  const arma::mat start = sigmoid.value(sigmoid.value(setup.train.features * setup.w1) * setup.w2);
  const arma::mat slope = start % (1.0 - start);
  std::cout << "  With steps of comparable size the three losses reach the same training accuracy: what held\n"
            << "  the question's run back was its step size. At its start every output p lies in\n"
            << "  [" << text(start.min()) << ", " << text(start.max()) << "],"
            << " "
            << "so the sigmoid's slope p(1 - p) lies in [" << text(slope.min()) << ", " << text(slope.max())
            << "],\n  near its largest value 1/4:"
            << " nothing is saturated, and the half-MSE gradient at the logits,\n"
            << "  (p - y) p (1 - p) / N, is about a quarter of binary cross-entropy's (p - y) / N: a\n"
            << "  smaller step at the same rate. No rate was tuned on the test flowers.\n";
}

// plot-data slope: the sigmoid, its slope, and the two losses' gradients at the logit for target 1.
void plot_slope() {
  const arma::mat z = arma::linspace<arma::colvec>(-8.0, 8.0, 161);
  const nn::Sigmoid sigmoid;
  const arma::mat p = sigmoid.value(z);
  std::cout << "z,p,slope,half_mse_gradient,cross_entropy_gradient\n";
  for (arma::uword i = 0; i < z.n_elem; ++i) {
    const double slope = p(i) * (1.0 - p(i));
    for (const double value : {z(i), p(i), slope, (p(i) - 1.0) * slope}) std::cout << nn::format_number(value, 9) << ",";
    std::cout << nn::format_number(p(i) - 1.0, 9) << "\n";
  }
}

// plot-data curves: the three runs' loss and accuracy per iteration, for the book's plot.
void plot_data(const std::vector<Result>& results, int iterations) {
  std::cout << "iteration,half_mse_loss,half_mse_accuracy,bce_loss,bce_accuracy,ce_loss,ce_accuracy\n";
  for (int i = 0; i < iterations; ++i) {
    std::cout << i;
    for (const Result& result : results) {
      std::cout << "," << nn::format_number(result.history.loss[i], 9) << ","
                << nn::format_number(result.history.accuracy[i], 9);
    }
    std::cout << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Chapter 5: cross-entropy, and what a different loss learns", "ch05_cross_entropy"};
  int iterations = 5000;
  double learning_rate = 0.1;
  const auto add_experiment_flags = [&](CLI::App& mode) {
    mode.add_option("--iterations", iterations, "Iterations of the experiment")
        ->check(nn::cli::whole_number(1, 50000))
        ->capture_default_str();
    mode.add_option("--learning-rate", learning_rate, "Learning rate of the experiment")
        ->check(nn::cli::positive_finite)
        ->capture_default_str();
  };
  add_experiment_flags(app);
  nn::cli::add_digits_flag(app, digits);

  // One subcommand per loss: `ch05_cross_entropy ce --prediction ... --target ...`.
  std::string reduction = "mean", prediction_text, target_text;
  nn::LossOptions options;
  std::vector<CLI::App*> calculators;
  for (const std::string& name : nn::classification_loss_names()) {
    CLI::App* calculator = app.add_subcommand(name, "The " + name + " loss and its gradient for your own numbers");
    calculator->add_option("--prediction", prediction_text,
                           name == "bce" ? "Probabilities, one sample per row" : "Logits, one sample per row")
        ->required();
    calculator->add_option("--target", target_text,
                           name == "ce" ? "One class index per row, or class probabilities in the prediction's shape"
                                        : "Targets in [0, 1], in the prediction's shape")
        ->required();
    calculator->add_option("--reduction", reduction, "How the loss combines its terms")
        ->check(CLI::IsMember({"mean", "sum", "none"}))
        ->capture_default_str();
    if (name == "ce") {
      calculator->add_option("--label-smoothing", options.label_smoothing, "Label smoothing, in [0, 1]")
          ->check(nn::cli::unit_interval)
          ->capture_default_str();
    }
    nn::cli::add_digits_flag(*calculator, digits);
    calculators.push_back(calculator);
  }
  std::string plot;
  CLI::App* plot_mode = nn::cli::add_plot_data_mode(app, plot, {"curves", "slope"});
  add_experiment_flags(*plot_mode);

  return nn::cli::run(app, argc, argv, [&] {
    for (const CLI::App* calculator : calculators) {
      if (!*calculator) continue;
      options.reduction = nn::parse_reduction(reduction);
      const arma::mat p = nn::parse_matrix(prediction_text, "--prediction");
      const arma::mat t = nn::parse_matrix(target_text, "--target");
      nn::print_loss_and_gradient(std::cout, *nn::make_loss(calculator->get_name(), options), p, t, digits);
      return;
    }
    if (plot == "slope") {
      for (const char* flag : {"--iterations", "--learning-rate"}) {
        if (plot_mode->count(flag) > 0) throw std::invalid_argument(std::string(flag) + " has no effect on the figure 'slope'");
      }
      plot_slope();
      return;
    }
    const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
    // Only the figure needs every iteration's loss and accuracy. May diverge: before printing.
    const std::vector<Result> results =
        train_all(setup, iterations, learning_rate, plot.empty() ? nn::History::none : nn::History::every_iteration);
    if (!plot.empty()) {
      plot_data(results, iterations);
      return;
    }
    const std::vector<Result> matched = train_matched(setup);
    std::cout << "Chapter 5: cross-entropy\n\n";
    binary();
    softmax();
    slowdown();
    stability();
    experiment(results, setup, iterations, learning_rate);
    fair_comparison(matched, setup);
  });
}
