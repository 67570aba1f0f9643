/// \file
/// Building an optimizer from its name, as the chapters' `--optimizer` flag gives it.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "nn/optimizers/optimizer.hpp"

namespace nn {

/// Every hyperparameter of every optimizer, one field per command-line flag; each optimizer
/// reads the ones it has. The defaults are PyTorch's. Where optimizers differ in a default,
/// the field is optional and, left empty, takes the optimizer's own.
struct OptimizerOptions {
  /// `--learning-rate`: when empty, 0.001 for adam and adamw, 0.01 for the others (sgd has no
  /// default in PyTorch; 0.01 is this tutorial's choice).
  std::optional<double> learning_rate = std::nullopt;
  double momentum = 0.0;             ///< `--momentum`: sgd, rmsprop
  double dampening = 0.0;            ///< `--dampening`: sgd
  bool nesterov = false;             ///< `--nesterov`: sgd
  /// `--weight-decay`: every optimizer. When empty, 0.01 for adamw (decoupled) and 0 for the others.
  std::optional<double> weight_decay = std::nullopt;
  double lr_decay = 0.0;             ///< `--lr-decay`: adagrad
  double initial_accumulator = 0.0;  ///< `--initial-accumulator`: adagrad's initial_accumulator_value
  double alpha = 0.99;               ///< `--alpha`: rmsprop
  bool centered = false;             ///< `--centered`: rmsprop
  double beta1 = 0.9;                ///< `--beta1`: adam, adamw
  double beta2 = 0.999;              ///< `--beta2`: adam, adamw
  /// `--epsilon`: adagrad, rmsprop, adam, adamw. When empty, 1e-10 for adagrad and 1e-8 for the others.
  std::optional<double> epsilon = std::nullopt;
  bool amsgrad = false;              ///< `--amsgrad`: adam, adamw
};

/// The names make_optimizer() knows, in the order chapter 7 introduces them:
/// sgd, adagrad, rmsprop, adam, adamw.
std::vector<std::string> optimizer_names();

/// "sgd", "adagrad", "rmsprop", "adam" or "adamw", with its options.
/// \throws std::invalid_argument for an unknown name (listing the known ones) or a bad option
///         (from the optimizer's constructor, naming it).
std::unique_ptr<Optimizer> make_optimizer(std::string_view name, const OptimizerOptions& options = {});

}  // namespace nn
