// Chapter 3: the gradient of the mean squared error.
//
// The derivative of MSE with respect to the predictions is the error vector
// times 2/N. This chapter computes it under four conventions, checks it by
// finite differences, uses it to fit a line by gradient descent, finds the
// learning rate at which descent diverges, and compares the gradients of MAE,
// Huber and the quantile loss.
#include <algorithm>
#include <cmath>
#include <iomanip>
#include <iostream>
#include <limits>
#include <string>
#include <vector>

#include "nn/core/error.hpp"
#include "nn/core/failures.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/random.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/losses/huber.hpp"
#include "nn/losses/mae.hpp"
#include "nn/losses/make_loss.hpp"
#include "nn/losses/mse.hpp"
#include "nn/tutorial/cli.hpp"
#include "nn/tutorial/gradient_report.hpp"
#include "nn/tutorial/milestones.hpp"
#include "nn/tutorial/modes.hpp"

namespace {

int digits = 6;

std::string text(const arma::mat& m) { return nn::format_inline(m, digits); }
std::string text(double x) { return nn::format_number(x, digits); }

const arma::mat truth = arma::colvec{0, 1, 2, 3};
const arma::mat candidate_a = arma::colvec{-2, 3, 0, 5};

void conventions() {
  std::cout << "1. The gradient is the error vector, scaled\n";
  // [conventions]
  const nn::MeanSquaredError mean(nn::Reduction::mean), sum(nn::Reduction::sum);
  const arma::mat error = nn::error_vector(candidate_a, truth);
  struct Convention {
    std::string name;
    double loss;
    arma::mat gradient;
  };
  const std::vector<Convention> table = {
      {"(1/N) sum e^2, PyTorch's mean", mean.value(candidate_a, truth),
       mean.gradient(candidate_a, truth)},
      {"sum e^2", sum.value(candidate_a, truth), sum.gradient(candidate_a, truth)},
      {"(1/2N) sum e^2, the question's", 0.5 * mean.value(candidate_a, truth),
       0.5 * mean.gradient(candidate_a, truth)},
      {"(1/2) sum e^2", 0.5 * sum.value(candidate_a, truth),
       0.5 * sum.gradient(candidate_a, truth)},
  };
  // [conventions]
  std::cout << "  prediction " << text(candidate_a) << ", target " << text(truth) << ", error " << text(error) << "\n"
            << "  loss                             value  gradient / error  gradient\n";
  for (const Convention& row : table) {
    std::cout << "  " << std::left << std::setw(33) << row.name << std::setw(7) << text(row.loss) << std::setw(18)
              << text(row.gradient(0) / error(0)) << text(row.gradient) << "\n";
  }
  std::cout << std::right
            << "  Every convention's gradient is the error vector times a constant: 2/N, 2, 1/N or 1.\n\n";
}

void gradient_check() {
  std::cout << "2. Checked by finite differences\n";
  // [check]
  const nn::MeanSquaredError mse;
  const auto loss_of = [&](const arma::mat& prediction) {
    return mse.value(prediction, truth);
  };
  const nn::GradientCheck check =
      nn::check_gradient(loss_of, candidate_a, mse.gradient(candidate_a, truth));
  // [check]
  nn::print_gradient_check(std::cout, check, digits);
  std::cout << "  " << (check.passed() ? "passed" : "FAILED") << ": the derivation holds.\n\n";
}

// [line]
// The model y_hat = slope * x + intercept, and the chain rule through it:
//   dL/dslope = sum_i dL/dy_hat_i * x_i,   dL/dintercept = sum_i dL/dy_hat_i.
struct Line {
  double slope = 0.0;
  double intercept = 0.0;
};

arma::mat predict(const Line& line, const arma::mat& x) {
  return line.slope * x + line.intercept;
}

Line line_gradient(const nn::Loss& loss, const arma::mat& prediction, const arma::mat& x,
                   const arma::mat& y) {
  const arma::mat dloss_dprediction = loss.gradient(prediction, y);  // the loss's only job here
  return {arma::accu(dloss_dprediction % x), arma::accu(dloss_dprediction)};
}
// [line]

struct Fit {
  Line line;
  std::vector<std::pair<int, double>> losses;  // (step, loss) at the steps worth printing
  int diverged_at = -1;                         // the step where the numbers overflowed, or -1
};

// [descent]
Fit gradient_descent(const nn::Loss& loss, const arma::mat& x, const arma::mat& y,
                     double learning_rate, int steps) {
  Fit fit;
  for (int step = 0; step <= steps; ++step) {
    try {
      const arma::mat prediction = predict(fit.line, x);
      nn::require_no_overflow("predict", "the prediction", prediction);
      if (nn::is_milestone(step, steps))
        fit.losses.emplace_back(step, loss.value(prediction, y));
      if (step == steps) break;
      const Line gradient = line_gradient(loss, prediction, x, y);
      fit.line.slope -= learning_rate * gradient.slope;  // a step against the gradient
      fit.line.intercept -= learning_rate * gradient.intercept;
    } catch (const nn::Overflow&) {  // the steps grew until the numbers overflowed
      fit.diverged_at = step;
      break;
    }
  }
  return fit;
}
// [descent]

void print_fit(const Fit& fit) {
  for (const auto& [step, loss] : fit.losses) {
    std::cout << "    step " << std::setw(5) << step << "  loss " << text(loss) << "\n";
  }
  if (fit.diverged_at >= 0) {
    std::cout << "    step " << std::setw(5) << fit.diverged_at
              << "  the numbers overflowed: this learning rate diverges\n";
  }
}

struct LineData {
  arma::mat x, y;
};

// 20 points on y = 2x + 1, x evenly spaced in [-1, 1], with normal noise of standard deviation 0.3.
LineData make_line_data(std::uint64_t seed) {
  nn::Random random(seed);
  const arma::mat x = arma::linspace<arma::colvec>(-1.0, 1.0, 20);
  return {x, 2.0 * x + 1.0 + random.normal_matrix(x.n_rows, 1, 0.0, 0.3)};
}

// The runs made with the flags' learning rate, all made before anything is printed: the line
// fit of section 3 and the fits with an outlier of section 5, by loss.
struct UserFits {
  Fit line;
  std::vector<std::pair<std::string, Fit>> with_outlier;
};

// One run of the flags' learning rate diverges when its prediction overflows, or when its mse,
// a convex quadratic that a stable rate brings down at every step, rises above where it began.
void require_converging(const Fit& fit, const std::string& run, bool convex) {
  if (fit.diverged_at >= 0) throw nn::divergence(run, "step", fit.diverged_at, "the numbers overflowed");
  if (!convex) return;
  for (const auto& [step, loss] : fit.losses) {
    if (loss > fit.losses.front().second) {
      throw nn::divergence(run, "step", step, "the loss grew from " + text(fit.losses.front().second) +
                                                  " at step 0 to " + text(loss));
    }
  }
}

LineData with_an_outlier(const LineData& data) {
  // [outlier]
  LineData with_outlier = data;
  with_outlier.y(with_outlier.y.n_rows - 1) += 10.0;  // one wild measurement at x = 1
  // [outlier]
  return with_outlier;
}

UserFits fit_with_the_flags(const LineData& data, const nn::LossOptions& options, double learning_rate, int steps) {
  UserFits fits{gradient_descent(nn::MeanSquaredError(), data.x, data.y, learning_rate, steps), {}};
  require_converging(fits.line, "gradient descent on the line", true);
  const LineData outlier = with_an_outlier(data);
  for (const char* name : {"mse", "mae", "huber"}) {
    fits.with_outlier.emplace_back(
        name, gradient_descent(*nn::make_loss(name, options), outlier.x, outlier.y, learning_rate, 2000));
    require_converging(fits.with_outlier.back().second,
                       "gradient descent on the line with an outlier (" + std::string(name) + " loss)",
                       std::string(name) == "mse");
  }
  return fits;
}

void fit_line(const LineData& data, const Fit& fit, double learning_rate, int steps) {
  std::cout << "3. Gradient descent fits a line\n"
            << "  20 noisy points around y = 2x + 1; model y_hat = slope * x + intercept, both starting at 0;\n"
            << "  mse loss, learning rate " << text(learning_rate) << ", " << steps << " steps.\n";
  print_fit(fit);
  // [least_squares]
  const arma::mat design = arma::join_rows(data.x, arma::ones(data.x.n_rows));
  const arma::vec exact = arma::solve(design, data.y);  // the least-squares line, in closed form
  // [least_squares]
  std::cout << "  descent:       slope " << text(fit.line.slope) << ", intercept " << text(fit.line.intercept) << "\n"
            << "  least squares: slope " << text(exact(0)) << ", intercept " << text(exact(1)) << "\n\n";
}

void too_large_a_step(const LineData& data) {
  std::cout << "4. Too large a step diverges\n";
  // [hessian]
  // The mse of a line is a quadratic in (slope, intercept) with Hessian H = (2/N) X^T X,
  // X = [x 1]. Gradient descent on a quadratic converges iff learning_rate < 2 / lambda_max(H).
  const arma::mat design = arma::join_rows(data.x, arma::ones(data.x.n_rows));
  const arma::mat hessian = 2.0 / static_cast<double>(data.x.n_rows) * design.t() * design;
  const double largest_stable = 2.0 / arma::eig_sym(hessian).max();
  // [hessian]
  std::cout << "  Hessian eigenvalues " << text(arma::eig_sym(hessian)) << ", so the largest stable rate is "
            << text(largest_stable) << ".\n";
  for (const double factor : {0.95, 1.05}) {
    const double learning_rate = factor * largest_stable;
    std::cout << "  learning rate " << text(learning_rate) << " (" << text(factor) << " of it), 30 steps:\n";
    print_fit(gradient_descent(nn::MeanSquaredError(), data.x, data.y, learning_rate, 30));
  }
  std::cout << "\n";
}

void other_gradients(const nn::LossOptions& options, const UserFits& fits, double learning_rate) {
  std::cout << "5. Other losses, other gradients\n"
            << "  the derivative of one element's loss as its error grows (reduction sum):\n";
  // [gradients]
  const arma::mat errors = arma::colvec{-4, -2, -1, -0.5, 0.5, 1, 2, 4};
  const arma::mat zero(arma::size(errors), arma::fill::zeros);
  nn::LossOptions per_element = options;
  per_element.reduction = nn::Reduction::sum;
  arma::mat table = errors;
  for (const std::string& name : nn::regression_loss_names()) {
    table = arma::join_rows(table, nn::make_loss(name, per_element)->gradient(errors, zero));
  }
  // [gradients]
  std::cout << nn::format_table({"error", "mse", "mae", "huber", "quantile"}, table, digits)
            << "  mse pulls in proportion to the error; mae and the quantile loss pull with a\n"
            << "  constant force; huber pulls like mse up to delta, then like mae.\n\n";

  std::cout << "  The same line fit with one outlier (y + 10 at x = 1), 2000 steps of rate " << text(learning_rate)
            << ":\n";
  for (const auto& [name, fit] : fits.with_outlier) {
    std::cout << "    " << std::left << std::setw(6) << name << std::right << "slope " << text(fit.line.slope)
              << ", intercept " << text(fit.line.intercept) << "\n";
  }
  std::cout << "  Only the losses differ, yet the fitted lines do: mse is dragged towards the\n"
            << "  outlier, mae and huber barely move. The loss decides what the model learns.\n";
}

// plot-data outlier: the data with its outlier, and the line each loss fits to it (as section 5).
void plot_outlier(const LineData& data, const nn::LossOptions& options, double learning_rate) {
  const LineData outlier = with_an_outlier(data);
  std::vector<Line> lines;
  for (const char* name : {"mse", "mae", "huber"}) {
    lines.push_back(gradient_descent(*nn::make_loss(name, options), outlier.x, outlier.y, learning_rate, 2000).line);
  }
  std::cout << "x,y,mse,mae,huber\n";
  for (arma::uword i = 0; i < outlier.x.n_rows; ++i) {
    std::cout << nn::format_number(outlier.x(i), 9) << "," << nn::format_number(outlier.y(i), 9);
    for (const Line& line : lines) std::cout << "," << nn::format_number(line.slope * outlier.x(i) + line.intercept, 9);
    std::cout << "\n";
  }
}

// plot-data steps: (slope, intercept) after each of 12 steps at 0.95 and at 1.05 of the largest
// stable rate (section 4), and the least-squares line both aim at.
void plot_steps(const LineData& data) {
  const arma::mat design = arma::join_rows(data.x, arma::ones(data.x.n_rows));
  const arma::mat hessian = 2.0 / static_cast<double>(data.x.n_rows) * design.t() * design;
  const double largest_stable = 2.0 / arma::eig_sym(hessian).max();
  const arma::vec exact = arma::solve(design, data.y);
  std::cout << "step,slope_095,intercept_095,slope_105,intercept_105,least_squares_slope,least_squares_intercept\n";
  Line slow, fast;
  const nn::MeanSquaredError mse;
  for (int step = 0; step <= 12; ++step) {
    std::cout << step << "," << nn::format_number(slow.slope, 9) << "," << nn::format_number(slow.intercept, 9) << ","
              << nn::format_number(fast.slope, 9) << "," << nn::format_number(fast.intercept, 9) << ","
              << nn::format_number(exact(0), 9) << "," << nn::format_number(exact(1), 9) << "\n";
    for (auto [line, factor] : {std::pair<Line*, double>{&slow, 0.95}, {&fast, 1.05}}) {
      const Line gradient = line_gradient(mse, predict(*line, data.x), data.x, data.y);
      line->slope -= factor * largest_stable * gradient.slope;
      line->intercept -= factor * largest_stable * gradient.intercept;
    }
  }
  // A second data set: contours of the mse, the ellipses where it exceeds its minimum by `rise`.
  // Around the minimum the mse is that minimum plus (d^T H d) / 2, d the distance to it, so along
  // an eigenvector of H of eigenvalue l the contour lies at a distance sqrt(2 rise / l).
  arma::vec eigenvalues;
  arma::mat eigenvectors;
  arma::eig_sym(eigenvalues, eigenvectors, hessian);
  std::cout << "\n\nrise,slope,intercept\n";
  for (const double rise : {0.05, 0.2, 0.5, 1.0, 2.0}) {
    for (int i = 0; i <= 72; ++i) {
      const double t = 2.0 * arma::datum::pi * i / 72.0;
      const arma::vec point = exact + eigenvectors.col(0) * std::sqrt(2.0 * rise / eigenvalues(0)) * std::cos(t) +
                              eigenvectors.col(1) * std::sqrt(2.0 * rise / eigenvalues(1)) * std::sin(t);
      std::cout << nn::format_number(rise, 9) << "," << nn::format_number(point(0), 9) << ","
                << nn::format_number(point(1), 9) << "\n";
    }
    std::cout << "\n";  // a break between two contours
  }
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Chapter 3: the gradient of the mean squared error, checked and used", "ch03_mse_gradient"};
  double learning_rate = 0.2;
  int steps = 100;
  std::uint64_t seed = 3;
  nn::LossOptions options;
  app.add_option("--learning-rate", learning_rate, "Step size of gradient descent")
      ->check(nn::cli::positive_finite)
      ->capture_default_str();
  app.add_option("--steps", steps, "Gradient descent steps for the line fit")
      ->check(nn::cli::whole_number(1, 1000000))
      ->capture_default_str();
  app.add_option("--seed", seed, "Seed of the noise in the line's data")
      ->check(nn::cli::whole_number(0, std::numeric_limits<std::uint64_t>::max()))
      ->capture_default_str();
  app.add_option("--delta", options.delta, "Huber's threshold")->check(nn::cli::positive_finite)->capture_default_str();
  app.add_option("--tau", options.tau, "The quantile loss's tau")
      ->check(nn::cli::open_unit_interval)
      ->capture_default_str();
  nn::cli::add_digits_flag(app, digits);
  std::string plot;
  nn::cli::add_plot_data_mode(app, plot, {"outlier", "steps"})
      ->add_option("--seed", seed, "Seed of the noise in the line's data")
      ->check(nn::cli::whole_number(0, std::numeric_limits<std::uint64_t>::max()))
      ->capture_default_str();

  return nn::cli::run(app, argc, argv, [&] {
    const LineData data = make_line_data(seed);
    if (plot == "outlier") {
      plot_outlier(data, options, learning_rate);  // the walk-through's default rate and delta
      return;
    }
    if (plot == "steps") {
      plot_steps(data);
      return;
    }
    const UserFits fits = fit_with_the_flags(data, options, learning_rate, steps);  // may diverge: before printing
    std::cout << "Chapter 3: the gradient of the mean squared error\n\n";
    conventions();
    gradient_check();
    fit_line(data, fits.line, learning_rate, steps);
    too_large_a_step(data);
    other_gradients(options, fits, learning_rate);
  });
}
