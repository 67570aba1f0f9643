// Grading the chapter 7 exercises: first steps by hand, then ten steps on a fixed problem
// against trajectories computed independently with numpy (float64), line by line from the
// algorithm boxes of torch.optim's documentation (PyTorch 1.13):
//   SGD:     b = g on the first step, then b = mu b + g;  theta -= lr b
//   RMSprop: v = alpha v + (1 - alpha) g^2;  theta -= lr g / (sqrt(v) + eps)
//   Adam:    m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g^2;
//            theta -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps)
// The problem: theta0 = [[0.5, -1], [2, 0]] and the gradient g = a * (theta - c) (element by
// element) with a = [[1, 25], [0.5, 4]] and c = [[1, -2], [0.5, 3]], a bowl 50 times steeper
// along one coordinate than along another.
#include <catch2/catch.hpp>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

#include "exercises.hpp"
#include "grading.hpp"

namespace {

const arma::mat theta0 = {{0.5, -1.0}, {2.0, 0.0}};
const arma::mat curvature = {{1.0, 25.0}, {0.5, 4.0}};
const arma::mat minimum = {{1.0, -2.0}, {0.5, 3.0}};

arma::mat gradient_at(const arma::mat& theta) { return curvature % (theta - minimum); }

// Takes ten steps from theta0 and compares theta after steps 1, 2 and 10 with `expected`.
void require_trajectory(const std::string& optimizer, const std::function<void(arma::mat&, const arma::mat&)>& step,
                        const std::vector<arma::mat>& expected) {
  arma::mat theta = theta0;
  for (int t = 1; t <= 10; ++t) {
    step(theta, gradient_at(theta));
    const std::size_t at = t == 1 ? 0 : t == 2 ? 1 : t == 10 ? 2 : 3;
    if (at < 3) nn::grade::require_matrix(optimizer + ": theta after step " + std::to_string(t), theta, expected[at]);
  }
}

arma::mat one(double value) { return arma::mat(1, 1, arma::fill::value(value)); }

}  // namespace

TEST_CASE("Exercise 7.1: sgd_momentum_step", "[exercise]") {
  arma::mat theta = one(1.0);
  ch07::MomentumState state;
  ch07::sgd_momentum_step(theta, one(2.0), state, 0.1, 0.9);
  nn::grade::require_value("theta after the first step", theta(0), 0.8);  // b = g = 2; 1 - 0.1 * 2
  ch07::sgd_momentum_step(theta, one(2.0), state, 0.1, 0.9);
  nn::grade::require_value("theta after the second step", theta(0), 0.42);  // b = 0.9 * 2 + 2 = 3.8; 0.8 - 0.38
  nn::grade::require_matrix("the buffer after the second step", state.buffer, one(3.8));
  // lr 0.05, momentum 0.8
  ch07::MomentumState fresh;
  require_trajectory(
      "SGD, lr 0.05, momentum 0.8",
      [&](arma::mat& p, const arma::mat& g) { ch07::sgd_momentum_step(p, g, fresh, 0.05, 0.8); },
      {{{0.525, -2.25}, {1.9625, 0.6000000000000001}},
       {{0.56875, -2.9375}, {1.8959374999999998, 1.5600000000000003}},
       {{1.023408273162842, -1.6756733729272464}, {1.0239269005073692, 3.074553753599999}}});
}

TEST_CASE("Exercise 7.2: rmsprop_step", "[exercise]") {
  arma::mat theta = one(1.0);
  ch07::RMSpropState state;
  ch07::rmsprop_step(theta, one(3.0), state, 0.01, 0.99, 1e-8);
  // v = 0.01 * 9 = 0.09; the step is 0.01 * 3 / (0.3 + 1e-8)
  nn::grade::require_value("theta after the first step", theta(0), 1.0 - 0.03 / (0.3 + 1e-8));
  // A gradient of 1e-6, where epsilon matters: v = 1e-14, the step 0.01 * 1e-6 / (1e-7 + 1e-8) = 1/11
  arma::mat small = one(1.0);
  ch07::RMSpropState small_state;
  ch07::rmsprop_step(small, one(1e-6), small_state, 0.01, 0.99, 1e-8);
  nn::grade::require_value("theta after a first step with gradient 1e-6", small(0), 1.0 - 1.0 / 11.0);
  // lr 0.02, alpha 0.9, eps 1e-8
  ch07::RMSpropState fresh;
  require_trajectory(
      "RMSprop, lr 0.02, alpha 0.9", [&](arma::mat& p, const arma::mat& g) { ch07::rmsprop_step(p, g, fresh, 0.02, 0.9, 1e-8); },
      {{{0.5632455492033679, -1.0632455531233675}, {1.9367544494632989, 0.06324555303670092}},
       {{0.6060854898480335, -1.1076830786418066}, {1.8918189065870594, 0.1086627902504222}},
       {{0.7955451785444313, -1.3238314213125546}, {1.6679757249462492, 0.33962030421868894}}});
}

