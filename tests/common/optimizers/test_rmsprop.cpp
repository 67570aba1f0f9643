// RMSprop against hand-computed steps, on the sphere, and its validation. Every expected value
// is worked out in the comment beside it.
#include <catch2/catch.hpp>

#include <vector>

#include "nn/optimizers/rmsprop.hpp"
#include "nn/problems/landscapes.hpp"
#include "optimizer_steps.hpp"

using nn::test::hand;
using nn::test::run;
using nn::test::trajectory;

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

TEST_CASE("RMSprop with a constant learning rate reaches the sphere's minimum, then leaves it", "[optimizer]") {
  // Once the gradients vanish, v decays by alpha per step, so the effective step lr / sqrt(v)
  // grows until it passes 1, where gradient descent on x^2 + y^2 turns unstable. It then
  // hovers where sqrt(v) is about lr.
  const nn::Landscape sphere = nn::sphere();
  nn::RMSprop rmsprop({.learning_rate = 0.01});
  arma::mat point = run(rmsprop, sphere, sphere.start, 1000);
  CHECK(arma::norm(point) < 1e-100);
  point = run(rmsprop, sphere, point, 2000);
  CHECK(arma::norm(point) > 1e-3);
}

TEST_CASE("RMSprop's hyperparameters are validated, naming the hyperparameter and the value", "[optimizer][errors]") {
  const double inf = arma::datum::inf;
  CHECK_THROWS_WITH(nn::RMSprop({.alpha = 1.0}), "RMSprop: alpha must be in [0, 1), got 1");
  CHECK_THROWS_WITH(nn::RMSprop({.alpha = -0.1}), Catch::Contains("alpha") && Catch::Contains("-0.1"));
  CHECK_THROWS_WITH(nn::RMSprop({.epsilon = -1e-8}), "RMSprop: epsilon must be positive and finite, got -1e-08");
  CHECK_THROWS_WITH(nn::RMSprop({.momentum = -1.0}), Catch::Contains("RMSprop: momentum"));
  CHECK_THROWS_WITH(nn::RMSprop({.weight_decay = inf}), Catch::Contains("RMSprop: weight_decay"));
}
