// Adam and AdamW against hand-computed steps, where Adam puts epsilon, and their validation.
// Every expected value is worked out in the comment beside it.
#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "nn/optimizers/adam.hpp"
#include "optimizer_steps.hpp"

using nn::test::hand;
using nn::test::trajectory;

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

TEST_CASE("Adam's and AdamW's hyperparameters are validated, naming the hyperparameter and the value", "[optimizer][errors]") {
  const double nan = arma::datum::nan;
  CHECK_THROWS_WITH(nn::Adam({.beta1 = 1.0}), "Adam: beta1 must be in [0, 1), got 1");
  CHECK_THROWS_WITH(nn::Adam({.beta2 = -0.1}), "Adam: beta2 must be in [0, 1), got -0.1");
  CHECK_THROWS_WITH(nn::Adam({.beta1 = nan}), Catch::Contains("beta1") && Catch::Contains("nan"));
  CHECK_THROWS_WITH(nn::Adam({.epsilon = 0.0}), "Adam: epsilon must be positive and finite, got 0");
  CHECK_THROWS_WITH(nn::Adam({.weight_decay = -0.01}), "Adam: weight_decay must be finite and at least 0, got -0.01");
  CHECK_THROWS_WITH(nn::AdamW({.beta2 = 1.5}), "AdamW: beta2 must be in [0, 1), got 1.5");
  CHECK_NOTHROW(nn::Adam({.beta1 = 0.0, .beta2 = 0.0}));
}
