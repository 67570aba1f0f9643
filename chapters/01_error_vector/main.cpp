// Chapter 1: the error vector.
//
// How far off is each prediction? Subtract. This chapter computes the error
// vector of the worked example, reads its signs, shows why the sign convention
// decides which way a learning step goes, extends it to classification with
// one-hot targets, and ends on what an error vector cannot tell you.
#include <iostream>
#include <string>

#include "nn/core/error.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/tutorial/cli.hpp"

namespace {

int digits = 6;

std::string text(const arma::mat& m) { return nn::format_inline(m, digits); }
std::string text(double x) { return nn::format_number(x, digits); }

// One line per element: what was predicted, what was true, and what the error says.
void read_error(const arma::mat& prediction, const arma::mat& actual) {
  // [read]
  const arma::mat error = nn::error_vector(prediction, actual);
  for (arma::uword i = 0; i < error.n_elem; ++i) {
    const std::string verdict = error(i) > 0   ? "too high by " + text(error(i))
                                : error(i) < 0 ? "too low by " + text(-error(i))
                                               : "exact";
    std::cout << "  sample " << i + 1 << ": predicted " << text(prediction(i)) << ", actual "
              << text(actual(i)) << ", error " << text(error(i)) << ": " << verdict << "\n";
  }
  // [read]
}

void worked_example() {
  std::cout << "1. The worked example\n";
  // [worked]
  const arma::mat prediction = arma::colvec{-4, 3, 0, 7};  // one sample per row
  const arma::mat actual = arma::colvec{0, 1, 2, 3};
  const arma::mat error = nn::error_vector(prediction, actual);  // prediction - actual
  // [worked]
  std::cout << "  prediction = " << text(prediction) << "\n"
            << "  actual     = " << text(actual) << "\n"
            << "  error      = prediction - actual = " << text(error) << "\n"
            << "  The often-quoted version of this example gives [-4; 2; 2; 4]; its third entry is\n"
            << "  0 - 2 = " << text(error(2)) << ".\n\n";
  read_error(prediction, actual);
  std::cout << "\n";
}

void sign_convention() {
  std::cout << "2. Why the sign matters\n";
  // [step]
  const arma::mat prediction = arma::colvec{-4, 3, 0, 7};
  const arma::mat actual = arma::colvec{0, 1, 2, 3};
  const double rate = 0.1;
  const arma::mat error = nn::error_vector(prediction, actual);  // prediction - actual
  const arma::mat against_error = prediction - rate * error;     // step against the error
  // same step, opposite convention
  const arma::mat flipped = prediction - rate * (actual - prediction);
  // [step]
  std::cout << "  stepping by " << text(rate) << " against the error, prediction - " << text(rate) << " * error:\n"
            << "    " << text(against_error) << ", distance to actual " << text(arma::abs(against_error - actual))
            << "\n"
            << "  the same step with error = actual - prediction:\n"
            << "    " << text(flipped) << ", distance to actual " << text(arma::abs(flipped - actual)) << "\n"
            << "  distance before either step: " << text(arma::abs(error)) << "\n\n";
}

void classification() {
  std::cout << "3. Classification: the error of one-hot targets\n";
  // [classification]
  const arma::mat probabilities = {{0.7, 0.2, 0.1},  // sample 1: the model favours class 0
                                   {0.1, 0.5, 0.4},  // sample 2: class 1
                                   {0.3, 0.3, 0.4}}; // sample 3: class 2
  const arma::uvec labels = {0, 2, 1};               // the true classes
  const arma::mat targets = nn::one_hot(labels, 3);
  const arma::mat error = nn::error_vector(probabilities, targets);
  // [classification]
  std::cout << "  predicted probabilities (3 samples x 3 classes):\n"
            << nn::format_rows(probabilities, digits, "    ") << "  one-hot targets for labels "
            << text(arma::conv_to<arma::mat>::from(labels)) << ":\n"
            << nn::format_rows(targets, digits, "    ") << "  error = probabilities - targets:\n"
            << nn::format_rows(error, digits, "    ")
            << "  Negative entries sit on the true classes (push up), positive ones elsewhere (push down).\n\n";
}

void no_ranking() {
  std::cout << "4. What an error vector cannot tell you\n";
  // [ranking]
  const arma::mat actual = arma::colvec{0, 1, 2, 3};
  const arma::mat error_a = nn::error_vector(arma::colvec{-2, 3, 0, 5}, actual);
  const arma::mat error_b = nn::error_vector(arma::colvec{0, 1, 2, 10}, actual);
  const arma::uword a_closer = arma::accu(arma::abs(error_a) < arma::abs(error_b));
  const arma::uword b_closer = arma::accu(arma::abs(error_b) < arma::abs(error_a));
  // [ranking]
  std::cout << "  candidate A: error " << text(error_a) << "\n"
            << "  candidate B: error " << text(error_b) << "\n"
            << "  A is closer on " << a_closer << " of " << actual.n_elem << " samples, B on " << b_closer << ".\n"
            << "  Neither vector is smaller everywhere, so neither is better until one number\n"
            << "  sums up each: a loss. That is chapter 2.\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Chapter 1: the error vector, prediction - actual", "ch01_error_vector"};
  nn::cli::add_digits_flag(app, digits);
  std::string prediction_text, actual_text;
  CLI::App* calculator = app.add_subcommand("error", "The error vector of your own numbers");
  calculator->add_option("--prediction", prediction_text, "Your predictions, e.g. \"-4; 3; 0; 7\" (rows split by ';')")
      ->required();
  calculator->add_option("--actual", actual_text, "The true values, in the prediction's shape")->required();
  nn::cli::add_digits_flag(*calculator, digits);

  return nn::cli::run(app, argc, argv, [&] {
    if (*calculator) {
      const arma::mat prediction = nn::parse_matrix(prediction_text, "--prediction");
      const arma::mat actual = nn::parse_matrix(actual_text, "--actual");
      const arma::mat error = nn::error_vector(prediction, actual);  // checks the shapes before printing
      std::cout << "error = prediction - actual:\n" << nn::format_rows(error, digits);
      read_error(prediction, actual);
      return;
    }
    std::cout << "Chapter 1: the error vector\n\n";
    worked_example();
    sign_convention();
    classification();
    no_ranking();
  });
}
