// The contract every optimizer keeps: each matches a scalar transcription of PyTorch's
// pseudo-code, reaches the minimum of the sphere and of Rosenbrock's function, keeps its state
// until reset(), and validates its arguments and its learning rate.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "nn/core/random.hpp"
#include "nn/optimizers/adam.hpp"
#include "nn/optimizers/make_optimizer.hpp"
#include "nn/optimizers/sgd.hpp"
#include "nn/problems/landscapes.hpp"
#include "optimizer_steps.hpp"

using nn::test::run;

namespace {

const nn::Landscape rosenbrock = nn::rosenbrock();
const nn::Landscape sphere = nn::sphere();

}  // namespace

// ---------------------------------------------------------------------------------------------
// PyTorch's pseudo-code, transcribed one number at a time with plain doubles: an independent
// check on the library's matrix code.

namespace {

struct Hyperparameters {
  std::string optimizer;
  double lr, momentum, dampening;
  bool nesterov;
  double weight_decay, lr_decay, initial_accumulator, alpha;
  bool centered;
  double beta1, beta2, epsilon;
  bool amsgrad;
};

// The factory's options with PyTorch's defaults filled in, written out again here.
Hyperparameters resolve(const std::string& optimizer, const nn::OptimizerOptions& o) {
  const bool adam_like = optimizer == "adam" || optimizer == "adamw";
  return {.optimizer = optimizer,
          .lr = o.learning_rate.value_or(adam_like ? 1e-3 : 1e-2),
          .momentum = o.momentum,
          .dampening = o.dampening,
          .nesterov = o.nesterov,
          .weight_decay = o.weight_decay.value_or(optimizer == "adamw" ? 1e-2 : 0.0),
          .lr_decay = o.lr_decay,
          .initial_accumulator = o.initial_accumulator,
          .alpha = o.alpha,
          .centered = o.centered,
          .beta1 = o.beta1,
          .beta2 = o.beta2,
          .epsilon = o.epsilon.value_or(optimizer == "adagrad" ? 1e-10 : 1e-8),
          .amsgrad = o.amsgrad};
}

struct ScalarState {
  double b = 0.0;      // SGD's and RMSprop's momentum buffer
  double sum = 0.0;    // Adagrad's state_sum
  double v = 0.0;      // RMSprop's square average, Adam's second moment
  double g_ave = 0.0;  // centered RMSprop's average gradient
  double m = 0.0;      // Adam's first moment
  double v_max = 0.0;  // AMSGrad's maximum
};

double sgd_step(const Hyperparameters& h, int t, double theta, double g, ScalarState& s) {
  if (h.weight_decay != 0) g = g + h.weight_decay * theta;
  if (h.momentum != 0) {
    if (t > 1) {
      s.b = h.momentum * s.b + (1 - h.dampening) * g;
    } else {
      s.b = g;
    }
    if (h.nesterov) {
      g = g + h.momentum * s.b;
    } else {
      g = s.b;
    }
  }
  return theta - h.lr * g;
}

double adagrad_step(const Hyperparameters& h, int t, double theta, double g, ScalarState& s) {
  if (t == 1) s.sum = h.initial_accumulator;
  const double lr_t = h.lr / (1 + (t - 1) * h.lr_decay);
  if (h.weight_decay != 0) g = g + h.weight_decay * theta;
  s.sum = s.sum + g * g;
  return theta - lr_t * g / (std::sqrt(s.sum) + h.epsilon);
}

double rmsprop_step(const Hyperparameters& h, double theta, double g, ScalarState& s) {
  if (h.weight_decay != 0) g = g + h.weight_decay * theta;
  s.v = h.alpha * s.v + (1 - h.alpha) * g * g;
  double v_tilde = s.v;
  if (h.centered) {
    s.g_ave = s.g_ave * h.alpha + (1 - h.alpha) * g;
    v_tilde = v_tilde - s.g_ave * s.g_ave;
  }
  if (h.momentum > 0) {
    s.b = h.momentum * s.b + g / (std::sqrt(v_tilde) + h.epsilon);
    return theta - h.lr * s.b;
  }
  return theta - h.lr * g / (std::sqrt(v_tilde) + h.epsilon);
}

double adam_step(const Hyperparameters& h, int t, double theta, double g, ScalarState& s) {
  if (h.optimizer == "adamw") {
    theta = theta - h.lr * h.weight_decay * theta;
  } else if (h.weight_decay != 0) {
    g = g + h.weight_decay * theta;
  }
  s.m = h.beta1 * s.m + (1 - h.beta1) * g;
  s.v = h.beta2 * s.v + (1 - h.beta2) * g * g;
  const double m_hat = s.m / (1 - std::pow(h.beta1, t));
  if (h.amsgrad) {
    s.v_max = std::max(s.v_max, s.v);  // PyTorch's code: the maximum before the correction
    return theta - h.lr * m_hat / (std::sqrt(s.v_max / (1 - std::pow(h.beta2, t))) + h.epsilon);
  }
  const double v_hat = s.v / (1 - std::pow(h.beta2, t));
  return theta - h.lr * m_hat / (std::sqrt(v_hat) + h.epsilon);
}

double reference_step(const Hyperparameters& h, int t, double theta, double g, ScalarState& s) {
  if (h.optimizer == "sgd") return sgd_step(h, t, theta, g, s);
  if (h.optimizer == "adagrad") return adagrad_step(h, t, theta, g, s);
  if (h.optimizer == "rmsprop") return rmsprop_step(h, theta, g, s);
  return adam_step(h, t, theta, g, s);
}

struct Configuration {
  std::string optimizer;
  nn::OptimizerOptions options;
  std::string label;
};

// Every optimizer alone and with each of its options, then with all of them at once.
std::vector<Configuration> configurations() {
  std::vector<Configuration> all = {
      {"sgd", {}, "defaults"},
      {"sgd", {.momentum = 0.9}, "momentum"},
      {"sgd", {.momentum = 0.9, .dampening = 0.3}, "momentum, dampening"},
      {"sgd", {.momentum = 0.9, .nesterov = true}, "nesterov"},
      {"sgd", {.weight_decay = 0.1}, "weight decay"},
      {"sgd", {.learning_rate = 0.05, .momentum = 0.8, .dampening = 0.2, .weight_decay = 0.05}, "all but nesterov"},
      {"sgd", {.learning_rate = 0.05, .momentum = 0.7, .nesterov = true, .weight_decay = 0.05}, "nesterov, weight decay"},
      {"adagrad", {}, "defaults"},
      {"adagrad", {.lr_decay = 0.1}, "lr_decay"},
      {"adagrad", {.initial_accumulator = 0.5}, "initial accumulator"},
      {"adagrad", {.weight_decay = 0.1}, "weight decay"},
      {"adagrad",
       {.learning_rate = 0.2, .weight_decay = 0.05, .lr_decay = 0.05, .initial_accumulator = 0.1, .epsilon = 1e-6},
       "all"},
      {"rmsprop", {}, "defaults"},
      {"rmsprop", {.centered = true}, "centered"},
      {"rmsprop", {.momentum = 0.9}, "momentum"},
      {"rmsprop", {.weight_decay = 0.1}, "weight decay"},
      {"rmsprop",
       {.learning_rate = 0.02, .momentum = 0.5, .weight_decay = 0.05, .alpha = 0.9, .centered = true, .epsilon = 1e-6},
       "all"},
  };
  for (const std::string adam : {"adam", "adamw"}) {
    all.push_back({adam, {}, "defaults"});
    all.push_back({adam, {.amsgrad = true}, "amsgrad"});
    all.push_back({adam, {.weight_decay = 0.1}, "weight decay"});
    all.push_back({adam,
                   {.learning_rate = 0.01, .weight_decay = 0.05, .beta1 = 0.8, .beta2 = 0.99, .epsilon = 1e-6,
                    .amsgrad = true},
                   "all"});
  }
  return all;
}

}  // namespace

