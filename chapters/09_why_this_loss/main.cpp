// Chapter 9: why this loss?
//
// A loss is not an arbitrary score. Each of the tutorial's losses is the negative log-likelihood
// of a noise model; each wants a different best answer from the same data; a penalty added to
// it changes what training prefers; and weights inside it say which mistakes matter more.
#include <algorithm>
#include <cmath>
#include <functional>
#include <iomanip>
#include <iostream>
#include <memory>
#include <numbers>
#include <string>
#include <vector>

#include "nn/activations/identity.hpp"
#include "nn/activations/sigmoid.hpp"
#include "nn/activations/softmax.hpp"
#include "nn/activations/tanh.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/core/random.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/losses/binary_cross_entropy.hpp"
#include "nn/losses/huber.hpp"
#include "nn/losses/likelihood.hpp"
#include "nn/losses/mae.hpp"
#include "nn/losses/mse.hpp"
#include "nn/losses/quantile.hpp"
#include "nn/losses/softmax_cross_entropy.hpp"
#include "nn/metrics/classification.hpp"
#include "nn/network/early_stopping.hpp"
#include "nn/network/l2_penalty.hpp"
#include "nn/optimizers/adam.hpp"
#include "nn/optimizers/sgd.hpp"
#include "nn/tutorial/cli.hpp"
#include "nn/tutorial/milestones.hpp"
#include "nn/tutorial/modes.hpp"

