// SGD against hand-computed steps (plain, momentum, Nesterov, weight decay) and its validation.
// Every expected value is worked out in the comment beside it.
#include <catch2/catch.hpp>

#include <vector>

#include "nn/optimizers/sgd.hpp"
#include "optimizer_steps.hpp"

using nn::test::hand;
using nn::test::trajectory;

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

TEST_CASE("SGD's hyperparameters are validated, naming the hyperparameter and the value", "[optimizer][errors]") {
  const double nan = arma::datum::nan;
  CHECK_THROWS_WITH(nn::SGD({.momentum = -0.5}), "SGD: momentum must be finite and at least 0, got -0.5");
  CHECK_THROWS_WITH(nn::SGD({.dampening = nan}), Catch::Contains("SGD: dampening must be finite"));
  CHECK_THROWS_WITH(nn::SGD({.weight_decay = -1.0}), "SGD: weight_decay must be finite and at least 0, got -1");
  CHECK_THROWS_WITH(nn::SGD({.nesterov = true}),
                    "SGD: nesterov needs momentum > 0 and dampening 0 (PyTorch's rule), got momentum 0 and dampening 0");
  CHECK_THROWS_WITH(nn::SGD({.momentum = 0.9, .dampening = 0.1, .nesterov = true}),
                    Catch::Contains("nesterov") && Catch::Contains("dampening 0.1"));
  CHECK_NOTHROW(nn::SGD({.learning_rate = 0.0, .momentum = 0.9, .nesterov = true}));
}
