/// \file
/// Adam and AdamW, with the AMSGrad variant, as torch.optim.Adam and torch.optim.AdamW
/// define them (chapter 7).
#pragma once

#include <string>
#include <vector>

#include "nn/optimizers/optimizer.hpp"

namespace nn {

/// Adam's hyperparameters, with PyTorch's defaults.
struct AdamOptions {
  double learning_rate = 0.001;  ///< \f$ \gamma \f$
  double beta1 = 0.9;            ///< \f$ \beta_1 \in [0, 1) \f$: decay of the first moment (the average gradient)
  double beta2 = 0.999;          ///< \f$ \beta_2 \in [0, 1) \f$: decay of the second moment (the average squared gradient)
  double epsilon = 1e-8;         ///< \f$ \epsilon > 0 \f$, added to the bias-corrected root (see Adam)
  double weight_decay = 0.0;     ///< \f$ \lambda \ge 0 \f$
  bool amsgrad = false;          ///< divide by the running maximum of the second moment (Reddi et al., 2018)
  /// Decay the parameters directly, \f$ \theta \leftarrow (1 - \gamma\lambda)\,\theta \f$ (AdamW),
  /// instead of adding \f$ \lambda\theta \f$ to the gradient (an L2 penalty). PyTorch's Adam has
  /// the same switch; its AdamW is Adam with it on.
  bool decoupled_weight_decay = false;
};

/// AdamW's hyperparameters: Adam's, with PyTorch's AdamW default for the weight decay.
struct AdamWOptions {
  double learning_rate = 0.001;  ///< \f$ \gamma \f$
  double beta1 = 0.9;            ///< \f$ \beta_1 \in [0, 1) \f$
  double beta2 = 0.999;          ///< \f$ \beta_2 \in [0, 1) \f$
  double epsilon = 1e-8;         ///< \f$ \epsilon > 0 \f$
  double weight_decay = 0.01;    ///< \f$ \lambda \ge 0 \f$, decoupled: \f$ \theta \leftarrow (1 - \gamma\lambda)\,\theta \f$
  bool amsgrad = false;          ///< divide by the running maximum of the second moment
};

/// torch.optim.Adam (Kingma and Ba, 2015). Running averages of the gradient and of its
/// square, corrected for starting at zero, give a step of about \f$ \gamma \f$ per element:
/// \f[ g_t \leftarrow g_t + \lambda\,\theta_{t-1}, \qquad
///     m_t = \beta_1 m_{t-1} + (1-\beta_1)\, g_t, \qquad v_t = \beta_2 v_{t-1} + (1-\beta_2)\, g_t^2, \f]
/// \f[ \hat m_t = \frac{m_t}{1-\beta_1^t}, \qquad \hat v_t = \frac{v_t}{1-\beta_2^t}, \qquad
///     \theta_t = \theta_{t-1} - \gamma\, \frac{\hat m_t}{\sqrt{\hat v_t} + \epsilon} \f]
/// elementwise, from \f$ m_0 = v_0 = 0 \f$, with \f$ \epsilon \f$ added after the bias correction as
/// in PyTorch (\ref ch07_optimizers shows why that matters). With AMSGrad, \f$ v_t \f$ in
/// \f$ \hat v_t \f$ is replaced by its running maximum \f$ v^{\max}_t = \max(v^{\max}_{t-1}, v_t) \f$,
/// taken before the bias correction, as PyTorch's code does. With decoupled weight decay
/// (AdamW), the first line becomes \f$ \theta_{t-1} \leftarrow (1 - \gamma\lambda)\,\theta_{t-1} \f$
/// and the gradient is left alone.
class Adam : public Optimizer {
 public:
  /// \throws std::invalid_argument naming the hyperparameter and its value when the learning
  ///         rate or weight decay is negative or not finite, a beta is outside [0, 1), or
  ///         epsilon is not positive and finite.
  explicit Adam(const AdamOptions& options = {});
  std::string name() const override { return "adam"; }
  /// The hyperparameters it was made with.
  const AdamOptions& options() const { return options_; }

 protected:
  /// For AdamW: the same algorithm under another class name (in messages).
  Adam(std::string class_name, const AdamOptions& options);

  void start(const std::vector<arma::SizeMat>& shapes) override;
  void update(std::size_t i, arma::mat& parameter, const arma::mat& gradient) override;
  void forget() override { state_.clear(); }

 private:
  struct State {
    arma::mat m;      // first moment
    arma::mat v;      // second moment
    arma::mat v_max;  // running maximum of v (AMSGrad only)
  };
  AdamOptions options_;
  std::vector<State> state_;  // one per parameter
};

/// torch.optim.AdamW (Loshchilov and Hutter, 2019): Adam with decoupled weight decay
/// (AdamOptions::decoupled_weight_decay), which shrinks every parameter by the same factor
/// \f$ 1 - \gamma\lambda \f$ per step, and PyTorch's AdamW default \f$ \lambda = 0.01 \f$
/// (\ref ch07_optimizers).
class AdamW final : public Adam {
 public:
  /// \throws std::invalid_argument as Adam's constructor does.
  explicit AdamW(const AdamWOptions& options = {});
  std::string name() const override { return "adamw"; }
};

}  // namespace nn