namespace {

int digits = 6;

std::string text(double x) { return nn::format_number(x, digits); }
std::string text(const arma::mat& m) { return nn::format_inline(m, digits); }

// "below 1e-12" when `difference` is, else the number: rounding noise is not printed digit by digit.
std::string agreement(double difference, double bound) {
  return difference < bound ? "below " + nn::format_number(bound, 2) : text(difference);
}

// ---------------------------------------------------------------------------------------------
// 1. Losses from likelihood

struct LikelihoodFlags {
  double sigma = 0.8, tau = 0.9;
};

// One noise model next to its loss: NLL = scale * loss + constant, for every prediction.
struct Pair {
  std::string model, loss;
  std::function<double(const arma::mat&)> nll, loss_value;
  std::function<arma::mat(const arma::mat&)> loss_gradient;
  double scale, constant;  // N log(sigma sqrt(2 pi)), N log(2 sigma), -N log(tau (1 - tau) / sigma), 0, 0
};

std::vector<Pair> likelihood_pairs(const arma::mat& y, const arma::mat& labels01, const arma::uvec& classes,
                                   const LikelihoodFlags& flags) {
  const double n = static_cast<double>(y.n_elem), s = flags.sigma, tau = flags.tau;
  const arma::mat class_target = arma::conv_to<arma::mat>::from(classes);
  const auto mse = std::make_shared<nn::MeanSquaredError>();
  const auto mae = std::make_shared<nn::MeanAbsoluteError>();
  const auto quantile = std::make_shared<nn::QuantileLoss>(tau);
  const auto bce = std::make_shared<nn::BinaryCrossEntropyWithLogits>();
  const auto ce = std::make_shared<nn::SoftmaxCrossEntropy>();
  // [likelihood]
  // Gaussian noise: NLL = N / (2 sigma^2) x MSE + N log(sigma sqrt(2 pi)), for every prediction p.
  const Pair gaussian{"gaussian, sigma " + text(s), "mse",
                      [=](const arma::mat& p) { return nn::gaussian_nll(p, y, s); },
                      [=](const arma::mat& p) { return mse->value(p, y); },
                      [=](const arma::mat& p) { return mse->gradient(p, y); },
                      n / (2 * s * s), n * std::log(s * std::sqrt(2 * std::numbers::pi))};
  // [likelihood]
  return {
      gaussian,
      {"laplace, scale " + text(s), "mae", [=](const arma::mat& p) { return nn::laplace_nll(p, y, s); },
       [=](const arma::mat& p) { return mae->value(p, y); }, [=](const arma::mat& p) { return mae->gradient(p, y); },
       n / s, n * std::log(2 * s)},
      {"asymmetric laplace, tau " + text(tau), "quantile",
       [=](const arma::mat& p) { return nn::asymmetric_laplace_nll(p, y, tau, s); },
       [=](const arma::mat& p) { return quantile->value(p, y); },
       [=](const arma::mat& p) { return quantile->gradient(p, y); }, n / s, -n * std::log(tau * (1 - tau) / s)},
      {"bernoulli", "bce", [=](const arma::mat& z) { return nn::bernoulli_nll(z, labels01); },
       [=](const arma::mat& z) { return bce->value(z, labels01); },
       [=](const arma::mat& z) { return bce->gradient(z, labels01); }, n, 0.0},
      {"categorical", "ce", [=](const arma::mat& z) { return nn::categorical_nll(z, classes); },
       [=](const arma::mat& z) { return ce->value(z, class_target); },
       [=](const arma::mat& z) { return ce->gradient(z, class_target); }, static_cast<double>(classes.n_elem), 0.0},
  };
}

void losses_from_likelihood(const LikelihoodFlags& flags) {
  if (flags.sigma < 1e-100 || flags.sigma > 1e100) {  // sigma^2 and 1/sigma^2 must stay finite
    throw std::invalid_argument("--sigma: " + nn::format_number(flags.sigma, 6) +
                                " is outside [1e-100, 1e100], where the likelihoods stay within the range of a double");
  }
  nn::Random random(9);
  const arma::mat y = random.normal_matrix(8, 1, 2.0, 1.0);                   // targets of a regression
  const arma::mat labels01 = arma::conv_to<arma::mat>::from(random.uniform_matrix(8, 1, 0, 1) > 0.5);
  const arma::uvec classes = arma::conv_to<arma::uvec>::from(arma::floor(random.uniform_matrix(8, 1, 0, 3)));
  std::cout << "1. Each loss is a negative log-likelihood, up to a scale and a constant\n"
            << "  N = 8 samples; three different predictions each (for bce and ce: logits).\n"
            << "  NLL - scale x loss, for each prediction, and the constant it should be:\n";
  std::vector<std::vector<std::string>> rows;
  bool gradients_agree = true;
  for (const Pair& pair : likelihood_pairs(y, labels01, classes, flags)) {
    const arma::uword columns = pair.loss == "ce" ? 3 : 1;
    const std::vector<arma::mat> predictions = {random.normal_matrix(8, columns, 0.0, 2.0),
                                                random.normal_matrix(8, columns, 1.0, 1.0),
                                                arma::mat(8, columns, arma::fill::value(0.5))};
    std::vector<std::string> row = {pair.model, pair.loss, text(pair.scale)};
    for (const arma::mat& p : predictions) {
      const double nll = pair.nll(p), difference = nll - pair.scale * pair.loss_value(p);
      // a difference within 1e-12 of the NLL's size is rounding: printed as the 0 it is
      row.push_back(text(std::abs(difference) <= 1e-12 * std::abs(nll) ? 0.0 : difference));
      // the NLL's gradient, by finite differences, is the loss's times the same scale
      const nn::GradientCheck check = nn::check_gradient(pair.nll, p, pair.scale * pair.loss_gradient(p));
      gradients_agree = gradients_agree && check.passed(1e-6, 1e-8);
    }
    row.push_back(text(pair.constant));
    rows.push_back(row);
  }
  std::cout << nn::format_table({"noise model", "loss", "scale", "prediction 1", "prediction 2", "prediction 3",
                                 "constant by hand"},
                                rows, "  ", nn::Align::left)
            << "  The same number for every prediction: each loss has its noise model's minimiser.\n"
            << "  NLL's gradient (finite differences) = scale x the loss's gradient, for all five: "
            << (gradients_agree ? "passed" : "FAILED") << "\n";

  // [logits]
  // At the input of the output unit matched to its noise model, d(NLL)/dz = (mean - y) / variance.
  const double s2 = flags.sigma * flags.sigma;
  const arma::mat z = random.normal_matrix(8, 1), z3 = random.normal_matrix(8, 3);
  const auto gaussian = [&](const arma::mat& v) { return nn::gaussian_nll(v, y, flags.sigma); };
  const auto bernoulli = [&](const arma::mat& v) { return nn::bernoulli_nll(v, labels01); };
  const auto categorical = [&](const arma::mat& v) { return nn::categorical_nll(v, classes); };
  const arma::mat hot = nn::one_hot(classes, 3);
  const double identity = nn::check_gradient(gaussian, z, (z - y) / s2).max_relative_error();
  const double sigmoid =
      nn::check_gradient(bernoulli, z, nn::Sigmoid().value(z) - labels01).max_relative_error();
  const double softmax =
      nn::check_gradient(categorical, z3, nn::Softmax().value(z3) - hot).max_relative_error();
  // [logits]
  std::cout << "  The NLL's gradient at the output unit's input z, against the predicted mean minus the target:\n"
            << "    gaussian + identity, (z - y) / sigma^2:   largest relative error " << agreement(identity, 1e-6) << "\n"
            << "    bernoulli + sigmoid, sigmoid(z) - y:      largest relative error " << agreement(sigmoid, 1e-6) << "\n"
            << "    categorical + softmax, softmax(z) - y:    largest relative error " << agreement(softmax, 1e-6) << "\n\n";
}

// ---------------------------------------------------------------------------------------------
// 2. The best constant each loss wants

struct ConstantFlags {
  std::string sample = "0.5 0.8 1 1.2 1.5 2 2.5 3 4.5 7 12";
  double tau = 0.9, delta = 1.0;
};

arma::vec parse_sample(const std::string& sample) {
  const arma::mat m = nn::parse_matrix(sample, "--sample");
  return arma::vectorise(m);
}

// [descend]
// Gradient descent on a constant prediction c: the gradient of the loss with respect to c is
// the sum of its gradient with respect to each of the N predictions, all equal to c.
double best_constant(const nn::Loss& loss, const arma::vec& sample, double learning_rate) {
  double c = 0.0;
  for (int step = 0; step < 4000; ++step) {
    const arma::mat prediction(sample.n_elem, 1, arma::fill::value(c));
    c -= learning_rate * arma::accu(loss.gradient(prediction, sample));
    // a shrinking step, so that the sign-like gradients of mae and quantile settle
    learning_rate *= 0.995;
  }
  return c;
}
// [descend]

// The interval of constants that minimise the quantile loss: [y_(k), y_(k)] with k = ceil(tau N)
// when tau N is not a whole number, else [y_(tau N), y_(tau N + 1)] (1-based, sorted).
struct Interval {
  double low, high;
};

Interval quantile_minimisers(const arma::vec& sample, double tau) {
  const arma::vec y = arma::sort(sample);
  const double position = tau * static_cast<double>(y.n_elem);
  const auto at = [&](double k) { return y(static_cast<arma::uword>(k) - 1); };
  if (position == std::floor(position)) return {at(position), at(position + 1)};
  return {at(std::ceil(position)), at(std::ceil(position))};
}

std::string describe(const Interval& interval) {
  if (interval.low == interval.high) return " " + text(interval.low);
  return ": any point of [" + text(interval.low) + ", " + text(interval.high) + "]";
}

struct Constants {
  double mse, mae, quantile, huber;
};

Constants descend_all(const arma::vec& sample, const ConstantFlags& flags) {
  const double range = sample.max() - sample.min();
  // 0.5 for mse, whose gradient 2 (c - mean) then lands on the mean in one step; the others'
  // gradients do not grow with the distance, so their first steps scale with the sample's range.
  const double wide = std::max(0.5, range / 2);
  return {best_constant(nn::MeanSquaredError(), sample, 0.5), best_constant(nn::MeanAbsoluteError(), sample, wide),
          best_constant(nn::QuantileLoss(flags.tau), sample, wide),
          best_constant(nn::HuberLoss(flags.delta), sample, wide)};
}

void best_constants(const ConstantFlags& flags, const std::string& title) {
  const arma::vec sample = parse_sample(flags.sample);
  const Constants found = descend_all(sample, flags);
  const Interval median = quantile_minimisers(sample, 0.5), quantile = quantile_minimisers(sample, flags.tau);
  const double median_point = (median.low + median.high) / 2;
  std::cout << title << "  the sample, N = " << sample.n_elem << ": " << text(sample.t()) << "\n"
            << "  gradient descent on one constant c from 0, 4000 steps, with each loss of the library:\n";
  const std::string tau = text(flags.tau);
  std::cout << nn::format_table({"loss", "best c found", "the sample statistic"},
                                {{"mse", text(found.mse), "mean " + text(arma::mean(sample))},
                                 {"mae", text(found.mae), "median" + describe(median)},
                                 {"quantile, tau " + tau, text(found.quantile), tau + "-quantile" + describe(quantile)},
                                 {"huber, delta " + text(flags.delta), text(found.huber),
                                  "between the median and the mean"}},
                                "  ", nn::Align::left);
  const bool between = (found.huber - median_point) * (found.huber - arma::mean(sample)) <= 0.0;
  std::cout << "  huber's constant lies between the median and the mean: " << (between ? "yes" : "no") << "\n"
            << "  The tau-quantile here is the smallest value with at least tau N values at or below it,\n"
            << "  y_(ceil(tau N)); when tau N is a whole number every point between y_(tau N) and\n"
            << "  y_(tau N + 1) is as good, and the median of an even sample is such an interval.\n\n";
}

// plot-data constants: each loss against the constant, divided by its own minimum.
void plot_constants(const ConstantFlags& flags) {
  const arma::vec sample = parse_sample(flags.sample);
  const Constants found = descend_all(sample, flags);
  const nn::MeanSquaredError mse;
  const nn::MeanAbsoluteError mae;
  const nn::QuantileLoss quantile(flags.tau);
  const nn::HuberLoss huber(flags.delta);
  const auto at = [&](const nn::Loss& loss, double c) {
    return loss.value(arma::mat(sample.n_elem, 1, arma::fill::value(c)), sample);
  };
  std::cout << "c,mse,mae,quantile,huber,best_mse,best_mae,best_quantile,best_huber\n";
  const double low = sample.min(), high = sample.max();
  for (int i = 0; i <= 400; ++i) {
    const double c = low + (high - low) * i / 400.0;
    std::cout << nn::format_number(c, 9) << "," << nn::format_number(at(mse, c) / at(mse, found.mse), 9) << ","
              << nn::format_number(at(mae, c) / at(mae, found.mae), 9) << ","
              << nn::format_number(at(quantile, c) / at(quantile, found.quantile), 9) << ","
              << nn::format_number(at(huber, c) / at(huber, found.huber), 9) << "," << nn::format_number(found.mse, 9)
              << "," << nn::format_number(found.mae, 9) << "," << nn::format_number(found.quantile, 9) << ","
              << nn::format_number(found.huber, 9) << "\n";
  }
}

// ---------------------------------------------------------------------------------------------
// 3. Regularization: the penalty, and overfitting made visible

struct OverfitFlags {
  int hidden = 24, iterations = 2000;
  double lambda = 0.003;
};

// A small noisy regression: y = sin(pi x) + noise, 16 points to train on, 100 to validate.
struct Regression {
  arma::mat x_train, y_train, x_valid, y_valid;
};

Regression noisy_sine() {
  nn::Random random(2024);
  const auto draw = [&](arma::uword n, arma::mat& x, arma::mat& y) {
    x = random.uniform_matrix(n, 1, -1.0, 1.0);
    y = arma::sin(std::numbers::pi * x) + random.normal_matrix(n, 1, 0.0, 0.3);
  };
  Regression data;
  draw(16, data.x_train, data.y_train);
  draw(100, data.x_valid, data.y_valid);
  return data;
}

// 1 -> hidden -> hidden -> 1 with tanh, weights drawn with a fixed seed (scaled by 1/sqrt(inputs)).
nn::Network wide_network(int hidden) {
  nn::Random random(7);
  const auto h = static_cast<arma::uword>(hidden);
  const auto layer = [&](arma::uword in, arma::uword out, std::shared_ptr<const nn::Activation> f) {
    nn::Dense dense(random.normal_matrix(in, out, 0.0, 1.0 / std::sqrt(static_cast<double>(in))), std::move(f));
    dense.bias = random.normal_matrix(1, out, 0.0, 0.1);
    return dense;
  };
  return nn::Network({layer(1, h, std::make_shared<nn::Tanh>()), layer(h, h, std::make_shared<nn::Tanh>()),
                      layer(h, 1, std::make_shared<nn::Identity>())});
}

void penalty_and_weight_decay(const Regression& data, const OverfitFlags& flags) {
  const nn::MeanSquaredError mse;
  const double lambda = flags.lambda;
  std::cout << "3. The loss is more than the data term: L + lambda/2 |w|^2, lambda " << text(lambda) << "\n";
  nn::Network network = wide_network(flags.hidden);
  network.loss_and_gradients(mse, data.x_train, data.y_train);
  const std::vector<arma::mat> plain = network.gradients();
  nn::loss_and_gradients_with_l2(network, mse, data.x_train, data.y_train, lambda);
  const std::vector<arma::mat> penalized = network.gradients();
  const std::vector<arma::mat*> parameters = network.parameters();
  double largest = 0.0;
  bool passed = true;
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    largest = std::max(largest, arma::abs(penalized[i] - plain[i] - lambda * *parameters[i]).max());
    const arma::mat start = *parameters[i];
    const auto loss_of = [&](const arma::mat& theta) {
      *parameters[i] = theta;
      const double value = mse.value(network.predict(data.x_train), data.y_train) + nn::l2_penalty(network, lambda);
      *parameters[i] = start;
      return value;
    };
    passed = passed && nn::check_gradient(loss_of, start, penalized[i]).passed(1e-6, 1e-9);
  }
  std::cout << "  its gradient is the loss's plus lambda w: largest difference " << agreement(largest, 1e-15) << "\n"
            << "  the penalized loss's gradient against finite differences: " << (passed ? "passed" : "FAILED") << "\n";

