// Adagrad against hand-computed steps, and its validation. Every expected value is worked out
// in the comment beside it.
#include <catch2/catch.hpp>

#include <vector>

#include "nn/optimizers/adagrad.hpp"
#include "optimizer_steps.hpp"

using nn::test::hand;
using nn::test::trajectory;

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

TEST_CASE("Adagrad's hyperparameters are validated, naming the hyperparameter and the value", "[optimizer][errors]") {
  CHECK_THROWS_WITH(nn::Adagrad({.lr_decay = -0.1}), "Adagrad: lr_decay must be finite and at least 0, got -0.1");
  CHECK_THROWS_WITH(nn::Adagrad({.initial_accumulator_value = -1.0}),
                    "Adagrad: initial_accumulator_value must be finite and at least 0, got -1");
  CHECK_THROWS_WITH(nn::Adagrad({.epsilon = 0.0}), "Adagrad: epsilon must be positive and finite, got 0");
  CHECK_THROWS_WITH(nn::Adagrad({.weight_decay = -0.5}), Catch::Contains("Adagrad: weight_decay"));
}
