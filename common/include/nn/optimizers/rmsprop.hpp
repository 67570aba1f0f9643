/// \file
/// RMSprop, plain, centered and with momentum, as torch.optim.RMSprop defines it (chapter 7).
#pragma once

#include <vector>

#include "nn/optimizers/optimizer.hpp"

namespace nn {

/// RMSprop's hyperparameters, with PyTorch's defaults.
struct RMSpropOptions {
  double learning_rate = 0.01;  ///< \f$ \gamma \f$
  double alpha = 0.99;          ///< \f$ \alpha \in [0, 1) \f$: how much of the running average each step keeps
  double epsilon = 1e-8;        ///< \f$ \epsilon > 0 \f$, added to the root of the average
  double weight_decay = 0.0;    ///< \f$ \lambda \ge 0 \f$: an L2 penalty, added to the gradient
  double momentum = 0.0;        ///< \f$ \mu \ge 0 \f$: momentum on the normalized step
  bool centered = false;        ///< divide by an estimate of the gradient's standard deviation instead
};

/// torch.optim.RMSprop (Hinton's lecture notes; the centered form is Graves, 2013). Adagrad's
/// sum of squared gradients becomes a running average, so old gradients are forgotten:
/// \f[ g_t \leftarrow g_t + \lambda\,\theta_{t-1}, \qquad v_t = \alpha\, v_{t-1} + (1-\alpha)\, g_t^2, \f]
/// \f[ \tilde v_t = \begin{cases} v_t - \bar g_t^2, \quad \bar g_t = \alpha\, \bar g_{t-1} + (1-\alpha)\, g_t
///                  & \text{centered} \\ v_t & \text{otherwise} \end{cases} \f]
/// \f[ \theta_t = \theta_{t-1} - \gamma\, \frac{g_t}{\sqrt{\tilde v_t} + \epsilon}
///     \quad\text{or, with } \mu > 0,\quad
///     b_t = \mu\, b_{t-1} + \frac{g_t}{\sqrt{\tilde v_t} + \epsilon}, \quad \theta_t = \theta_{t-1} - \gamma\, b_t \f]
/// elementwise, from \f$ v_0 = \bar g_0 = b_0 = 0 \f$, with no bias correction
/// (\ref ch07_optimizers). A \f$ \tilde v_t \f$ that rounding makes negative is taken as 0,
/// where PyTorch would take the root of a negative number.
class RMSprop final : public Optimizer {
 public:
  /// \throws std::invalid_argument naming the hyperparameter and its value when the learning
  ///         rate, weight decay or momentum is negative or not finite, alpha is outside [0, 1),
  ///         or epsilon is not positive and finite.
  explicit RMSprop(const RMSpropOptions& options = {});
  std::string name() const override { return "rmsprop"; }
  /// The hyperparameters it was made with.
  const RMSpropOptions& options() const { return options_; }

 protected:
  void start(const std::vector<arma::SizeMat>& shapes) override;
  void update(std::size_t i, arma::mat& parameter, const arma::mat& gradient) override;
  void forget() override { state_.clear(); }

 private:
  struct State {
    arma::mat v;       // running average of g^2
    arma::mat g_mean;  // running average of g (centered only)
    arma::mat b;       // momentum buffer (momentum > 0 only)
  };
  RMSpropOptions options_;
  std::vector<State> state_;  // one per parameter
};

}  // namespace nn
