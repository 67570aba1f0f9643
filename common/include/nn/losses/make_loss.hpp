/// \file
/// Building a loss from its name, as the chapters' `--loss` flag gives it.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "nn/losses/loss.hpp"

namespace nn {

/// The settings a loss may take; each loss reads the ones it has.
struct LossOptions {
  Reduction reduction = Reduction::mean;  ///< every loss
  double delta = 1.0;                     ///< HuberLoss (PyTorch's default)
  double tau = 0.9;                       ///< QuantileLoss
  double label_smoothing = 0.0;           ///< SoftmaxCrossEntropy (PyTorch's default: none)
};

/// The regression losses that chapters 2 and 3 compare, in the order they introduce them:
/// "mse", "mae", "huber", "quantile". Those chapters apply each of them to the same real-valued
/// predictions, which the cross-entropies would reject. "half-mse", which is "mse" halved (the
/// question's convention), is not in this list but in all_loss_names().
std::vector<std::string> regression_loss_names();

/// The classification losses, in the order chapter 5 introduces them: "bce"
/// (nn::BinaryCrossEntropy), "bce-logits" (nn::BinaryCrossEntropyWithLogits) and "ce"
/// (nn::SoftmaxCrossEntropy).
std::vector<std::string> classification_loss_names();

/// Every name make_loss() knows: regression_loss_names(), then "half-mse"
/// (nn::HalfMeanSquaredError, the question's loss), then classification_loss_names().
std::vector<std::string> all_loss_names();

/// A loss of all_loss_names() with its options.
/// \throws std::invalid_argument for an unknown name (listing all_loss_names()) or a bad option.
std::unique_ptr<Loss> make_loss(std::string_view name, const LossOptions& options = {});

}  // namespace nn
