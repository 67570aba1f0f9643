// The optimizers against hand-computed steps, a scalar transcription of PyTorch's pseudo-code,
// and races on the sphere and on Rosenbrock's function; then state, reset() and validation.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "nn/optimizers/adagrad.hpp"
#include "nn/optimizers/adam.hpp"
#include "nn/optimizers/make_optimizer.hpp"
#include "nn/core/random.hpp"
#include "nn/optimizers/rmsprop.hpp"
#include "nn/optimizers/sgd.hpp"
#include "nn/problems/landscapes.hpp"

namespace {

// Hand arithmetic leaves out epsilon (1e-8 or 1e-10 against roots near 1) and rounds to about
// 7 digits; every alternative the hand tests rule out differs by far more.
Approx hand(double expected) { return Approx(expected).epsilon(1e-7).margin(1e-12); }

arma::mat scalar(double value) { return arma::mat(1, 1, arma::fill::value(value)); }

// Steps a 1x1 parameter from theta0 with the given gradients; theta after each step.
std::vector<double> trajectory(nn::Optimizer& optimizer, double theta0, const std::vector<double>& gradients) {
  arma::mat theta = scalar(theta0);
  std::vector<double> thetas;
  for (const double g : gradients) {
    optimizer.step(theta, scalar(g));
    thetas.push_back(theta(0));
  }
  return thetas;
}

const nn::Landscape rosenbrock = nn::rosenbrock();
const nn::Landscape sphere = nn::sphere();

}  // namespace

// ---------------------------------------------------------------------------------------------
// Hand-computed steps. Every expected value is worked out in the comment beside it.

TEST_CASE("SGD without momentum steps theta - lr * g, elementwise, with no memory", "[optimizer]") {
  nn::SGD sgd({.learning_rate = 0.1});
  arma::mat theta = {{1.0, -2.0}};
  const arma::mat g = {{0.5, 4.0}};
  sgd.step(theta, g);
  CHECK(theta(0) == hand(0.95));  // 1 - 0.1 * 0.5
  CHECK(theta(1) == hand(-2.4));  // -2 - 0.1 * 4
  sgd.step(theta, g);
  CHECK(theta(0) == hand(0.9));   // 0.95 - 0.05: the same step again
  CHECK(theta(1) == hand(-2.8));  // -2.4 - 0.4
  CHECK(sgd.steps() == 2);
}

TEST_CASE("SGD momentum: the first buffer is the gradient itself; dampening acts from step 2", "[optimizer]") {
  nn::SGD damped({.learning_rate = 0.1, .momentum = 0.9, .dampening = 0.5});
  const auto theta = trajectory(damped, 1.0, {2.0, 4.0});
  CHECK(theta[0] == hand(0.8));   // b1 = g1 = 2, undamped (not 0.5 * 2); 1 - 0.1 * 2
  CHECK(theta[1] == hand(0.42));  // b2 = 0.9 * 2 + (1 - 0.5) * 4 = 3.8; 0.8 - 0.1 * 3.8

  nn::SGD heavy_ball({.learning_rate = 0.1, .momentum = 0.9});
  const auto undamped = trajectory(heavy_ball, 1.0, {2.0, 4.0});
  CHECK(undamped[0] == hand(0.8));   // b1 = 2
  CHECK(undamped[1] == hand(0.22));  // b2 = 0.9 * 2 + 4 = 5.8; 0.8 - 0.58
}

TEST_CASE("SGD Nesterov steps along g + momentum * b", "[optimizer]") {
  nn::SGD nesterov({.learning_rate = 0.1, .momentum = 0.9, .nesterov = true});
  const auto theta = trajectory(nesterov, 1.0, {2.0, 4.0});
  CHECK(theta[0] == hand(0.62));    // b1 = 2; d = 2 + 0.9 * 2 = 3.8; 1 - 0.38
  CHECK(theta[1] == hand(-0.302));  // b2 = 0.9 * 2 + 4 = 5.8; d = 4 + 0.9 * 5.8 = 9.22; 0.62 - 0.922
}