  // [decay]
  // 100 steps each: an optimizer's weight_decay against the same optimizer on the penalized
  // loss.
  const auto train_with = [&](nn::Optimizer& optimizer, double penalty) {
    nn::Network trained = wide_network(flags.hidden);
    for (int step = 0; step < 100; ++step) {
      nn::loss_and_gradients_with_l2(trained, mse, data.x_train, data.y_train, penalty);
      optimizer.step(trained.parameters(), trained.gradients());
    }
    return trained;
  };
  nn::SGD sgd_decay({.learning_rate = 0.05, .weight_decay = lambda}),
      sgd({.learning_rate = 0.05});
  nn::Adam adam_decay({.learning_rate = 0.01, .weight_decay = lambda}),
      adam({.learning_rate = 0.01});
  nn::AdamW adamw({.learning_rate = 0.01, .weight_decay = lambda});
  const nn::Network by_sgd_decay = train_with(sgd_decay, 0.0), by_sgd = train_with(sgd, lambda);
  const nn::Network by_adam_decay = train_with(adam_decay, 0.0),
                    by_adam = train_with(adam, lambda);
  const nn::Network by_adamw = train_with(adamw, 0.0);
  // [decay]
  const auto difference = [](const nn::Network& a, const nn::Network& b) {
    double d = 0.0;
    for (std::size_t l = 0; l < a.layers().size(); ++l) {
      d = std::max({d, arma::abs(a.layers()[l].weights - b.layers()[l].weights).max(),
                    arma::abs(a.layers()[l].bias - b.layers()[l].bias).max()});
    }
    return d;
  };
  std::cout << "  100 steps, largest difference between the weights:\n"
            << "    sgd, weight_decay lambda   vs  sgd on L + lambda/2 |w|^2:   " << agreement(difference(by_sgd_decay, by_sgd), 1e-12)
            << "\n"
            << "    adam, weight_decay lambda  vs  adam on L + lambda/2 |w|^2:  "
            << agreement(difference(by_adam_decay, by_adam), 1e-12) << "\n"
            << "    adamw, weight_decay lambda vs  adam on L + lambda/2 |w|^2:  "
            << nn::format_number(difference(by_adamw, by_adam), 2) << "\n"
            << "  SGD's and Adam's weight_decay add lambda w to the gradient: the L2 penalty. AdamW\n"
            << "  shrinks the weights by learning rate x lambda outside Adam's division by the gradient's\n"
            << "  running size, which no penalty on the loss reproduces.\n\n";
}

