// Chapter 6: metrics.
//
// A metric is the number you report and want to be good; a loss is the number the
// optimizer can differentiate. This chapter shows why accuracy cannot be the loss (its
// gradient is zero), computes the classification and regression metrics as scikit-learn
// defines them, accumulates them over minibatches, and tracks them during training.
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "nn/activations/identity.hpp"
#include "nn/activations/sigmoid.hpp"
#include "nn/activations/softmax.hpp"
#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/io/data_directory.hpp"
#include "nn/io/iris.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/losses/mse.hpp"
#include "nn/losses/softmax_cross_entropy.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/metrics/regression.hpp"
#include "nn/metrics/streaming.hpp"
#include "nn/network/network.hpp"
#include "nn/network/training.hpp"
#include "nn/optimizers/sgd.hpp"
#include "nn/tutorial/cli.hpp"
#include "nn/tutorial/milestones.hpp"
#include "nn/tutorial/modes.hpp"

namespace {

namespace metrics = nn::metrics;

int digits = 6;

std::string text(const arma::mat& m) { return nn::format_inline(m, digits); }
std::string text(double x) { return nn::format_number(x, digits); }

constexpr arma::uword iris_classes = 3;  // 0 setosa, 1 versicolor, 2 virginica

struct Settings {
  int iterations = 5000;
  double learning_rate = 0.1;
};

// Class labels as the N x 1 column of class indices that nn::SoftmaxCrossEntropy takes.
arma::mat label_column(const arma::uvec& labels) { return arma::conv_to<arma::mat>::from(labels); }

// ---------------------------------------------------------------------------------------
// Training, with the metrics recorded

// What the training loop measures at each iteration, before that iteration's update.
struct Record {
  double train_loss;     // the softmax cross-entropy on the training flowers: what is minimised
  double test_loss;      // the same on the test flowers, which training never sees
  double train_accuracy; // the share of training flowers classified right
  double test_accuracy;  // the share of test flowers classified right
  double test_macro_f1;  // F1 of each species on the test flowers, averaged
};

struct Run {
  nn::Network network;          // after the last update
  std::vector<Record> records;  // one per iteration
};

// [network]
// Chapter 5's third run: the question's 4-2-3 network and initial weights, sigmoid hidden
// units and logits out, trained by gradient descent on the softmax cross-entropy.
nn::Network question_network(const nn::QuestionSetup& setup) {
  const auto sigmoid = std::make_shared<nn::Sigmoid>();
  const auto identity = std::make_shared<nn::Identity>();
  return nn::Network({nn::Dense(setup.w1, sigmoid, false), nn::Dense(setup.w2, identity, false)});
}
// [network]

// A learning rate that is too large makes the weights overflow; say so instead of printing NaN.
void require_finite_weights(nn::Network& network, int iteration) {
  if (!nn::all_finite(network.parameters())) {
    throw nn::divergence("training", "iteration", iteration, "the weights overflowed");
  }
}

// [training]
// nn::train's loop written out, measuring the metrics at every iteration. Like the
// question's loop, it computes them beside the loss; only the loss's gradient goes backward.
Run train_and_track(const nn::QuestionSetup& setup, const Settings& settings) {
  nn::Network network = question_network(setup);
  const nn::SoftmaxCrossEntropy loss;
  nn::SGD gradient_descent({.learning_rate = settings.learning_rate});
  const arma::mat y_train = nn::one_hot(setup.train.labels, iris_classes);
  const arma::mat y_test = nn::one_hot(setup.test.labels, iris_classes);
  std::vector<Record> records;
  for (int iteration = 0; iteration < settings.iterations; ++iteration) {
    try {
      // measured, never trained on
      const arma::mat test_logits = network.predict(setup.test.features);
      const arma::uvec test_predicted = metrics::predicted_classes(test_logits);
      const arma::mat logits = network.forward(setup.train.features);
      records.push_back(
          {loss.value(logits, y_train), loss.value(test_logits, y_test),
           metrics::accuracy(setup.train.labels, metrics::predicted_classes(logits)),
           metrics::accuracy(setup.test.labels, test_predicted),
           metrics::f1(setup.test.labels, test_predicted, metrics::Average::macro,
                       iris_classes)});
      // the loss's gradient, and nothing else
      network.backward(loss.gradient(logits, y_train));
    } catch (const nn::Overflow& error) {   // the weights grew until a pass overflowed
      throw nn::divergence("training", "iteration", iteration, error.what());
    }
    gradient_descent.step(network.parameters(), network.gradients());
    require_finite_weights(network, iteration);
  }
  return {network, records};
}
// [training]

// ---------------------------------------------------------------------------------------
// 1. Loss versus metric

struct Scores {
  double loss;      // the softmax cross-entropy: what training minimises
  double accuracy;  // the share of flowers classified right: what we want
};

// [scores]
Scores scores(const nn::Network& network, const nn::Dataset& data) {
  const arma::mat logits = network.predict(data.features);
  return {nn::SoftmaxCrossEntropy().value(logits, label_column(data.labels)),
          metrics::accuracy(data.labels, metrics::predicted_classes(logits))};
}

// The same network with every one of its weights moved by h.
Scores scores_after_nudge(nn::Network network, double h, const nn::Dataset& data) {
  for (arma::mat* weights : network.parameters()) *weights += h;
  return scores(network, data);
}
// [scores]

void loss_versus_metric(const nn::Network& network, const nn::QuestionSetup& setup, const Settings& settings) {
  std::cout << "1. A loss has a gradient, accuracy has none\n"
            << "  Chapter 5's network after training (softmax cross-entropy, learning rate "
            << text(settings.learning_rate) << ", " << settings.iterations << " iterations),\n"
            << "  on its " << setup.train.labels.n_elem << " training flowers, with every weight moved by h:\n";
  const Scores trained = scores(network, setup.train);
  std::vector<std::vector<std::string>> rows;
  for (const double h : {0.0, 1e-6, 1e-4, 1e-3, 1e-2, 0.1}) {
    const Scores nudged = scores_after_nudge(network, h, setup.train);
    rows.push_back({text(h), text(nudged.loss), text(nudged.loss - trained.loss), text(nudged.accuracy),
                    text(nudged.accuracy - trained.accuracy)});
  }
  std::cout << nn::format_table({"h", "loss", "change", "accuracy", "change"}, rows, "    ", nn::Align::left);

  std::cout << "  Central differences (h = 1e-6) at the trained weights:\n";
  nn::Network backpropagated = network;
  backpropagated.loss_and_gradients(nn::SoftmaxCrossEntropy(), setup.train.features,
                                    label_column(setup.train.labels));
  bool agree = true;
  double largest_daccuracy = 0.0;
  arma::uword weights_checked = 0;
  for (arma::uword layer = 0; layer < network.layers().size(); ++layer) {
    // [finite_differences]
    const auto with =
        [&](const arma::mat& weights) {  // the network with this layer's weights replaced
          nn::Network changed = network;
          changed.layers()[layer].weights = weights;
          return scores(changed, setup.train);
        };
    const arma::mat& weights = network.layers()[layer].weights;
    const nn::GradientCheck loss_check =
        nn::check_gradient([&](const arma::mat& w) { return with(w).loss; }, weights,
                           backpropagated.layers()[layer].weight_gradient);
    const arma::mat daccuracy =
        nn::numerical_gradient([&](const arma::mat& w) { return with(w).accuracy; }, weights);
    // [finite_differences]
    const arma::mat& dloss = loss_check.numerical;
    agree = agree && loss_check.passed(1e-5, 1e-9);
    largest_daccuracy = std::max(largest_daccuracy, arma::abs(daccuracy).max());
    weights_checked += weights.n_elem;
    if (layer + 1 == network.layers().size()) {
      std::cout << "    d loss / d W2     = " << text(dloss) << "\n"
                << "    d accuracy / d W2 = " << text(daccuracy) << "\n";
    }
  }
  std::cout << "    all " << weights_checked << " weights: d loss / dw "
            << (agree ? "agrees with backpropagation" : "DISAGREES with backpropagation")
            << ", the largest |d accuracy / dw| is " << text(largest_daccuracy) << "\n"
            << "  Accuracy counts flowers, so it moves only when a flower changes class: its gradient\n"
            << "  is 0, and gradient descent on it would never take a step.\n\n";
}

// ---------------------------------------------------------------------------------------
// 2. Classification metrics

// Prints what sklearn's classification_report and confusion_matrix say about the predicted
// labels, plus the edge cases where a ratio is 0/0.
void print_report(const arma::uvec& actual, const arma::uvec& predicted, std::optional<arma::uword> classes,
                  const std::string& indent) {
  // [report]
  const metrics::ClassificationReport report =
      metrics::classification_report(actual, predicted, classes);
  // rows: actual class, columns: predicted class
  const arma::umat& confusion = report.confusion;
  const double micro_precision = metrics::precision(confusion, metrics::Average::micro);
  const double micro_recall = metrics::recall(confusion, metrics::Average::micro);
  const double micro_f1 = metrics::f1(confusion, metrics::Average::micro);
  // [report]
  const arma::uword k = confusion.n_rows;
  std::cout << indent << "confusion matrix (rows: actual class, columns: predicted class)\n";
  std::vector<std::string> headers = {"actual\\predicted"};
  std::vector<std::vector<std::string>> rows;
  const auto label = [&](arma::uword i) { return std::to_string(report.labels(i)); };
  for (arma::uword c = 0; c < k; ++c) headers.push_back(label(c));
  for (arma::uword r = 0; r < k; ++r) {
    rows.push_back({label(r)});
    for (arma::uword c = 0; c < k; ++c) rows.back().push_back(std::to_string(confusion(r, c)));
  }
  std::cout << nn::format_table(headers, rows, indent + "  ", nn::Align::left);

  rows.clear();
  for (arma::uword c = 0; c < k; ++c) {
    rows.push_back({label(c), text(report.precision(c)), text(report.recall(c)), text(report.f1(c)),
                    std::to_string(report.support(c))});
  }
  std::cout << nn::format_table({"class", "precision", "recall", "F1", "support"}, rows, indent, nn::Align::left);
  std::cout << nn::format_table({"average", "precision", "recall", "F1"},
                                {{"macro", text(report.macro_precision), text(report.macro_recall), text(report.macro_f1)},
                                 {"micro", text(micro_precision), text(micro_recall), text(micro_f1)},
                                 {"weighted", text(report.weighted_precision), text(report.weighted_recall),
                                  text(report.weighted_f1)}},
                                indent, nn::Align::left);
  std::cout << indent << "accuracy " << text(report.accuracy) << "\n";
  for (arma::uword c = 0; c < k; ++c) {
    if (arma::accu(confusion.col(c)) == 0) {
      std::cout << indent << "class " << label(c)
                << " is never predicted: its precision is 0/0, counted as 0 (sklearn's zero_division)\n";
    }
    if (arma::accu(confusion.row(c)) == 0) {
      std::cout << indent << "class " << label(c)
                << " has no actual samples: its recall is 0/0, counted as 0 (sklearn's zero_division)\n";
    }
  }
}

// The question's own network ((1/2) MSE on sigmoid outputs, chapter 4) trained with the flags'
// settings: its predicted classes of the test flowers.
arma::uvec question_network_predictions(const nn::QuestionSetup& setup, const Settings& settings) {
  const auto sigmoid = std::make_shared<nn::Sigmoid>();
  nn::Network question({nn::Dense(setup.w1, sigmoid, false), nn::Dense(setup.w2, sigmoid, false)});
  nn::SGD gradient_descent({.learning_rate = settings.learning_rate});
  nn::train(question, nn::HalfMeanSquaredError(), setup.train.features, nn::one_hot(setup.train.labels, iris_classes),
            gradient_descent, settings.iterations, nn::History::none);
  return metrics::predicted_classes(question.predict(setup.test.features));
}

void classification(const nn::Network& network, const nn::QuestionSetup& setup, const arma::uvec& question_predicted) {
  std::cout << "2. Classification metrics of the same network on its " << setup.test.labels.n_elem
            << " test flowers\n";
  // [classification]
  const arma::mat logits = network.predict(setup.test.features);
  const arma::uvec predicted = metrics::predicted_classes(logits);  // the largest logit's class
  const arma::mat probabilities = nn::Softmax().value(logits);
  const double log_loss = metrics::log_loss(setup.test.labels, probabilities);
  // [classification]
  print_report(setup.test.labels, predicted, iris_classes, "  ");
  std::cout << "  log loss of the softmax probabilities " << text(log_loss)
            << "; the softmax cross-entropy of the logits "
            << text(nn::SoftmaxCrossEntropy().value(logits, label_column(setup.test.labels))) << "\n\n";

  std::cout << "  The question's own network ((1/2) MSE on sigmoid outputs, chapter 4) on the same flowers:\n";
  print_report(setup.test.labels, question_predicted, iris_classes, "  ");
  std::cout << "\n";
}

// ---------------------------------------------------------------------------------------
// 3. Regression metrics

void regression_metrics() {
  std::cout << "3. Regression metrics of chapter 2's two candidates (truth [0; 1; 2; 3])\n";
  // [regression]
  const arma::mat truth = arma::colvec{0, 1, 2, 3};
  const arma::mat candidate_a = arma::colvec{-2, 3, 0, 5};
  const arma::mat candidate_b = arma::colvec{0, 1, 2, 10};
  std::vector<std::vector<std::string>> rows;
  for (const auto& [name, predicted] : {std::pair{"A", candidate_a}, std::pair{"B", candidate_b}}) {
    rows.push_back({name, text(metrics::mean_absolute_error(truth, predicted)),
                    text(metrics::mean_squared_error(truth, predicted)),
                    text(metrics::root_mean_squared_error(truth, predicted)),
                    text(metrics::r2_score(truth, predicted))});
  }
  // [regression]
  std::cout << nn::format_table({"candidate", "MAE", "MSE", "RMSE", "R^2"}, rows, "  ", nn::Align::left)
            << "  Both R^2 are below 0: predicting the mean, 1.5, every time would score 0.\n";
  // [constant]
  const arma::mat constant = arma::colvec{2, 2, 2, 2};
  const double exact = metrics::r2_score(constant, arma::colvec{2, 2, 2, 2});
  const double off = metrics::r2_score(constant, arma::colvec{1, 2, 3, 2});
  // [constant]
  std::cout << "  A constant truth [2; 2; 2; 2]: R^2 is 1 - 0/0 for exact predictions and 1 - 2/0 for\n"
            << "  [1; 2; 3; 2]; sklearn's force_finite reports " << text(exact) << " and " << text(off) << ".\n\n";
}

// ---------------------------------------------------------------------------------------
// 4. Streaming metrics

void streaming(const nn::Network& network, const nn::QuestionSetup& setup) {
  constexpr arma::uword batch_size = 26;
  const arma::uword n = setup.train.labels.n_elem;
  std::cout << "4. Streaming metrics: the training flowers in minibatches of " << batch_size << "\n";
  const arma::uvec all_predicted = metrics::predicted_classes(network.predict(setup.train.features));
  const arma::uvec& all_actual = setup.train.labels;
  // [streaming]
  metrics::StreamingAccuracy accuracy;
  metrics::StreamingF1 macro_f1(iris_classes);  // macro by default
  accuracy.reset();  // at the start of every epoch (here the first and only one)
  macro_f1.reset();
  std::vector<double> batch_accuracy, batch_f1;
  for (arma::uword start = 0; start < n; start += batch_size) {
    const arma::uword last = std::min(start + batch_size, n) - 1;
    const arma::uvec actual = all_actual.subvec(start, last);
    const arma::uvec predicted = all_predicted.subvec(start, last);
    accuracy.update(actual, predicted);
    macro_f1.update(actual, predicted);
    batch_accuracy.push_back(metrics::accuracy(actual, predicted));
    batch_f1.push_back(metrics::f1(actual, predicted, metrics::Average::macro, iris_classes));
  }
  // [streaming]
  std::vector<std::vector<std::string>> rows;
  for (std::size_t b = 0; b < batch_f1.size(); ++b) {
    rows.push_back({std::to_string(b + 1), text(batch_accuracy[b]), text(batch_f1[b])});
  }
  const auto mean = [](const std::vector<double>& values) {
    return arma::mean(arma::vec(values));
  };
  rows.push_back({"mean of the batches", text(mean(batch_accuracy)), text(mean(batch_f1))});
  rows.push_back({"streaming result()", text(accuracy.result()), text(macro_f1.result())});
  rows.push_back({"all flowers at once", text(metrics::accuracy(all_actual, all_predicted)),
                  text(metrics::f1(all_actual, all_predicted, metrics::Average::macro, iris_classes))});
  std::cout << nn::format_table({"batch", "accuracy", "macro F1"}, rows, "  ", nn::Align::left);

  // [streaming_rmse]
  const arma::mat truth = arma::colvec{0, 1, 2, 3};
  const arma::mat candidate_b = arma::colvec{0, 1, 2, 10};
  metrics::StreamingRootMeanSquaredError rmse;
  double sum_of_batch_rmse = 0.0;
  for (arma::uword start : {0, 2}) {  // two batches of two
    rmse.update(truth.rows(start, start + 1), candidate_b.rows(start, start + 1));
    sum_of_batch_rmse += metrics::root_mean_squared_error(truth.rows(start, start + 1),
                                                          candidate_b.rows(start, start + 1));
  }
  // [streaming_rmse]
  std::cout << "  RMSE of candidate B in two batches of two: mean of the batches " << text(sum_of_batch_rmse / 2.0)
            << ", streaming " << text(rmse.result()) << ", all at once "
            << text(metrics::root_mean_squared_error(truth, candidate_b)) << "\n\n";
}

// ---------------------------------------------------------------------------------------
// 5. Tracking during training

void tracking(const std::vector<Record>& records) {
  std::cout << "5. Tracking the loss and the metrics during training (the run of section 1)\n";
  const int iterations = static_cast<int>(records.size());
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < iterations; ++i) {
    if (!nn::is_milestone(i, iterations - 1)) continue;
    const Record& r = records[static_cast<std::size_t>(i)];
    rows.push_back({std::to_string(i), text(r.train_loss), text(r.test_loss), text(r.train_accuracy),
                    text(r.test_accuracy), text(r.test_macro_f1)});
  }
  std::cout << nn::format_table({"iteration", "training loss", "test loss", "training accuracy", "test accuracy",
                                 "test macro F1"},
                                rows, "  ", nn::Align::left);
  int loss_fell = 0, accuracy_changed = 0, accuracy_fell = 0;
  for (std::size_t i = 1; i < records.size(); ++i) {
    if (records[i].train_loss < records[i - 1].train_loss) ++loss_fell;
    if (records[i].train_accuracy != records[i - 1].train_accuracy) ++accuracy_changed;
    if (records[i].train_accuracy < records[i - 1].train_accuracy) ++accuracy_fell;
  }
  if (records.size() < 2) return;
  std::cout << "  From one iteration to the next (" << records.size() - 1 << " times), the training loss fell "
            << loss_fell << " times;\n"
            << "  the training accuracy changed " << accuracy_changed << " times, " << accuracy_fell
            << " of them down.\n";
}