TEST_CASE("SGD weight decay adds lambda * theta to the gradient, before momentum", "[optimizer]") {
  nn::SGD plain({.learning_rate = 0.1, .weight_decay = 0.1});
  const auto theta = trajectory(plain, 2.0, {1.0, 1.0});
  CHECK(theta[0] == hand(1.88));    // g = 1 + 0.1 * 2 = 1.2; 2 - 0.12
  CHECK(theta[1] == hand(1.7612));  // g = 1 + 0.1 * 1.88 = 1.188; 1.88 - 0.1188

  nn::SGD with_momentum({.learning_rate = 0.1, .momentum = 0.9, .weight_decay = 0.1});
  const auto both = trajectory(with_momentum, 2.0, {1.0, 1.0});
  CHECK(both[0] == hand(1.88));    // g = 1.2 = b1; 2 - 0.12
  CHECK(both[1] == hand(1.6532));  // g = 1.188; b2 = 0.9 * 1.2 + 1.188 = 2.268; 1.88 - 0.2268
}

TEST_CASE("Adagrad by hand: the sum of squares, lr_decay, the initial accumulator and weight decay", "[optimizer]") {
  nn::Adagrad plain({.learning_rate = 0.1});
  const auto theta = trajectory(plain, 1.0, {3.0, 4.0});
  CHECK(theta[0] == hand(0.9));   // s = 9; 1 - 0.1 * 3 / 3
  CHECK(theta[1] == hand(0.82));  // s = 9 + 16 = 25; 0.9 - 0.1 * 4 / 5

  nn::Adagrad decaying({.learning_rate = 0.1, .lr_decay = 0.5});
  const auto decayed = trajectory(decaying, 1.0, {3.0, 4.0});
  CHECK(decayed[0] == hand(0.9));       // step 1: lr / (1 + 0 * 0.5) = 0.1
  CHECK(decayed[1] == hand(0.8466667));  // step 2: lr = 0.1 / (1 + 1 * 0.5) = 0.0666667; 0.9 - 0.0666667 * 4 / 5

  nn::Adagrad primed({.learning_rate = 0.1, .initial_accumulator_value = 16.0});
  const auto from_16 = trajectory(primed, 1.0, {3.0, 4.0});
  CHECK(from_16[0] == hand(0.94));       // s = 16 + 9 = 25; 1 - 0.1 * 3 / 5
  CHECK(from_16[1] == hand(0.8775305));  // s = 25 + 16 = 41; 0.94 - 0.1 * 4 / 6.4031242

  nn::Adagrad decayed_weights({.learning_rate = 0.1, .weight_decay = 0.5});
  const auto shrunk = trajectory(decayed_weights, 2.0, {2.0, 2.0});
  CHECK(shrunk[0] == hand(1.9));        // g = 2 + 0.5 * 2 = 3; s = 9; 2 - 0.1 * 3 / 3
  CHECK(shrunk[1] == hand(1.8298860));  // g = 2 + 0.5 * 1.9 = 2.95; s = 9 + 8.7025 = 17.7025; 1.9 - 0.1 * 2.95 / 4.2074933

  // Each element has its own sum, so the first step is lr for every element, whatever the size
  // of its gradient: 100 / sqrt(100^2) = 0.01 / sqrt(0.01^2) = 1.
  nn::Adagrad elementwise({.learning_rate = 0.1});
  arma::mat theta2 = {{1.0, 1.0}};
  elementwise.step(theta2, arma::mat{{100.0, 0.01}});
  CHECK(theta2(0) == hand(0.9));
  CHECK(theta2(1) == hand(0.9));
}