struct Curve {
  std::vector<int> iterations;
  std::vector<double> train, valid;
  int stopped_at = -1, kept = 0;  // where early stopping stops, and the iteration whose weights it keeps
  double kept_valid = 0.0;
};

// [overfit]
// Full-batch SGD with momentum on L + lambda/2 |w|^2. Every 10 iterations the validation loss
// is checked; early stopping keeps the iteration where it was lowest, and stops after 20 checks
// without a gain of more than 1e-4. The run goes on after that, to show what stopping avoids.
Curve train_and_watch(const Regression& data, const OverfitFlags& flags, double lambda) {
  nn::Network network = wide_network(flags.hidden);
  nn::SGD sgd({.learning_rate = 0.07, .momentum = 0.9});
  nn::EarlyStopping stopping({.patience = 20, .min_delta = 1e-4});
  const nn::MeanSquaredError mse;
  Curve curve;
  for (int i = 0; i <= flags.iterations; ++i) {
    if (i % 10 == 0 || i == flags.iterations) {
      curve.iterations.push_back(i);
      curve.train.push_back(mse.value(network.predict(data.x_train), data.y_train));
      curve.valid.push_back(mse.value(network.predict(data.x_valid), data.y_valid));
      stopping.check(i, curve.valid.back());
      if (curve.stopped_at < 0 && (stopping.should_stop() || i == flags.iterations)) {
        curve.stopped_at = stopping.should_stop() ? i : -1;
        curve.kept = stopping.best_iteration();
        curve.kept_valid = stopping.best_loss();
        if (!stopping.should_stop()) break;
      }
    }
    if (i == flags.iterations) break;
    nn::loss_and_gradients_with_l2(network, mse, data.x_train, data.y_train, lambda);
    sgd.step(network.parameters(), network.gradients());
  }
  return curve;
}
// [overfit]

