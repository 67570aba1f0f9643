/// \file
/// Building a loss from its name, as the chapters' `--loss` flag gives it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nn/loss.hpp"

namespace nn {

/// The settings a loss may take; each loss reads the ones it has.
struct LossOptions {
  Reduction reduction = Reduction::mean;  ///< every loss
  double delta = 1.0;                     ///< HuberLoss (PyTorch's default)
  double tau = 0.9;                       ///< QuantileLoss
};

/// The names make_loss() knows, in the order the chapters introduce them.
std::vector<std::string> loss_names();

/// "mse", "mae", "huber" or "quantile" with its options.
/// \throws std::invalid_argument for an unknown name (listing the known ones) or a bad option.
std::unique_ptr<Loss> make_loss(std::string_view name, const LossOptions& options = {});

}  // namespace nn