// plot-data tracking: every iteration's record, for the book's plot.
void plot_data(const nn::QuestionSetup& setup, const Settings& settings) {
  const std::vector<Record> records = train_and_track(setup, settings).records;
  std::cout << "iteration,train_loss,test_loss,train_accuracy,test_accuracy,test_macro_f1\n";
  for (std::size_t i = 0; i < records.size(); ++i) {
    const Record& r = records[i];
    std::cout << i << "," << nn::format_number(r.train_loss, 9) << "," << nn::format_number(r.test_loss, 9) << ","
              << nn::format_number(r.train_accuracy, 9) << "," << nn::format_number(r.test_accuracy, 9) << ","
              << nn::format_number(r.test_macro_f1, 9) << "\n";
  }
}

// ---------------------------------------------------------------------------------------
// The calculators

// Class labels are whole numbers from 0; this cap keeps the confusion matrix printable.
constexpr double largest_label = 99;

// A flag's list of class labels, such as "0 1 2 2" (a row) or "0; 1; 2; 2" (a column).
arma::uvec parse_labels(const std::string& text_value, const std::string& flag) {
  const arma::mat values = nn::parse_matrix(text_value, flag);
  if (values.n_rows != 1 && values.n_cols != 1) {
    throw std::invalid_argument(flag + " is a " + nn::shape_of(values) +
                                " matrix; give the labels as one list, such as \"0 1 2 2\"");
  }
  for (arma::uword i = 0; i < values.n_elem; ++i) {
    const double label = values(i);
    if (label < 0 || label > largest_label || label != std::floor(label)) {
      throw std::invalid_argument(flag + ": '" + nn::format_number(label, 17) + "' (label " + std::to_string(i + 1) +
                                  ") is not a class label; labels are whole numbers from 0 to " +
                                  nn::format_number(largest_label) + "");
    }
  }
  return arma::conv_to<arma::uvec>::from(arma::vectorise(values));
}

