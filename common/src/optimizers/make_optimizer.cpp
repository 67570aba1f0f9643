#include "nn/optimizers/make_optimizer.hpp"

#include <stdexcept>

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
    return std::make_unique<SGD>(SGDOptions{options.learning_rate.value_or(defaults.learning_rate), options.momentum,
                                            options.dampening, options.weight_decay.value_or(defaults.weight_decay),
                                            options.nesterov});
  }
  if (name == "adagrad") {
    const AdagradOptions defaults;
    return std::make_unique<Adagrad>(AdagradOptions{options.learning_rate.value_or(defaults.learning_rate),
                                                    options.lr_decay, options.weight_decay.value_or(defaults.weight_decay),
                                                    options.initial_accumulator,
                                                    options.epsilon.value_or(defaults.epsilon)});
  }
  if (name == "rmsprop") {
    const RMSpropOptions defaults;
    return std::make_unique<RMSprop>(RMSpropOptions{options.learning_rate.value_or(defaults.learning_rate),
                                                    options.alpha, options.epsilon.value_or(defaults.epsilon),
                                                    options.weight_decay.value_or(defaults.weight_decay),
                                                    options.momentum, options.centered});
  }
  if (name == "adam") {
    const AdamOptions defaults;
    return std::make_unique<Adam>(AdamOptions{options.learning_rate.value_or(defaults.learning_rate), options.beta1,
                                              options.beta2, options.epsilon.value_or(defaults.epsilon),
                                              options.weight_decay.value_or(defaults.weight_decay), options.amsgrad,
                                              false});
  }
  if (name == "adamw") {
    const AdamWOptions defaults;
    return std::make_unique<AdamW>(AdamWOptions{options.learning_rate.value_or(defaults.learning_rate), options.beta1,
                                                options.beta2, options.epsilon.value_or(defaults.epsilon),
                                                options.weight_decay.value_or(defaults.weight_decay), options.amsgrad});
  }
  std::string known;
  for (const std::string& candidate : optimizer_names()) known += (known.empty() ? "" : ", ") + candidate;
  throw std::invalid_argument("make_optimizer: unknown optimizer '" + std::string(name) + "'; choose one of " + known);
}

}  // namespace nn
