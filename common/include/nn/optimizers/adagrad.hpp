/// \file
/// Adagrad, as torch.optim.Adagrad defines it (chapter 7).
#pragma once

#include <vector>

#include "nn/optimizers/optimizer.hpp"

namespace nn {

/// Adagrad's hyperparameters, with PyTorch's defaults.
struct AdagradOptions {
  double learning_rate = 0.01;             ///< \f$ \gamma \f$
  double lr_decay = 0.0;                   ///< \f$ \eta \ge 0 \f$: step \f$ t \f$ uses \f$ \gamma / (1 + (t-1)\eta) \f$
  double weight_decay = 0.0;               ///< \f$ \lambda \ge 0 \f$: an L2 penalty, added to the gradient
  double initial_accumulator_value = 0.0;  ///< \f$ s_0 \ge 0 \f$: where the sum of squared gradients starts
  double epsilon = 1e-10;                  ///< \f$ \epsilon > 0 \f$, added to \f$ \sqrt{s_t} \f$
};

/// torch.optim.Adagrad (Duchi, Hazan and Singer, 2011). Each element gets its own step size,
/// shrinking with the sum of its squared gradients so far:
/// \f[ \tilde\gamma_t = \frac{\gamma}{1 + (t-1)\,\eta}, \qquad g_t \leftarrow g_t + \lambda\,\theta_{t-1}, \qquad
///     s_t = s_{t-1} + g_t^2, \qquad
///     \theta_t = \theta_{t-1} - \tilde\gamma_t\, \frac{g_t}{\sqrt{s_t} + \epsilon} \f]
/// elementwise, with \f$ s_0 \f$ the initial accumulator value. Because \f$ s_t \f$ only
/// grows, the steps only shrink: quick progress at first, then a crawl (\ref ch07_optimizers).
class Adagrad final : public Optimizer {
 public:
  /// \throws std::invalid_argument naming the hyperparameter and its value when the learning
  ///         rate, lr_decay, weight decay or initial accumulator value is negative or not
  ///         finite, or epsilon is not positive and finite.
  explicit Adagrad(const AdagradOptions& options = {});
  std::string name() const override { return "adagrad"; }
  /// The hyperparameters it was made with.
  const AdagradOptions& options() const { return options_; }

 protected:
  void start(const std::vector<arma::SizeMat>& shapes) override;
  void update(std::size_t i, arma::mat& parameter, const arma::mat& gradient) override;
  void forget() override { sums_.clear(); }

 private:
  AdagradOptions options_;
  std::vector<arma::mat> sums_;  // s, one per parameter
};

}  // namespace nn