// `--predicted ... --actual ...`: the confusion matrix and every classification metric.
void label_calculator(const std::string& predicted_text, const std::string& actual_text,
                      std::optional<arma::uword> classes) {
  const arma::uvec predicted = parse_labels(predicted_text, "--predicted");
  const arma::uvec actual = parse_labels(actual_text, "--actual");
  if (predicted.n_elem != actual.n_elem) {
    throw std::invalid_argument("--predicted has " + std::to_string(predicted.n_elem) + " labels but --actual has " +
                                std::to_string(actual.n_elem) + "; they need one label per sample");
  }
  if (classes && std::max(actual.max(), predicted.max()) >= *classes) {
    throw std::invalid_argument("--classes " + std::to_string(*classes) + " counts the labels 0 to " +
                                std::to_string(*classes - 1) + ", but label " +
                                std::to_string(std::max(actual.max(), predicted.max())) + " occurs");
  }
  print_report(actual, predicted, classes, "");
}

// `regression --prediction ... --target ...`: MAE, MSE, RMSE and R^2.
void regression_calculator(const std::string& prediction_text, const std::string& target_text) {
  const arma::mat prediction = nn::parse_matrix(prediction_text, "--prediction");
  const arma::mat target = nn::parse_matrix(target_text, "--target");
  if (arma::size(prediction) != arma::size(target)) {
    throw std::invalid_argument("--prediction is " + nn::shape_of(prediction) + " but --target is " +
                                nn::shape_of(target) + "; they need the same shape, one sample per row");
  }
  if (target.n_rows < 2) {
    throw std::invalid_argument("--target is " + nn::shape_of(target) + ", a single sample (one sample per row), "
                                "and R^2 needs at least two; write a column such as \"0; 1; 2; 3\"");
  }
  const double mae = metrics::mean_absolute_error(target, prediction);  // all four before printing: any may overflow
  const double mse = metrics::mean_squared_error(target, prediction);
  const double rmse = metrics::root_mean_squared_error(target, prediction);
  const double r2 = metrics::r2_score(target, prediction);
  std::cout << "MAE   " << text(mae) << "\n"
            << "MSE   " << text(mse) << "\n"
            << "RMSE  " << text(rmse) << "\n"
            << "R^2   " << text(r2) << "\n";
  if (target.n_cols > 1) std::cout << "(each is computed per column, then the columns are averaged)\n";
  for (arma::uword c = 0; c < target.n_cols; ++c) {
    if (arma::all(target.col(c) == target(0, c))) {
      std::cout << "(target column " << c + 1 << " is constant: its R^2 is 1 if predicted exactly and 0 otherwise, "
                << "as sklearn's force_finite)\n";
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Chapter 6: metrics, the numbers you report, and why they are not the loss", "ch06_metrics"};
  Settings settings;
  const auto add_training_flags = [&](CLI::App& mode) {
    mode.add_option("--iterations", settings.iterations, "Iterations of training")
        ->check(nn::cli::whole_number(1, 50000))
        ->capture_default_str();
    mode.add_option("--learning-rate", settings.learning_rate, "Learning rate of training")
        ->check(nn::cli::positive_finite)
        ->capture_default_str();
  };
  add_training_flags(app);
  nn::cli::add_digits_flag(app, digits);

  std::string predicted_text, actual_text, prediction_text, target_text, plot;
  CLI::App* labels = app.add_subcommand("labels", "The classification metrics of your own class labels");
  labels->add_option("--predicted", predicted_text, "Predicted class labels, e.g. \"0 1 2 2\"")->required();
  labels->add_option("--actual", actual_text, "Actual class labels, one per predicted label")->required();
  std::optional<arma::uword> classes;
  labels->add_option("--classes", classes,
                     "Count the classes 0 to K-1, present or not (sklearn's labels=range(K)); "
                     "default: the labels present")
      ->check(nn::cli::whole_number(1, 100));
  nn::cli::add_digits_flag(*labels, digits);
  CLI::App* regression = app.add_subcommand("regression", "The regression metrics of your own numbers");
  regression->add_option("--prediction", prediction_text, "Predictions, one sample per row")->required();
  regression->add_option("--target", target_text, "Targets, in the prediction's shape")->required();
  nn::cli::add_digits_flag(*regression, digits);
  add_training_flags(*nn::cli::add_plot_data_mode(app, plot, {"tracking"}));

  return nn::cli::run(app, argc, argv, [&] {
    if (*labels) {
      label_calculator(predicted_text, actual_text, classes);
      return;
    }
    if (*regression) {
      regression_calculator(prediction_text, target_text);
      return;
    }
    const nn::QuestionSetup setup = nn::load_question_setup(nn::data_directory());
    if (!plot.empty()) {
      plot_data(setup, settings);
      return;
    }
    const Run trained = train_and_track(setup, settings);  // both trainings may diverge: before printing
    const arma::uvec question_predicted = question_network_predictions(setup, settings);
    std::cout << "Chapter 6: metrics\n\n";
    loss_versus_metric(trained.network, setup, settings);
    classification(trained.network, setup, question_predicted);
    regression_metrics();
    streaming(trained.network, setup);
    tracking(trained.records);
  });
}
