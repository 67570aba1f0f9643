// make_optimizer: each optimizer by name, with PyTorch's defaults and the options given.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "nn/optimizers/adagrad.hpp"
#include "nn/optimizers/adam.hpp"
#include "nn/optimizers/make_optimizer.hpp"
#include "nn/optimizers/rmsprop.hpp"
#include "nn/optimizers/sgd.hpp"


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
