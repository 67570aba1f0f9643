#include "nn/losses/make_loss.hpp"

#include "nn/core/checks.hpp"
#include "nn/losses/binary_cross_entropy.hpp"
#include "nn/losses/huber.hpp"
#include "nn/losses/mae.hpp"
#include "nn/losses/mse.hpp"
#include "nn/losses/quantile.hpp"
#include "nn/losses/softmax_cross_entropy.hpp"

namespace nn {

std::vector<std::string> regression_loss_names() { return {"mse", "mae", "huber", "quantile"}; }

std::vector<std::string> classification_loss_names() { return {"bce", "bce-logits", "ce"}; }

std::vector<std::string> all_loss_names() {
  std::vector<std::string> names = regression_loss_names();
  names.push_back("half-mse");
  for (const std::string& name : classification_loss_names()) names.push_back(name);
  return names;
}

std::unique_ptr<Loss> make_loss(std::string_view name, const LossOptions& options) {
  if (name == "mse") return std::make_unique<MeanSquaredError>(options.reduction);
  if (name == "mae") return std::make_unique<MeanAbsoluteError>(options.reduction);
  if (name == "huber") return std::make_unique<HuberLoss>(options.delta, options.reduction);
  if (name == "quantile") return std::make_unique<QuantileLoss>(options.tau, options.reduction);
  if (name == "half-mse") return std::make_unique<HalfMeanSquaredError>(options.reduction);
  if (name == "bce") return std::make_unique<BinaryCrossEntropy>(options.reduction);
  if (name == "bce-logits") return std::make_unique<BinaryCrossEntropyWithLogits>(options.reduction);
  if (name == "ce") return std::make_unique<SoftmaxCrossEntropy>(options.label_smoothing, options.reduction);
  throw unknown_name_error("make_loss", "loss", name, all_loss_names());
}

}  // namespace nn