// The losses of a long training run are printed to 3 digits: further digits would depend on
// the CPU's rounding (see the page).
std::string loss_text(double x) { return nn::format_number(x, std::min(digits, 3)); }

void print_curve(const Curve& curve) {
  std::vector<std::vector<std::string>> rows;
  const int last = curve.iterations.back();
  for (std::size_t k = 0; k < curve.iterations.size(); ++k) {
    const int i = curve.iterations[k];
    if (i % 100 != 0 && i != last) continue;
    if (!nn::is_milestone(i / 100, last / 100) && i != last) continue;
    rows.push_back({std::to_string(i), loss_text(curve.train[k]), loss_text(curve.valid[k])});
  }
  std::cout << nn::format_table({"iteration", "training loss", "validation loss"}, rows, "    ");
}

void overfitting(const Regression& data, const OverfitFlags& flags) {
  std::cout << "4. Overfitting made visible: 1 -> " << flags.hidden << " -> " << flags.hidden
            << " -> 1 tanh network, y = sin(pi x) + noise (sd 0.3),\n"
            << "  16 training points, 100 validation points, sgd 0.07 with momentum 0.9, mse, " << flags.iterations << " iterations\n";
  const Curve plain = train_and_watch(data, flags, 0.0);
  const Curve penalized = train_and_watch(data, flags, flags.lambda);
  std::cout << "  without a penalty:\n";
  print_curve(plain);
  const auto summary = [&](const Curve& curve) {
    std::cout << "    early stopping " << (curve.stopped_at >= 0 ? "stops at iteration " + std::to_string(curve.stopped_at)
                                                                 : "never stops")
              << " and keeps the weights of iteration " << curve.kept << ", validation loss "
              << loss_text(curve.kept_valid) << "\n";
  };
  summary(plain);
  std::cout << "  with the penalty, lambda " << text(flags.lambda) << ":\n";
  print_curve(penalized);
  summary(penalized);
  std::cout << "  For scale: sin(pi x) itself, the curve without its noise, scores "
            << loss_text(nn::MeanSquaredError().value(arma::sin(std::numbers::pi * data.x_valid), data.y_valid))
            << " on the validation points.\n\n";
}

