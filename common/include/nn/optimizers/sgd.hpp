/// \file
/// Stochastic gradient descent, with momentum and Nesterov momentum, as torch.optim.SGD
/// defines it (chapter 7).
#pragma once

#include <vector>

#include "nn/optimizers/optimizer.hpp"

namespace nn {

/// SGD's hyperparameters, with PyTorch's defaults.
struct SGDOptions {
  /// \f$ \gamma \f$. PyTorch has no default and requires one; 0.01 is this tutorial's choice.
  double learning_rate = 0.01;
  double momentum = 0.0;      ///< \f$ \mu \ge 0 \f$; 0 is plain gradient descent
  double dampening = 0.0;     ///< \f$ \tau \f$: the momentum buffer takes \f$ (1-\tau) \f$ of each new gradient
  double weight_decay = 0.0;  ///< \f$ \lambda \ge 0 \f$: an L2 penalty, added to the gradient as \f$ \lambda\theta \f$
  bool nesterov = false;      ///< Nesterov momentum; needs momentum > 0 and dampening 0 (PyTorch's rule)
};

/// torch.optim.SGD. For each parameter, with \f$ \mu \ne 0 \f$:
/// \f[ g_t \leftarrow g_t + \lambda\,\theta_{t-1}, \qquad
///     b_t = \begin{cases} g_t & t = 1 \\ \mu\, b_{t-1} + (1-\tau)\, g_t & t > 1 \end{cases}, \qquad
///     d_t = \begin{cases} g_t + \mu\, b_t & \text{Nesterov} \\ b_t & \text{otherwise} \end{cases}, \qquad
///     \theta_t = \theta_{t-1} - \gamma\, d_t \f]
/// and with \f$ \mu = 0 \f$ simply \f$ \theta_t = \theta_{t-1} - \gamma\, g_t \f$. As in PyTorch,
/// the first buffer is the gradient itself, undamped (\ref ch07_optimizers).
class SGD final : public Optimizer {
 public:
  /// \throws std::invalid_argument naming the hyperparameter and its value when the learning
  ///         rate, momentum or weight decay is negative or not finite, the dampening is not
  ///         finite, or Nesterov is asked for without momentum > 0 and dampening 0.
  explicit SGD(const SGDOptions& options = {});
  std::string name() const override { return "sgd"; }
  /// The hyperparameters it was made with.
  const SGDOptions& options() const { return options_; }

 protected:
  void start(const std::vector<arma::SizeMat>& shapes) override;
  void update(std::size_t i, arma::mat& parameter, const arma::mat& gradient) override;
  void forget() override { buffers_.clear(); }

 private:
  SGDOptions options_;
  std::vector<arma::mat> buffers_;  // b, one per parameter, when momentum is used
};

}  // namespace nn