TEST_CASE("Exercise 7.3: adam_step", "[exercise]") {
  arma::mat theta = one(1.0);
  ch07::AdamState state;
  ch07::adam_step(theta, one(-5.0), state, 0.001, 0.9, 0.999, 1e-8);
  // m_hat = -5 and v_hat = 25: the first step is lr * g / (|g| + eps), about lr * sign(g)
  nn::grade::require_value("theta after the first step", theta(0), 1.0 + 0.001 * 5.0 / (5.0 + 1e-8));
  nn::grade::require_value("the step count after the first step", state.t, 1.0);
  // A gradient of 1e-6, where epsilon matters: lr * 1e-6 / (1e-6 + 1e-8) = lr * 100/101
  arma::mat small = one(1.0);
  ch07::AdamState small_state;
  ch07::adam_step(small, one(1e-6), small_state, 0.001, 0.9, 0.999, 1e-8);
  nn::grade::require_value("theta after a first step with gradient 1e-6", small(0), 1.0 - 0.001 * 100.0 / 101.0);
  // lr 0.01, betas (0.8, 0.99), eps 1e-8
  ch07::AdamState fresh;
  require_trajectory(
      "Adam, lr 0.01, betas (0.8, 0.99)",
      [&](arma::mat& p, const arma::mat& g) { ch07::adam_step(p, g, fresh, 0.01, 0.8, 0.99, 1e-8); },
      {{{0.5099999998, -1.009999999996}, {1.9900000001333333, 0.009999999991666675}},
       {{0.5199887736931872, -1.0199945427103954}, {1.9800036042608586, 0.01999821498426803}},
       {{0.5985862550730885, -1.0993330376842723}, {1.900436235859639, 0.09978597556489702}}});
  nn::grade::require_value("the step count after ten steps", fresh.t, 10.0);
}

namespace {

// Seven samples of two inputs and two outputs, and the weights to start from.
const arma::mat x = {{1, 2}, {0, 1}, {-1, 0.5}, {2, -1}, {0.5, 0.5}, {-2, 1}, {1, -1.5}};
const arma::mat y = {{3, 1}, {1, 0.5}, {-1, 1}, {1, -2}, {1, 0}, {-3, 2}, {-0.5, -1}};
const arma::mat weights0 = {{0.5, -0.5}, {0.25, 1.0}};

arma::mat losses_as_column(const std::vector<double>& losses) { return arma::mat(arma::colvec(losses)); }

}  // namespace

TEST_CASE("Exercise 7.4: minibatch_epoch", "[exercise]") {
  // numpy, rows in order, mse over every element of each batch, the loss before each step:
  //   for first in range(0, 7, b): xb, yb = x[first:first+b], y[first:first+b]; e = xb @ w - yb
  //       losses.append(np.mean(e ** 2)); w = w - lr * 2 * xb.T @ e / e.size
  arma::mat weights = weights0;
  std::vector<double> losses = ch07::minibatch_epoch(weights, x, y, 3, 0.1);
  nn::grade::require_matrix("the losses of batches of 3, 3 and 1 rows", losses_as_column(losses),
                            arma::colvec{0.9088541666666666, 0.8826491970486109, 0.7431270429823132});
  nn::grade::require_matrix("the weights after batches of 3, 3 and 1 rows", weights,
                            {{0.6818359375, -0.4281250000000001}, {0.44060546875000006, 0.8059374999999999}});

  // One batch of all seven rows is one step of full-batch gradient descent, and so is a batch
  // size beyond the number of rows.
  for (const arma::uword batch_size : {7u, 10u}) {
    weights = weights0;
    losses = ch07::minibatch_epoch(weights, x, y, batch_size, 0.1);
    const std::string what = "batch size " + std::to_string(batch_size) + " (one batch of 7 rows)";
    nn::grade::require_matrix(what + ": the losses", losses_as_column(losses), arma::colvec{0.8872767857142857});
    nn::grade::require_matrix(what + ": the weights", weights,
                              {{0.6044642857142857, -0.49464285714285716}, {0.2955357142857143, 0.9553571428571428}});
  }

  weights = weights0;
  losses = ch07::minibatch_epoch(weights, x, y, 1, 0.1);
  nn::grade::require_matrix("the losses of seven batches of one row", losses_as_column(losses),
                            arma::colvec{2.125, 0.14125000000000001, 0.20660312500000005, 0.008347070312500012,
                                         0.05234114892578123, 2.097050237149659, 0.9046790076980497});
  nn::grade::require_matrix("the weights after seven batches of one row", weights,
                            {{1.1091599921875002, -0.48307168750000007}, {0.6056226679687501, 0.72954128125}});

  nn::grade::require_invalid_argument("batch size 0", [] {
    arma::mat w = weights0;
    ch07::minibatch_epoch(w, x, y, 0, 0.1);
  });
  nn::grade::require_invalid_argument("x with 7 rows, y with 6", [] {
    arma::mat w = weights0;
    ch07::minibatch_epoch(w, x, y.rows(0, 5), 3, 0.1);
  });
  nn::grade::require_invalid_argument("weights 3x2 for 2 inputs", [] {
    arma::mat w(3, 2, arma::fill::zeros);
    ch07::minibatch_epoch(w, x, y, 3, 0.1);
  });
  nn::grade::require_invalid_argument("weights 2x1 for 2 outputs", [] {
    arma::mat w(2, 1, arma::fill::zeros);
    ch07::minibatch_epoch(w, x, y, 3, 0.1);
  });
  nn::grade::require_invalid_argument("no rows", [] {
    arma::mat w = weights0;
    ch07::minibatch_epoch(w, arma::mat(0, 2), arma::mat(0, 2), 3, 0.1);
  });
}