// plot-data overfitting: both runs' losses, every 10 iterations, and early stopping's choices.
void plot_overfitting(const OverfitFlags& flags) {
  const Regression data = noisy_sine();
  const Curve plain = train_and_watch(data, flags, 0.0), penalized = train_and_watch(data, flags, flags.lambda);
  std::cout << "iteration,train,valid,train_l2,valid_l2,stopped,kept,stopped_l2,kept_l2\n";
  for (std::size_t k = 0; k < plain.iterations.size(); ++k) {
    std::cout << plain.iterations[k] << "," << nn::format_number(plain.train[k], 6) << ","
              << nn::format_number(plain.valid[k], 6) << "," << nn::format_number(penalized.train[k], 6) << ","
              << nn::format_number(penalized.valid[k], 6) << "," << plain.stopped_at << "," << plain.kept << ","
              << penalized.stopped_at << "," << penalized.kept << "\n";
  }
}

// ---------------------------------------------------------------------------------------------
// 5. Class weights

struct Imbalanced {
  arma::mat x_train, x_test;
  arma::uvec train_labels, test_labels;
};

// Two overlapping Gaussian classes in the plane, 19 to 1: class 0 around (0, 0), class 1 around (1.5, 1.5).
Imbalanced imbalanced_problem() {
  nn::Random random(99);
  const auto draw = [&](arma::uword common, arma::uword rare, arma::mat& x, arma::uvec& labels) {
    x = arma::join_cols(random.normal_matrix(common, 2), random.normal_matrix(rare, 2, 1.5, 1.0));
    labels = arma::join_cols(arma::uvec(common, arma::fill::zeros), arma::uvec(rare, arma::fill::ones));
  };
  Imbalanced data;
  draw(190, 10, data.x_train, data.train_labels);
  draw(950, 50, data.x_test, data.test_labels);
  return data;
}

