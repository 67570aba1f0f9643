#include "nn/optimizers/make_optimizer.hpp"

#include "nn/core/checks.hpp"
#include "nn/optimizers/adagrad.hpp"
#include "nn/optimizers/adam.hpp"
#include "nn/optimizers/rmsprop.hpp"
#include "nn/optimizers/sgd.hpp"

namespace nn {

std::vector<std::string> optimizer_names() { return {"sgd", "adagrad", "rmsprop", "adam", "adamw"}; }

// Each optimizer's own options struct holds its defaults; an empty optional falls back to them.
std::unique_ptr<Optimizer> make_optimizer(std::string_view name, const OptimizerOptions& options) {
  if (name == "sgd") {
    const SGDOptions defaults;
    return std::make_unique<SGD>(SGDOptions{
        .learning_rate = options.learning_rate.value_or(defaults.learning_rate),
        .momentum = options.momentum,
        .dampening = options.dampening,
        .weight_decay = options.weight_decay.value_or(defaults.weight_decay),
        .nesterov = options.nesterov,
    });
  }
  if (name == "adagrad") {
    const AdagradOptions defaults;
    return std::make_unique<Adagrad>(AdagradOptions{
        .learning_rate = options.learning_rate.value_or(defaults.learning_rate),
        .lr_decay = options.lr_decay,
        .weight_decay = options.weight_decay.value_or(defaults.weight_decay),
        .initial_accumulator_value = options.initial_accumulator,
        .epsilon = options.epsilon.value_or(defaults.epsilon),
    });
  }
  if (name == "rmsprop") {
    const RMSpropOptions defaults;
    return std::make_unique<RMSprop>(RMSpropOptions{
        .learning_rate = options.learning_rate.value_or(defaults.learning_rate),
        .alpha = options.alpha,
        .epsilon = options.epsilon.value_or(defaults.epsilon),
        .weight_decay = options.weight_decay.value_or(defaults.weight_decay),
        .momentum = options.momentum,
        .centered = options.centered,
    });
  }
  if (name == "adam") {
    const AdamOptions defaults;
    return std::make_unique<Adam>(AdamOptions{
        .learning_rate = options.learning_rate.value_or(defaults.learning_rate),
        .beta1 = options.beta1,
        .beta2 = options.beta2,
        .epsilon = options.epsilon.value_or(defaults.epsilon),
        .weight_decay = options.weight_decay.value_or(defaults.weight_decay),
        .amsgrad = options.amsgrad,
    });
  }
  if (name == "adamw") {
    const AdamWOptions defaults;
    return std::make_unique<AdamW>(AdamWOptions{
        .learning_rate = options.learning_rate.value_or(defaults.learning_rate),
        .beta1 = options.beta1,
        .beta2 = options.beta2,
        .epsilon = options.epsilon.value_or(defaults.epsilon),
        .weight_decay = options.weight_decay.value_or(defaults.weight_decay),
        .amsgrad = options.amsgrad,
    });
  }
  throw unknown_name_error("make_optimizer", "optimizer", name, optimizer_names());
}

}  // namespace nn
