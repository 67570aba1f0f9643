#include "nn/network/early_stopping.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

namespace nn {

EarlyStopping::EarlyStopping(const EarlyStoppingOptions& options) : options_(options) {
  if (options.patience < 0) {
    throw std::invalid_argument("EarlyStopping: patience must be at least 0, got " + std::to_string(options.patience));
  }
  if (!(std::isfinite(options.min_delta) && options.min_delta >= 0.0)) {
    throw std::invalid_argument("EarlyStopping: min_delta must be finite and at least 0, got " +
                                std::to_string(options.min_delta));
  }
}

bool EarlyStopping::check(int iteration, double validation_loss) {
  if (!std::isfinite(validation_loss)) {
    throw std::invalid_argument("EarlyStopping::check: the validation loss of iteration " + std::to_string(iteration) +
                                " is not finite");
  }
  if (best_iteration_ < 0 || validation_loss < best_loss_ - options_.min_delta) {
    best_iteration_ = iteration;
    best_loss_ = validation_loss;
    waited_ = 0;
    return true;
  }
  ++waited_;
  return false;
}

}  // namespace nn