TEST_CASE("every optimizer and option matches a scalar transcription of PyTorch's pseudo-code over 50 random steps",
          "[optimizer]") {
  nn::Random random(77);
  for (const Configuration& configuration : configurations()) {
    const auto optimizer = nn::make_optimizer(configuration.optimizer, configuration.options);
    const Hyperparameters h = resolve(configuration.optimizer, configuration.options);
    // Three parameter matrices of different shapes, stepped together as a model's would be.
    std::vector<arma::mat> parameters = {random.normal_matrix(3, 2), random.normal_matrix(1, 4),
                                         random.normal_matrix(2, 2)};
    std::vector<std::vector<double>> reference;
    for (const arma::mat& p : parameters) reference.emplace_back(p.begin(), p.end());
    std::vector<std::vector<ScalarState>> states;
    for (const arma::mat& p : parameters) states.emplace_back(p.n_elem);
    std::vector<arma::mat*> pointers;
    for (arma::mat& p : parameters) pointers.push_back(&p);

    double largest_difference = 0.0;
    for (int t = 1; t <= 50; ++t) {
      // Gradients of changing size, so the averages rise and fall (and AMSGrad's maximum matters).
      std::vector<arma::mat> gradients;
      for (const arma::mat& p : parameters) {
        gradients.push_back(random.uniform(0.1, 3.0) * random.normal_matrix(p.n_rows, p.n_cols));
      }
      optimizer->step(pointers, gradients);
      for (std::size_t i = 0; i < parameters.size(); ++i) {
        for (arma::uword k = 0; k < parameters[i].n_elem; ++k) {
          reference[i][k] = reference_step(h, t, reference[i][k], gradients[i](k), states[i][k]);
          const double difference = std::abs(parameters[i](k) - reference[i][k]) / std::max(1.0, std::abs(reference[i][k]));
          largest_difference = std::max(largest_difference, difference);
        }
      }
    }
    INFO(configuration.optimizer << " (" << configuration.label << "): largest difference " << largest_difference);
    CHECK(largest_difference < 1e-12);
    CHECK(optimizer->steps() == 50);
  }
}