TEST_CASE("RMSprop by hand: plain, centered, with momentum and with weight decay", "[optimizer]") {
  // alpha = 0.9 keeps the arithmetic short: v1 = 0.1 * g1^2, v2 = 0.9 * v1 + 0.1 * g2^2.
  nn::RMSprop plain({.learning_rate = 0.1, .alpha = 0.9});
  const auto theta = trajectory(plain, 1.0, {2.0, 1.0});
  CHECK(theta[0] == hand(0.6837722));  // v = 0.4; 1 - 0.1 * 2 / 0.6324555
  CHECK(theta[1] == hand(0.5363303));  // v = 0.36 + 0.1 = 0.46; 0.6837722 - 0.1 * 1 / 0.6782330

  nn::RMSprop centered({.learning_rate = 0.1, .alpha = 0.9, .centered = true});
  const auto centred = trajectory(centered, 1.0, {2.0, 1.0});
  CHECK(centred[0] == hand(0.6666667));  // mean g = 0.2; v~ = 0.4 - 0.04 = 0.36; 1 - 0.1 * 2 / 0.6
  CHECK(centred[1] == hand(0.5047857));  // mean g = 0.18 + 0.1 = 0.28; v~ = 0.46 - 0.0784 = 0.3816;
                                         // 0.6666667 - 0.1 * 1 / 0.6177378

  nn::RMSprop with_momentum({.learning_rate = 0.1, .alpha = 0.9, .momentum = 0.5});
  const auto rolling = trajectory(with_momentum, 1.0, {2.0, 1.0});
  CHECK(rolling[0] == hand(0.6837722));  // b1 = 0 + 2 / 0.6324555 = 3.1622777; 1 - 0.31622777
  CHECK(rolling[1] == hand(0.3782164));  // b2 = 0.5 * 3.1622777 + 1 / 0.6782330 = 1.5811388 + 1.4744196
                                         //    = 3.0555584; 0.6837722 - 0.30555584

  // The penalty outweighs the gradient: g = -0.25 + 0.5 * 1 = 0.25, so theta goes down, not up.
  nn::RMSprop decayed({.learning_rate = 0.1, .alpha = 0.9, .weight_decay = 0.5});
  const auto shrunk = trajectory(decayed, 1.0, {-0.25, -0.25});
  CHECK(shrunk[0] == hand(0.6837723));  // v = 0.1 * 0.0625 = 0.00625; 1 - 0.1 * 0.25 / (0.0790569 + 1e-8):
                                        // against a root this small, epsilon shows in the 7th digit
  CHECK(shrunk[1] == hand(0.5695315));  // g = -0.25 + 0.3418861 = 0.0918861; v = 0.005625 + 0.0008443
                                        //   = 0.0064693; 0.6837722 - 0.1 * 0.0918861 / 0.0804320

  // With the default alpha = 0.99 and no bias correction, the first step is
  // lr * g / sqrt(0.01 * g^2) = 10 * lr, whatever g.
  nn::RMSprop defaults;
  CHECK(trajectory(defaults, 0.0, {5.0})[0] == hand(-0.1));  // 0 - 0.01 * 5 / 0.5
}

TEST_CASE("Adam by hand: bias correction and AMSGrad's maximum of the uncorrected v", "[optimizer]") {
  // beta1 = 0.9, beta2 = 0.999: 1 - beta1^t = 0.1, 0.19; 1 - beta2^t = 0.001, 0.001999.
  nn::Adam adam({.learning_rate = 0.1});
  const auto theta = trajectory(adam, 1.0, {2.0, -1.0});
  CHECK(theta[0] == hand(0.9));  // m = 0.2, v = 0.004; m^ = 2, v^ = 4; 1 - 0.1 * 2 / 2
  CHECK(theta[1] == hand(0.8733663));  // m = 0.18 - 0.1 = 0.08, v = 0.003996 + 0.001 = 0.004996;
                                       // m^ = 0.4210526, v^ = 2.4992496; 0.9 - 0.1 * 0.4210526 / 1.5809015

  // A zero gradient makes v shrink (0.004 -> 0.003996); AMSGrad keeps dividing by the larger.
  nn::Adam amsgrad({.learning_rate = 0.1, .amsgrad = true});
  const auto kept = trajectory(amsgrad, 1.0, {2.0, 0.0});
  CHECK(kept[0] == hand(0.9));        // as Adam: v_max = v = 0.004
  CHECK(kept[1] == hand(0.8330277));  // m^ = 0.18 / 0.19 = 0.9473684; v_max = 0.004, / 0.001999 = 2.0010005;
                                      // 0.9 - 0.1 * 0.9473684 / 1.4145673
  nn::Adam forgetting({.learning_rate = 0.1});
  const auto shrinking = trajectory(forgetting, 1.0, {2.0, 0.0});
  CHECK(shrinking[1] == hand(0.8329942));  // v = 0.003996, / 0.001999 = 1.9989995; 0.9 - 0.1 * 0.9473684 / 1.4138598
  // PyTorch's documentation once took the maximum of the corrected values (pytorch/pytorch
  // issue 142323): max(4, 1.9989995) = 4 would give 0.9 - 0.1 * 0.9473684 / 2 = 0.8526316.
  CHECK(kept[1] != hand(0.8526316));
}