// A linear softmax classifier, 500 steps of full-batch gradient descent from zero weights.
nn::Network train_classifier(const Imbalanced& data, const nn::SoftmaxCrossEntropy& loss) {
  nn::Dense layer(arma::mat(2, 2, arma::fill::zeros), std::make_shared<nn::Identity>());
  layer.bias = arma::rowvec(2, arma::fill::zeros);
  nn::Network network({layer});
  nn::SGD sgd({.learning_rate = 0.5});
  const arma::mat target = arma::conv_to<arma::mat>::from(data.train_labels);
  for (int step = 0; step < 500; ++step) {
    network.loss_and_gradients(loss, data.x_train, target);
    sgd.step(network.parameters(), network.gradients());
  }
  return network;
}

arma::rowvec balanced_weights(const arma::uvec& labels) {
  // scikit-learn's class_weight="balanced": N / (C n_c)
  const double n = static_cast<double>(labels.n_elem);
  return {n / (2.0 * static_cast<double>(arma::accu(labels == 0))), n / (2.0 * static_cast<double>(arma::accu(labels == 1)))};
}

void class_weights(const arma::rowvec& requested) {
  const Imbalanced data = imbalanced_problem();
  const arma::rowvec weight = requested.is_empty() ? balanced_weights(data.train_labels) : requested;
  // [weights]
  const nn::SoftmaxCrossEntropy plain;
  const nn::SoftmaxCrossEntropy weighted({.weight = weight});
  // [weights]
  const arma::mat zero(data.x_train.n_rows, 2, arma::fill::zeros);
  const arma::mat target = arma::conv_to<arma::mat>::from(data.train_labels);
  weighted.value(zero, target);  // refuses weights the loss cannot use, before anything is printed
  std::cout << "5. The loss encodes what you want: class weights (PyTorch's CrossEntropyLoss(weight=...))\n"
            << "  two overlapping classes, 190 : 10 in training, 950 : 50 in the test set; a linear softmax\n"
            << "  classifier, sgd 0.5, 500 steps. Weights " << text(weight)
            << (requested.is_empty() ? ", scikit-learn's \"balanced\" N / (C n_c)" : "") << ".\n";
  const auto rare_share = [&](const nn::SoftmaxCrossEntropy& loss) {
    const arma::mat g = arma::abs(loss.gradient(zero, target));
    return arma::accu(g.rows(arma::find(data.train_labels == 1))) / arma::accu(g);
  };
  std::cout << "  at the start (all logits 0), the share of the gradient's size that the rare class sends:\n"
            << "    unweighted " << text(rare_share(plain)) << ", weighted " << text(rare_share(weighted))
            << "  (each row is w_{y_n} (s_n - y_n) / sum_m w_{y_m})\n";
  for (const auto* loss : {&plain, &weighted}) {
    const nn::Network network = train_classifier(data, *loss);
    const arma::uvec predicted = nn::metrics::predicted_classes(network.predict(data.x_test));
    const nn::metrics::ClassificationReport report =
        nn::metrics::classification_report(data.test_labels, predicted, 2);
    const arma::umat& c = report.confusion;
    std::cout << "  " << (loss == &plain ? "unweighted" : "weighted  ") << "  test confusion matrix [[" << c(0, 0) << " "
              << c(0, 1) << "]; [" << c(1, 0) << " " << c(1, 1) << "]], accuracy " << text(report.accuracy) << "\n"
              << "              recall " << text(report.recall(0)) << ", " << text(report.recall(1)) << "; precision "
              << text(report.precision(0)) << ", " << text(report.precision(1)) << "\n";
  }
  std::cout << "  Rows are the true class, columns the predicted one. Weighting the rare class trades\n"
            << "  accuracy, which the common class dominates, for finding the rare one.\n";
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"Chapter 9: why this loss? Likelihood, best constants, regularization, class weights",
               "ch09_why_this_loss"};
  nn::cli::add_digits_flag(app, digits);

  LikelihoodFlags likelihood;
  CLI::App* nll = app.add_subcommand("likelihood", "Each loss next to its noise model's negative log-likelihood");
  nll->add_option("--sigma", likelihood.sigma, "The noise's scale (Gaussian sigma, Laplace b)")
      ->check(nn::cli::positive_finite)
      ->capture_default_str();
  nll->add_option("--tau", likelihood.tau, "The asymmetric Laplace's quantile")
      ->check(nn::cli::open_unit_interval)
      ->capture_default_str();
  nn::cli::add_digits_flag(*nll, digits);

  ConstantFlags constant;
  CLI::App* best = app.add_subcommand("constant", "The best constant of each loss for a sample of your own");
  best->add_option("--sample", constant.sample, "The sample, numbers separated by spaces")->capture_default_str();
  best->add_option("--tau", constant.tau, "The quantile loss's tau")
      ->check(nn::cli::open_unit_interval)
      ->capture_default_str();
  best->add_option("--delta", constant.delta, "Huber's delta")->check(nn::cli::positive_finite)->capture_default_str();
  nn::cli::add_digits_flag(*best, digits);

  OverfitFlags overfit;
  CLI::App* fit = app.add_subcommand("overfit", "The L2 penalty and the overfitting run, with your network and lambda");
  fit->add_option("--hidden", overfit.hidden, "Units in each of the two hidden layers")
      ->check(nn::cli::whole_number(1, 256))
      ->capture_default_str();
  fit->add_option("--lambda", overfit.lambda, "The L2 penalty's lambda")
      ->check(CLI::Range(0.0, 10.0))  // above 40, sgd 0.05 with the penalty diverges
      ->capture_default_str();
  fit->add_option("--iterations", overfit.iterations, "Training iterations")
      ->check(nn::cli::whole_number(10, 20000))
      ->capture_default_str();
  nn::cli::add_digits_flag(*fit, digits);

  std::string weights_text;
  CLI::App* weigh = app.add_subcommand("weights", "The imbalanced problem with class weights of your own");
  weigh->add_option("--class-weights", weights_text, "Two weights \"w0 w1\" (default: balanced, N / (C n_c))");
  nn::cli::add_digits_flag(*weigh, digits);

  std::string plot;
  nn::cli::add_plot_data_mode(app, plot, {"constants", "overfitting"});

  return nn::cli::run(app, argc, argv, [&] {
    if (plot == "constants") return plot_constants(ConstantFlags{});
    if (plot == "overfitting") return plot_overfitting(OverfitFlags{});
    if (*nll) return losses_from_likelihood(likelihood);
    if (*best) return best_constants(constant, "");
    if (*fit) {
      const Regression data = noisy_sine();
      penalty_and_weight_decay(data, overfit);
      return overfitting(data, overfit);
    }
    if (*weigh) {
      arma::rowvec requested;
      if (weigh->get_option("--class-weights")->count() > 0) {
        requested = arma::vectorise(nn::parse_matrix(weights_text, "--class-weights")).t();
        if (requested.n_elem != 2) {
          throw std::invalid_argument("--class-weights takes two weights, one per class; got " + weights_text);
        }
      }
      return class_weights(requested);
    }
    std::cout << "Chapter 9: why this loss?\n\n";
    losses_from_likelihood(likelihood);
    best_constants(constant, "2. The best constant each loss wants\n");
    const Regression data = noisy_sine();
    penalty_and_weight_decay(data, overfit);
    overfitting(data, overfit);
    class_weights({});
  });
}