// ---------------------------------------------------------------------------------------------
// Races: the sphere, then Rosenbrock's valley.

namespace {

struct Race {
  std::string optimizer;
  nn::OptimizerOptions options;
  std::string label;
  int budget;      // steps
  double margin;   // distance to the minimum
};

}  // namespace

TEST_CASE("every optimizer drives the sphere from (-1.2, 1) to within 1e-6 of the origin in 500 steps", "[optimizer]") {
  // Steps needed (at the time of writing) in the comments; 500 leaves room for each.
  const std::vector<Race> races = {
      {"sgd", {.learning_rate = 0.1}, "lr 0.1", 500, 1e-6},                                      // 64
      {"sgd", {.learning_rate = 0.05, .momentum = 0.9}, "momentum", 500, 1e-6},                  // 210
      {"sgd", {.learning_rate = 0.05, .momentum = 0.9, .nesterov = true}, "nesterov", 500, 1e-6},  // 113
      {"adagrad", {.learning_rate = 1.0}, "lr 1", 500, 1e-6},                                    // 9
      {"rmsprop", {.learning_rate = 0.01}, "lr 0.01", 500, 1e-6},                                // 281
      {"rmsprop", {.learning_rate = 0.01, .centered = true}, "centered", 500, 1e-6},            // 259
      {"rmsprop", {.learning_rate = 0.01, .momentum = 0.9}, "momentum", 500, 1e-6},             // 240
      {"adam", {.learning_rate = 0.1}, "lr 0.1", 500, 1e-6},                                     // 236
      {"adam", {.learning_rate = 0.1, .amsgrad = true}, "amsgrad", 500, 1e-6},                   // 240
      {"adamw", {.learning_rate = 0.1}, "lr 0.1, weight decay 0.01", 500, 1e-6},                 // 235
  };
  for (const Race& race : races) {
    const auto optimizer = nn::make_optimizer(race.optimizer, race.options);
    arma::mat point = sphere.start;
    int steps = 0;
    while (steps < race.budget && arma::norm(point) >= race.margin) {
      optimizer->step(point, sphere.gradient(point));
      ++steps;
    }
    INFO(race.optimizer << " (" << race.label << "): " << steps << " steps, distance " << arma::norm(point));
    CHECK(arma::norm(point) < race.margin);
  }
}