TEST_CASE("AdamW shrinks theta by 1 - lr * lambda; Adam's L2 penalty is normalized away", "[optimizer]") {
  nn::Adam l2({.learning_rate = 0.1, .weight_decay = 0.1});
  const auto adam = trajectory(l2, 1.0, {2.0, -1.0});
  CHECK(adam[0] == hand(0.9));  // g = 2 + 0.1 * 1 = 2.1; m^ = 2.1, sqrt(v^) = 2.1: the same step as without decay
  CHECK(adam[1] == hand(0.8681232));  // g = -1 + 0.1 * 0.9 = -0.91; m = 0.189 - 0.091 = 0.098,
                                      // v = 0.00440559 + 0.0008281 = 0.00523369; m^ = 0.5157895,
                                      // v^ = 2.6181541; 0.9 - 0.1 * 0.5157895 / 1.6180711

  nn::AdamW decoupled({.learning_rate = 0.1, .weight_decay = 0.1});
  const auto adamw = trajectory(decoupled, 1.0, {2.0, -1.0});
  CHECK(adamw[0] == hand(0.89));       // theta = 1 * (1 - 0.1 * 0.1) = 0.99; then Adam's step 0.1
  CHECK(adamw[1] == hand(0.8544663));  // theta = 0.89 * 0.99 = 0.8811; then Adam's step 0.0266337 (as above)
}

TEST_CASE("Adam adds epsilon to the bias-corrected root, not to the paper's efficient form's", "[optimizer]") {
  // A gradient as small as epsilon (1e-8) shows where epsilon goes. PyTorch, on the first step:
  // m^ = g, sqrt(v^) = |g|, so the step is 0.1 * 1e-8 / (1e-8 + 1e-8) = 0.05.
  nn::Adam adam({.learning_rate = 0.1});
  const double theta = trajectory(adam, 0.0, {1e-8})[0];
  CHECK(theta == hand(-0.05));

  // The efficient form: alpha_1 = 0.1 * sqrt(0.001) / 0.1 = 0.0316228, m1 = 1e-9,
  // sqrt(v1) = sqrt(0.001) * 1e-8 = 3.162e-10, so the step is 0.0316228 * 1e-9 / (3.162e-10 + 1e-8)
  // = 0.003065343, sixteen times smaller. It agrees with PyTorch only with epsilon_hat equal to
  // PyTorch's epsilon times sqrt(1 - beta2^t).
  const auto efficient_step = [](double g, double epsilon_hat) {
    const double m = 0.1 * g, v = 0.001 * g * g;
    const double alpha = 0.1 * std::sqrt(1.0 - 0.999) / (1.0 - 0.9);
    return alpha * m / (std::sqrt(v) + epsilon_hat);
  };
  CHECK(efficient_step(1e-8, 1e-8) == hand(0.003065343));
  CHECK(-theta != hand(efficient_step(1e-8, 1e-8)));
  CHECK(-theta == hand(efficient_step(1e-8, 1e-8 * std::sqrt(1.0 - 0.999))));
}

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

arma::mat run(nn::Optimizer& optimizer, const nn::Landscape& landscape, arma::mat point, int steps) {
  for (int t = 0; t < steps; ++t) optimizer.step(point, landscape.gradient(point));
  return point;
}

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

