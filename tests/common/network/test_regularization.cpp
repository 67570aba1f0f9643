// The L2 penalty (its gradient by finite differences, and SGD's weight_decay as the same
// thing) and early stopping's choice of iteration.
#include <catch2/catch.hpp>

#include <memory>

#include "nn/activations/identity.hpp"
#include "nn/activations/tanh.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/random.hpp"
#include "nn/losses/mse.hpp"
#include "nn/network/early_stopping.hpp"
#include "nn/network/l2_penalty.hpp"
#include "nn/optimizers/sgd.hpp"

namespace {

nn::Network small_network(nn::Random& random) {
  nn::Dense hidden(random.normal_matrix(2, 4), std::make_shared<nn::Tanh>());
  nn::Dense output(random.normal_matrix(4, 1), std::make_shared<nn::Identity>());
  hidden.bias = random.normal_matrix(1, 4);
  output.bias = random.normal_matrix(1, 1);
  return nn::Network({hidden, output});
}

}  // namespace

TEST_CASE("the L2 penalty is lambda/2 |theta|^2 over every parameter, and its gradient adds lambda theta",
          "[regularization]") {
  nn::Random random(93);
  nn::Network network = small_network(random);
  const arma::mat x = random.normal_matrix(5, 2), y = random.normal_matrix(5, 1);
  double squares = 0.0;
  for (const arma::mat* p : network.parameters()) squares += arma::accu(arma::square(*p));
  CHECK(nn::l2_penalty(network, 0.3) == Approx(0.15 * squares).epsilon(1e-14));
  CHECK(nn::l2_penalty(network, 0.0) == 0.0);

  const double lambda = 0.7;
  const nn::MeanSquaredError mse;
  const double total = nn::loss_and_gradients_with_l2(network, mse, x, y, lambda);
  const std::vector<arma::mat> gradients = network.gradients();
  const std::vector<arma::mat*> parameters = network.parameters();
  CHECK(total == Approx(network.loss_and_gradients(mse, x, y) + nn::l2_penalty(network, lambda)));
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    const arma::mat start = *parameters[i];
    const auto penalized = [&](const arma::mat& theta) {
      *parameters[i] = theta;
      const double value = mse.value(network.predict(x), y) + nn::l2_penalty(network, lambda);
      *parameters[i] = start;
      return value;
    };
    INFO("parameter " << i);
    CHECK(nn::check_gradient(penalized, start, gradients[i]).passed(1e-7, 1e-10));
  }
  CHECK_THROWS_WITH(nn::l2_penalty(network, -1.0), Catch::Contains("lambda must be finite and at least 0"));
}

TEST_CASE("SGD's weight_decay is the L2 penalty's gradient: the same weights", "[regularization]") {
  nn::Random random(94);
  const nn::Network start = small_network(random);
  const arma::mat x = random.normal_matrix(8, 2), y = random.normal_matrix(8, 1);
  const double lambda = 0.05;
  nn::Network decayed = start, penalized = start;
  nn::SGD with_decay({.learning_rate = 0.1, .momentum = 0.9, .weight_decay = lambda});
  nn::SGD plain({.learning_rate = 0.1, .momentum = 0.9});
  for (int step = 0; step < 50; ++step) {
    decayed.loss_and_gradients(nn::MeanSquaredError(), x, y);
    with_decay.step(decayed.parameters(), decayed.gradients());
    nn::loss_and_gradients_with_l2(penalized, nn::MeanSquaredError(), x, y, lambda);
    plain.step(penalized.parameters(), penalized.gradients());
  }
  for (std::size_t i = 0; i < 4; ++i) {
    CHECK(arma::abs(*decayed.parameters()[i] - *penalized.parameters()[i]).max() < 1e-12);
  }
}

TEST_CASE("early stopping keeps the lowest validation loss and stops after its patience", "[regularization]") {
  nn::EarlyStopping stopping({.patience = 2});
  CHECK(stopping.best_iteration() == -1);
  CHECK(stopping.check(0, 5.0));
  CHECK(stopping.check(10, 3.0));
  CHECK_FALSE(stopping.check(20, 3.0));  // a tie keeps the earlier iteration
  CHECK_FALSE(stopping.should_stop());
  CHECK_FALSE(stopping.check(30, 4.0));
  CHECK(stopping.should_stop());
  CHECK(stopping.best_iteration() == 10);
  CHECK(stopping.best_loss() == 3.0);
  CHECK(stopping.check(40, 2.0));  // checking on after should_stop still follows the curve
  CHECK_FALSE(stopping.should_stop());

  nn::EarlyStopping keras_default;  // patience 0: the first check that does not improve stops
  keras_default.check(0, 1.0);
  CHECK_FALSE(keras_default.should_stop());
  keras_default.check(1, 1.5);
  CHECK(keras_default.should_stop());

  nn::EarlyStopping strict({.min_delta = 0.5});
  strict.check(0, 3.0);
  CHECK_FALSE(strict.check(1, 2.7));  // lower, but not by more than min_delta
  CHECK(strict.check(2, 2.4));
  CHECK_THROWS_WITH(stopping.check(50, arma::datum::nan), Catch::Contains("not finite"));
  CHECK_THROWS_AS(nn::EarlyStopping({.patience = -1}), std::invalid_argument);
}