TEST_CASE("every optimizer reaches Rosenbrock's minimum (1, 1) from (-1.2, 1) within its budget and margin",
          "[optimizer]") {
  // The distance to (1, 1) after exactly `budget` steps, at the time of writing, is in the
  // comments. Plain gradient descent crawls along the valley; momentum is five times faster.
  // RMSprop and Adam with a constant learning rate do not settle: RMSprop hovers about lr away,
  // Adam bursts out of the minimum again after about 6000 steps. AdamW's weight decay pulls the
  // answer towards 0, so it stops about 0.014 short.
  const std::vector<Race> races = {
      {"sgd", {.learning_rate = 1.5e-3}, "lr 1.5e-3", 15000, 1e-3},                                   // 1.1e-4
      {"sgd", {.learning_rate = 1e-3, .momentum = 0.9}, "momentum", 3000, 1e-4},                      // 2.7e-6
      {"sgd", {.learning_rate = 1e-3, .momentum = 0.9, .nesterov = true}, "nesterov", 3000, 1e-4},    // 3.3e-6
      {"adagrad", {.learning_rate = 0.5}, "lr 0.5", 12000, 1e-3},                                     // 8.9e-5
      {"rmsprop", {.learning_rate = 1e-3}, "lr 1e-3", 10000, 3e-3},                                   // 9.4e-4
      {"rmsprop", {.learning_rate = 1e-3, .centered = true}, "centered", 10000, 3e-3},                // 6.9e-4
      {"rmsprop", {.learning_rate = 1e-4, .momentum = 0.9}, "momentum", 5000, 1e-3},                  // 8.1e-5
      {"adam", {.learning_rate = 0.02}, "lr 0.02", 4500, 1e-4},                                       // 7.2e-9
      {"adam", {.learning_rate = 0.05, .amsgrad = true}, "amsgrad", 4000, 1e-3},                      // 1.8e-5
      {"adamw", {.learning_rate = 0.02}, "lr 0.02, weight decay 0.01", 6000, 5e-2},                   // 1.4e-2
  };
  for (const Race& race : races) {
    const auto optimizer = nn::make_optimizer(race.optimizer, race.options);
    const arma::mat end = run(*optimizer, rosenbrock, rosenbrock.start, race.budget);
    const double distance = arma::norm(end - rosenbrock.minimum);
    INFO(race.optimizer << " (" << race.label << "): distance " << distance << " after " << race.budget << " steps");
    CHECK(distance < race.margin);
  }
}

// ---------------------------------------------------------------------------------------------
// State and reset().

TEST_CASE("reset() forgets the step count and every moment: runs after a reset repeat the first", "[optimizer]") {
  const std::vector<Configuration> stateful = {
      {"sgd", {.learning_rate = 1e-3, .momentum = 0.9, .dampening = 0.1}, "momentum"},
      {"sgd", {.learning_rate = 1e-3, .momentum = 0.9, .nesterov = true}, "nesterov"},
      {"adagrad", {.learning_rate = 0.1, .lr_decay = 0.1, .initial_accumulator = 0.5}, "all"},
      {"rmsprop", {.learning_rate = 1e-3, .momentum = 0.5, .centered = true}, "centered, momentum"},
      {"adam", {.learning_rate = 0.01, .amsgrad = true}, "amsgrad"},
      {"adamw", {.learning_rate = 0.01}, "defaults"},
  };
  const auto trace = [](nn::Optimizer& optimizer) {
    std::vector<arma::mat> points;
    arma::mat point = rosenbrock.start;
    for (int t = 0; t < 20; ++t) {
      optimizer.step(point, rosenbrock.gradient(point));
      points.push_back(point);
    }
    return points;
  };
  const auto identical = [](const std::vector<arma::mat>& a, const std::vector<arma::mat>& b) {
    for (std::size_t i = 0; i < a.size(); ++i) {
      if (arma::any(arma::vectorise(a[i] != b[i]))) return false;
    }
    return a.size() == b.size();
  };
  for (const Configuration& configuration : stateful) {
    INFO(configuration.optimizer << " (" << configuration.label << ")");
    const auto optimizer = nn::make_optimizer(configuration.optimizer, configuration.options);
    const auto first = trace(*optimizer);
    CHECK(optimizer->steps() == 20);
    // Without a reset the state carries over, and the same start gives another path.
    CHECK_FALSE(identical(trace(*optimizer), first));
    optimizer->reset();
    CHECK(optimizer->steps() == 0);
    CHECK(identical(trace(*optimizer), first));
    // And a fresh optimizer agrees with both.
    const auto fresh = nn::make_optimizer(configuration.optimizer, configuration.options);
    CHECK(identical(trace(*fresh), first));
  }
}

TEST_CASE("the state is for the first step's parameters: a different count or shape is an error until reset()",
          "[optimizer]") {
  nn::Adam adam;
  arma::mat w(2, 3, arma::fill::ones), b(2, 1, arma::fill::ones);
  adam.step({&w, &b}, {arma::mat(2, 3, arma::fill::ones), arma::mat(2, 1, arma::fill::ones)});
  CHECK_THROWS_WITH(adam.step(w, arma::mat(2, 3, arma::fill::ones)),
                    "Adam::step: got 1 parameter, but the state is for the 2 parameters of the first step; "
                    "call reset() to optimize other parameters");
  arma::mat wider(2, 4, arma::fill::ones);
  CHECK_THROWS_WITH(adam.step({&wider, &b}, {arma::mat(2, 4, arma::fill::ones), arma::mat(2, 1, arma::fill::ones)}),
                    Catch::Contains("parameters[0] is 2x4, but its state is 2x3") && Catch::Contains("reset()"));
  CHECK(adam.steps() == 1);
  adam.reset();
  CHECK_NOTHROW(adam.step({&wider, &b}, {arma::mat(2, 4, arma::fill::ones), arma::mat(2, 1, arma::fill::ones)}));
  CHECK(adam.steps() == 1);
}