TEST_CASE("RMSprop with a constant learning rate reaches the sphere's minimum, then leaves it", "[optimizer]") {
  // Once the gradients vanish, v decays by alpha per step, so the effective step lr / sqrt(v)
  // grows until it passes 1, where gradient descent on x^2 + y^2 turns unstable. It then
  // hovers where sqrt(v) is about lr.
  nn::RMSprop rmsprop({.learning_rate = 0.01});
  arma::mat point = run(rmsprop, sphere, sphere.start, 1000);
  CHECK(arma::norm(point) < 1e-100);
  point = run(rmsprop, sphere, point, 2000);
  CHECK(arma::norm(point) > 1e-3);
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

TEST_CASE("hyperparameters are validated, naming the class, the hyperparameter and the value", "[optimizer][errors]") {
  const double nan = arma::datum::nan, inf = arma::datum::inf;
  CHECK_THROWS_WITH(nn::SGD({.learning_rate = -0.1}), "SGD: learning_rate must be finite and at least 0, got -0.1");
  CHECK_THROWS_WITH(nn::SGD({.learning_rate = nan}), Catch::Contains("learning_rate") && Catch::Contains("nan"));
  CHECK_THROWS_WITH(nn::Adam({.learning_rate = inf}), Catch::Contains("Adam: learning_rate") && Catch::Contains("inf"));
  CHECK_THROWS_WITH(nn::SGD({.momentum = -0.5}), "SGD: momentum must be finite and at least 0, got -0.5");
  CHECK_THROWS_WITH(nn::SGD({.dampening = nan}), Catch::Contains("SGD: dampening must be finite"));
  CHECK_THROWS_WITH(nn::SGD({.weight_decay = -1.0}), "SGD: weight_decay must be finite and at least 0, got -1");
  CHECK_THROWS_WITH(nn::SGD({.nesterov = true}),
                    "SGD: nesterov needs momentum > 0 and dampening 0 (PyTorch's rule), got momentum 0 and dampening 0");
  CHECK_THROWS_WITH(nn::SGD({.momentum = 0.9, .dampening = 0.1, .nesterov = true}),
                    Catch::Contains("nesterov") && Catch::Contains("dampening 0.1"));
  CHECK_NOTHROW(nn::SGD({.learning_rate = 0.0, .momentum = 0.9, .nesterov = true}));

  CHECK_THROWS_WITH(nn::Adagrad({.lr_decay = -0.1}), "Adagrad: lr_decay must be finite and at least 0, got -0.1");
  CHECK_THROWS_WITH(nn::Adagrad({.initial_accumulator_value = -1.0}),
                    "Adagrad: initial_accumulator_value must be finite and at least 0, got -1");
  CHECK_THROWS_WITH(nn::Adagrad({.epsilon = 0.0}), "Adagrad: epsilon must be positive and finite, got 0");
  CHECK_THROWS_WITH(nn::Adagrad({.weight_decay = -0.5}), Catch::Contains("Adagrad: weight_decay"));

  CHECK_THROWS_WITH(nn::RMSprop({.alpha = 1.0}), "RMSprop: alpha must be in [0, 1), got 1");
  CHECK_THROWS_WITH(nn::RMSprop({.alpha = -0.1}), Catch::Contains("alpha") && Catch::Contains("-0.1"));
  CHECK_THROWS_WITH(nn::RMSprop({.epsilon = -1e-8}), "RMSprop: epsilon must be positive and finite, got -1e-08");
  CHECK_THROWS_WITH(nn::RMSprop({.momentum = -1.0}), Catch::Contains("RMSprop: momentum"));
  CHECK_THROWS_WITH(nn::RMSprop({.weight_decay = inf}), Catch::Contains("RMSprop: weight_decay"));

  CHECK_THROWS_WITH(nn::Adam({.beta1 = 1.0}), "Adam: beta1 must be in [0, 1), got 1");
  CHECK_THROWS_WITH(nn::Adam({.beta2 = -0.1}), "Adam: beta2 must be in [0, 1), got -0.1");
  CHECK_THROWS_WITH(nn::Adam({.beta1 = nan}), Catch::Contains("beta1") && Catch::Contains("nan"));
  CHECK_THROWS_WITH(nn::Adam({.epsilon = 0.0}), "Adam: epsilon must be positive and finite, got 0");
  CHECK_THROWS_WITH(nn::Adam({.weight_decay = -0.01}), "Adam: weight_decay must be finite and at least 0, got -0.01");
  CHECK_THROWS_WITH(nn::AdamW({.beta2 = 1.5}), "AdamW: beta2 must be in [0, 1), got 1.5");
  CHECK_NOTHROW(nn::Adam({.beta1 = 0.0, .beta2 = 0.0}));
}

TEST_CASE("make_optimizer builds each optimizer with PyTorch's defaults and lists the names it knows", "[optimizer]") {
  CHECK(nn::optimizer_names() == std::vector<std::string>{"sgd", "adagrad", "rmsprop", "adam", "adamw"});
  for (const std::string& name : nn::optimizer_names()) CHECK(nn::make_optimizer(name)->name() == name);

  const auto sgd = nn::make_optimizer("sgd");
  CHECK(sgd->learning_rate() == 0.01);  // PyTorch requires one; ours
  const auto& sgd_options = dynamic_cast<const nn::SGD&>(*sgd).options();
  CHECK((sgd_options.momentum == 0.0 && sgd_options.dampening == 0.0 && sgd_options.weight_decay == 0.0 &&
         !sgd_options.nesterov));

  const auto adagrad = dynamic_cast<const nn::Adagrad&>(*nn::make_optimizer("adagrad")).options();
  CHECK((adagrad.learning_rate == 0.01 && adagrad.lr_decay == 0.0 && adagrad.weight_decay == 0.0 &&
         adagrad.initial_accumulator_value == 0.0 && adagrad.epsilon == 1e-10));

  const auto rmsprop = dynamic_cast<const nn::RMSprop&>(*nn::make_optimizer("rmsprop")).options();
  CHECK((rmsprop.learning_rate == 0.01 && rmsprop.alpha == 0.99 && rmsprop.epsilon == 1e-8 &&
         rmsprop.weight_decay == 0.0 && rmsprop.momentum == 0.0 && !rmsprop.centered));

  const auto adam = dynamic_cast<const nn::Adam&>(*nn::make_optimizer("adam")).options();
  CHECK((adam.learning_rate == 0.001 && adam.beta1 == 0.9 && adam.beta2 == 0.999 && adam.epsilon == 1e-8 &&
         adam.weight_decay == 0.0 && !adam.amsgrad && !adam.decoupled_weight_decay));

  const auto adamw = dynamic_cast<const nn::Adam&>(*nn::make_optimizer("adamw")).options();
  CHECK((adamw.learning_rate == 0.001 && adamw.weight_decay == 0.01 && adamw.decoupled_weight_decay));

  // Options reach the optimizer; empty ones take each optimizer's own default.
  const nn::OptimizerOptions tuned{.learning_rate = 0.5, .momentum = 0.8, .epsilon = 1e-6, .amsgrad = true};
  CHECK(nn::make_optimizer("sgd", tuned)->learning_rate() == 0.5);
  CHECK(dynamic_cast<const nn::SGD&>(*nn::make_optimizer("sgd", tuned)).options().momentum == 0.8);
  CHECK(dynamic_cast<const nn::Adagrad&>(*nn::make_optimizer("adagrad", tuned)).options().epsilon == 1e-6);
  CHECK(dynamic_cast<const nn::Adam&>(*nn::make_optimizer("adamw", tuned)).options().amsgrad);
  CHECK(dynamic_cast<const nn::Adam&>(*nn::make_optimizer("adamw", {.weight_decay = 0.0})).options().weight_decay == 0.0);

  CHECK_THROWS_WITH(nn::make_optimizer("adamax"),
                    "make_optimizer: unknown optimizer 'adamax'; choose one of sgd, adagrad, rmsprop, adam, adamw");
  CHECK_THROWS_WITH(nn::make_optimizer("rmsprop", {.alpha = 1.0}), Catch::Contains("RMSprop: alpha"));
}
