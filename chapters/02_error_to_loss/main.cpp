// Chapter 2: from error to loss.
//
// An error vector cannot rank two models; a loss can, because it turns the
// vector into one number. Which number depends on what you want, and this
// chapter shows four losses disagreeing about the same two candidates.
#include <iomanip>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "nn/core/error.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/losses/make_loss.hpp"
#include "nn/losses/mse.hpp"
#include "nn/tutorial/cli.hpp"
#include "nn/tutorial/loss_report.hpp"
#include "nn/tutorial/modes.hpp"

namespace {

int digits = 6;

std::string text(const arma::mat& m) { return nn::format_inline(m, digits); }
std::string text(double x) { return nn::format_number(x, digits); }

const arma::mat truth = arma::colvec{0, 1, 2, 3};
const arma::mat candidate_a = arma::colvec{-2, 3, 0, 5};
const arma::mat candidate_b = arma::colvec{0, 1, 2, 10};

void two_candidates(const nn::LossOptions& options) {
  std::cout << "1. Two candidates, four losses\n"
            << "  truth       " << text(truth) << "\n"
            << "  candidate A " << text(candidate_a) << ", error " << text(nn::error_vector(candidate_a, truth)) << "\n"
            << "  candidate B " << text(candidate_b) << ", error " << text(nn::error_vector(candidate_b, truth))
            << "\n\n"
            << "  loss                  A            B            prefers\n";
  // [compare]
  for (const std::string& name : nn::regression_loss_names()) {
    const std::unique_ptr<nn::Loss> loss = nn::make_loss(name, options);
    const double a = loss->value(candidate_a, truth);
    const double b = loss->value(candidate_b, truth);
    const std::string prefers = a < b ? "A" : b < a ? "B" : "neither";
    std::string label = name;
    if (name == "huber") label += " (delta " + text(options.delta) + ")";
    if (name == "quantile") label += " (tau " + text(options.tau) + ")";
    std::cout << "  " << std::left << std::setw(22) << label << std::setw(13) << text(a)
              << std::setw(13) << text(b) << prefers << "\n";
  }
  // [compare]
  std::cout << std::right << "\n";
}

void what_each_wants(const nn::LossOptions& options) {
  std::cout << "2. What each loss wants: the loss of one prediction as its error grows\n";
  // [shapes]
  const arma::mat errors = arma::colvec{-4, -2, -1, 0, 1, 2, 4};
  const arma::mat zero(arma::size(errors), arma::fill::zeros);  // errors = prediction - 0
  nn::LossOptions per_element = options;
  per_element.reduction = nn::Reduction::none;  // one loss per element, unreduced
  arma::mat table = errors;
  for (const std::string& name : nn::regression_loss_names()) {
    table = arma::join_rows(table, nn::make_loss(name, per_element)->terms(errors, zero));
  }
  // [shapes]
  std::cout << nn::format_table({"error", "mse", "mae", "huber", "quantile"}, table, digits)
            << "  mse grows with the square, so one large error outweighs many small ones;\n"
            << "  mae grows linearly, so every unit of error counts the same;\n"
            << "  huber is half the square up to delta and linear beyond it;\n"
            << "  quantile charges tau per unit below the truth and 1 - tau per unit above it.\n\n";
}

void reductions() {
  std::cout << "3. Reductions: one loss per element, then their mean or their sum\n";
  // [reductions]
  const nn::MeanSquaredError mean(nn::Reduction::mean), sum(nn::Reduction::sum),
      none(nn::Reduction::none);
  // [reductions]
  std::cout << "  mse of candidate A, reduction none: " << text(none.terms(candidate_a, truth)) << "\n"
            << "  reduction mean: " << text(mean.value(candidate_a, truth))
            << ", gradient " << text(mean.gradient(candidate_a, truth)) << "\n"
            << "  reduction sum:  " << text(sum.value(candidate_a, truth)) << ", gradient "
            << text(sum.gradient(candidate_a, truth)) << "\n"
            << "  The sum is N = " << truth.n_elem << " times the mean, and so is its gradient: the reduction\n"
            << "  rescales every step a learning rate takes.\n\n";
}

void loss_and_metric() {
  std::cout << "4. A loss is not yet a metric\n";
  // [metric]
  auto within_one = [](const arma::mat& prediction) {  // the share of predictions off by at most 1
    const arma::umat close = arma::abs(nn::error_vector(prediction, truth)) <= 1.0;
    return static_cast<double>(arma::accu(close)) / static_cast<double>(close.n_elem);
  };
  // [metric]
  std::cout << "  share of predictions within 1 of the truth: A " << text(within_one(candidate_a)) << ", B "
            << text(within_one(candidate_b)) << "\n"
            << "  Such a count may be what you report and care about (a metric), but it moves in\n"
            << "  jumps, so it has no useful gradient. A loss is the smooth number the optimizer\n"
            << "  can follow downhill; chapter 3 computes that gradient.\n";
}

// plot-data losses: each loss of one prediction and its derivative, as the error runs from -3 to 3.
void plot_data() {
  const arma::mat errors = arma::linspace<arma::colvec>(-3.0, 3.0, 121);
  const arma::mat zero(arma::size(errors), arma::fill::zeros);
  std::cout << "error";
  for (const std::string& name : nn::regression_loss_names()) std::cout << "," << name << "," << name << "_gradient";
  std::cout << "\n";
  arma::mat table = errors;
  for (const std::string& name : nn::regression_loss_names()) {
    const auto loss = nn::make_loss(name, {.reduction = nn::Reduction::sum});  // one term per element
    table = arma::join_rows(table, loss->terms(errors, zero), loss->gradient(errors, zero));
  }
  for (arma::uword r = 0; r < table.n_rows; ++r) {
    for (arma::uword c = 0; c < table.n_cols; ++c) std::cout << (c ? "," : "") << nn::format_number(table(r, c), 9);
    std::cout << "\n";
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Chapter 2: from error to loss, one number that ranks predictions", "ch02_error_to_loss"};
  nn::LossOptions options;
  app.add_option("--delta", options.delta, "Huber's threshold")->check(nn::cli::positive_finite)->capture_default_str();
  app.add_option("--tau", options.tau, "The quantile loss's tau")
      ->check(nn::cli::open_unit_interval)
      ->capture_default_str();
  nn::cli::add_digits_flag(app, digits);

  // One subcommand per loss: `ch02_error_to_loss huber --delta 2 --prediction ... --target ...`.
  std::string reduction = "mean", prediction_text, target_text;
  std::vector<CLI::App*> calculators;
  for (const std::string& name : nn::regression_loss_names()) {
    CLI::App* calculator = app.add_subcommand(name, "The " + name + " loss and its gradient for your own numbers");
    calculator->add_option("--prediction", prediction_text, "Predictions, e.g. \"-2; 3; 0; 5\"")->required();
    calculator->add_option("--target", target_text, "Targets, in the prediction's shape")->required();
    calculator->add_option("--reduction", reduction, "How the loss combines elements")
        ->check(CLI::IsMember({"mean", "sum", "none"}))
        ->capture_default_str();
    if (name == "huber") {
      calculator->add_option("--delta", options.delta, "Huber's threshold")
          ->check(nn::cli::positive_finite)
          ->capture_default_str();
    }
    if (name == "quantile") {
      calculator->add_option("--tau", options.tau, "The quantile loss's tau")
          ->check(nn::cli::open_unit_interval)
          ->capture_default_str();
    }
    nn::cli::add_digits_flag(*calculator, digits);
    calculators.push_back(calculator);
  }

  std::string plot;
  nn::cli::add_plot_data_mode(app, plot, {"losses"});

  return nn::cli::run(app, argc, argv, [&] {
    if (!plot.empty()) {
      plot_data();
      return;
    }
    for (const CLI::App* calculator : calculators) {
      if (!*calculator) continue;
      options.reduction = nn::parse_reduction(reduction);
      const arma::mat p = nn::parse_matrix(prediction_text, "--prediction");
      const arma::mat t = nn::parse_matrix(target_text, "--target");
      nn::print_loss_and_gradient(std::cout, *nn::make_loss(calculator->get_name(), options), p, t, digits);
      return;
    }
    std::cout << "Chapter 2: from error to loss\n\n";
    two_candidates(options);
    what_each_wants(options);
    reductions();
    loss_and_metric();
  });
}