// ---------------------------------------------------------------------------------------------
// Validation.

TEST_CASE("step() rejects bad lists, shapes and gradients, naming the index and shapes, and changes nothing",
          "[optimizer][errors]") {
  nn::SGD sgd({.learning_rate = 0.1, .momentum = 0.9});
  arma::mat a(2, 3, arma::fill::ones), b(3, 1, arma::fill::ones);
  const arma::mat a0 = a, b0 = b;
  const arma::mat ga(2, 3, arma::fill::ones), gb(3, 1, arma::fill::ones);

  CHECK_THROWS_WITH(sgd.step({&a, &b}, {ga}),
                    "SGD::step: got 2 parameters but 1 gradient; give one gradient per parameter");
  CHECK_THROWS_WITH(sgd.step({&a, &b}, {ga, arma::mat(gb.t())}),
                    "SGD::step: parameters[1] is 3x1 but gradients[1] is 1x3; they must have the same shape");
  CHECK_THROWS_WITH(sgd.step({&a, &b}, {ga, arma::colvec{1.0, arma::datum::nan, 1.0}}),
                    Catch::Contains("SGD::step: gradients[1]") && Catch::Contains("nan") && Catch::Contains("row 2"));
  CHECK_THROWS_WITH(sgd.step(a, arma::mat(2, 3, arma::fill::value(arma::datum::inf))),
                    Catch::Contains("gradients[0]") && Catch::Contains("inf"));
  CHECK_THROWS_WITH(sgd.step({&a, nullptr}, {ga, gb}), Catch::Contains("parameters[1] is null"));
  CHECK_THROWS_WITH(sgd.step(std::vector<arma::mat*>{}, std::vector<arma::mat>{}), Catch::Contains("no parameters"));
  arma::mat empty;
  CHECK_THROWS_WITH(sgd.step(empty, arma::mat()), Catch::Contains("parameters[0] is empty"));

  // The first parameter's gradient was fine, but nothing moved and no state was made.
  CHECK(arma::approx_equal(a, a0, "absdiff", 0.0));
  CHECK(arma::approx_equal(b, b0, "absdiff", 0.0));
  CHECK(sgd.steps() == 0);
  CHECK_NOTHROW(sgd.step({&a, &b}, {ga, gb}));
}

TEST_CASE("step() with the gradients where they are kept moves the parameters as step() with copies",
          "[optimizer]") {
  for (const std::string& name : nn::optimizer_names()) {
    INFO(name);
    const auto with_copies = nn::make_optimizer(name, {.learning_rate = 0.1});
    const auto in_place = nn::make_optimizer(name, {.learning_rate = 0.1});
    arma::mat a = {{1.0, -2.0}}, b = a;
    const arma::mat gradient = {{0.5, 3.0}};
    for (int step = 0; step < 3; ++step) {
      with_copies->step({&a}, std::vector<arma::mat>{gradient});
      in_place->step({&b}, std::vector<const arma::mat*>{&gradient});
    }
    CHECK(arma::approx_equal(a, b, "absdiff", 0.0));
    CHECK(in_place->steps() == 3);
  }
  nn::SGD sgd;
  arma::mat a(2, 2, arma::fill::ones);
  CHECK_THROWS_WITH(sgd.step({&a}, std::vector<const arma::mat*>{nullptr}), "SGD::step: gradients[0] is null");
}

TEST_CASE("the learning rate is validated, naming the class and the value", "[optimizer][errors]") {
  const double nan = arma::datum::nan, inf = arma::datum::inf;
  CHECK_THROWS_WITH(nn::SGD({.learning_rate = -0.1}), "SGD: learning_rate must be finite and at least 0, got -0.1");
  CHECK_THROWS_WITH(nn::SGD({.learning_rate = nan}), Catch::Contains("learning_rate") && Catch::Contains("nan"));
  CHECK_THROWS_WITH(nn::Adam({.learning_rate = inf}), Catch::Contains("Adam: learning_rate") && Catch::Contains("inf"));
}
