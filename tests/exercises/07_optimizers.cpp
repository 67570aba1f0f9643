// Grading the chapter 7 exercises: the first step by hand, then 20 steps against the library.
#include <catch2/catch.hpp>

#include "exercises.hpp"
#include "nn/core/random.hpp"
#include "nn/optimizers/adam.hpp"
#include "nn/optimizers/rmsprop.hpp"
#include "nn/optimizers/sgd.hpp"

namespace {

// Runs `step` and the library's optimizer side by side on the same random gradients.
template <typename Step>
void require_same_path(nn::Optimizer& library, Step step) {
  nn::Random random(70);
  arma::mat mine = random.normal_matrix(3, 2), theirs = mine;
  for (int t = 0; t < 20; ++t) {
    const arma::mat gradient = random.normal_matrix(3, 2);
    step(mine, gradient);
    library.step(theirs, gradient);
    INFO("step " << t + 1);
    REQUIRE(arma::approx_equal(mine, theirs, "both", 1e-12, 1e-12));
  }
}

}  // namespace

TEST_CASE("Exercise 7.1: sgd_momentum_step", "[exercise]") {
  arma::mat theta(1, 1, arma::fill::value(1.0));
  ch07::MomentumState state;
  ch07::sgd_momentum_step(theta, arma::mat(1, 1, arma::fill::value(2.0)), state, 0.1, 0.9);
  CHECK(theta(0) == Approx(0.8));  // b = g = 2; 1 - 0.1 * 2
  ch07::sgd_momentum_step(theta, arma::mat(1, 1, arma::fill::value(2.0)), state, 0.1, 0.9);
  CHECK(theta(0) == Approx(0.42));  // b = 0.9 * 2 + 2 = 3.8; 0.8 - 0.38
  nn::SGD sgd({.learning_rate = 0.05, .momentum = 0.8});
  ch07::MomentumState fresh;
  require_same_path(sgd, [&](arma::mat& p, const arma::mat& g) { ch07::sgd_momentum_step(p, g, fresh, 0.05, 0.8); });
}

TEST_CASE("Exercise 7.2: rmsprop_step", "[exercise]") {
  arma::mat theta(1, 1, arma::fill::value(1.0));
  ch07::RMSpropState state;
  ch07::rmsprop_step(theta, arma::mat(1, 1, arma::fill::value(3.0)), state, 0.01, 0.99, 1e-8);
  CHECK(theta(0) == Approx(0.9));  // v = 0.01 * 9 = 0.09; step 0.01 * 3 / 0.3 = 0.1
  nn::RMSprop rmsprop({.learning_rate = 0.02, .alpha = 0.9});
  ch07::RMSpropState fresh;
  require_same_path(rmsprop,
                    [&](arma::mat& p, const arma::mat& g) { ch07::rmsprop_step(p, g, fresh, 0.02, 0.9, 1e-8); });
}

TEST_CASE("Exercise 7.3: adam_step", "[exercise]") {
  arma::mat theta(1, 1, arma::fill::value(1.0));
  ch07::AdamState state;
  ch07::adam_step(theta, arma::mat(1, 1, arma::fill::value(-5.0)), state, 0.001, 0.9, 0.999, 1e-8);
  CHECK(theta(0) == Approx(1.001));  // m_hat = -5, v_hat = 25: the first step is lr * sign(g)
  CHECK(state.t == 1);
  nn::Adam adam({.learning_rate = 0.01, .beta1 = 0.8, .beta2 = 0.99});
  ch07::AdamState fresh;
  require_same_path(adam,
                    [&](arma::mat& p, const arma::mat& g) { ch07::adam_step(p, g, fresh, 0.01, 0.8, 0.99, 1e-8); });
}
