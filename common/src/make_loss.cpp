#include "nn/make_loss.hpp"

#include <stdexcept>

#include "nn/huber.hpp"
#include "nn/mae.hpp"
#include "nn/mse.hpp"
#include "nn/quantile.hpp"

namespace nn {

std::vector<std::string> loss_names() { return {"mse", "mae", "huber", "quantile"}; }

std::unique_ptr<Loss> make_loss(std::string_view name, const LossOptions& options) {
  if (name == "mse") return std::make_unique<MeanSquaredError>(options.reduction);
  if (name == "mae") return std::make_unique<MeanAbsoluteError>(options.reduction);
  if (name == "huber") return std::make_unique<HuberLoss>(options.delta, options.reduction);
  if (name == "quantile") return std::make_unique<QuantileLoss>(options.tau, options.reduction);
  std::string known;
  for (const std::string& candidate : loss_names()) known += (known.empty() ? "" : ", ") + candidate;
  throw std::invalid_argument("make_loss: unknown loss '" + std::string(name) + "'; choose one of " + known);
}

}  // namespace nn
