/// \file
/// Softmax cross-entropy, as PyTorch's `cross_entropy` defines it (chapter 5).
#pragma once

#include <armadillo>
#include <string>

#include "nn/losses/loss.hpp"

namespace nn {

/// SoftmaxCrossEntropy's settings, set by name (`{.weight = {1, 10}}`), with PyTorch's defaults.
struct SoftmaxCrossEntropyOptions {
  double label_smoothing = 0.0;  ///< \f$ \varepsilon \in [0, 1] \f$; 0 leaves the target as it is
  /// \f$ w_c \ge 0 \f$, one per class (PyTorch's `weight=`); empty, every class weighs 1.
  arma::rowvec weight = {};
  Reduction reduction = Reduction::mean;  ///< mean (over samples, or their weights), sum or none
};

/// Softmax cross-entropy on logits (PyTorch's `cross_entropy`, `CrossEntropyLoss`): the
/// prediction is N x C, one row of class scores per sample, and with \f$ s = \operatorname{softmax}(z) \f$,
/// the target distribution \f$ q \f$ (label smoothing \f$ \varepsilon \f$, C classes) and the
/// class weights \f$ w \f$ (all 1 unless given)
/// \f[ \ell_n = -\sum_j w_j q_{nj} \log s_{nj}, \qquad q = (1 - \varepsilon)\, y + \varepsilon / C, \qquad
///     \frac{\partial \ell_n}{\partial z_{ni}} = s_{ni} \sum_j w_j q_{nj} - w_i q_{ni}, \f]
/// which is \f$ s_{ni} - q_{ni} \f$ without weights when the row of \f$ q \f$ sums to 1 (always, for index
/// targets). \f$ \log s \f$ is computed by log-sum-exp (nn::Softmax::log_value()), so logits
/// of \f$ \pm 1000 \f$ are fine (\ref ch05_cross_entropy). The target \f$ y \f$ takes either
/// form PyTorch accepts:
/// - **class indices**: N x 1, whole numbers 0 to C-1, one per sample (\f$ y \f$ is their one-hot rows);
/// - **class probabilities**: N x C, every element in [0, 1] (one-hot rows, or soft labels),
///   rows not required to sum to 1 (nor does PyTorch require it).
///
/// When both forms fit (C = 1), the target is read as probabilities, as PyTorch reads a target
/// of the input's shape. The reduction is over samples: `none` gives an N x 1 column, one loss
/// per sample, and the mean divides the sum by N, except with class weights and index targets,
/// where it divides by \f$ \sum_n w_{y_n} \f$, the total weight of the samples' classes, as
/// PyTorch does (\ref ch09_why_this_loss).
class SoftmaxCrossEntropy final : public Loss {
 public:
  /// \param label_smoothing \f$ \varepsilon \in [0, 1] \f$; 0 (PyTorch's default) leaves the target as it is.
  /// \param reduction mean (over samples: PyTorch's default), sum or none.
  /// \throws std::invalid_argument unless 0 <= label_smoothing <= 1.
  explicit SoftmaxCrossEntropy(double label_smoothing = 0.0, Reduction reduction = Reduction::mean);
  /// \throws std::invalid_argument unless 0 <= label_smoothing <= 1 and every weight is finite and
  ///         at least 0.
  explicit SoftmaxCrossEntropy(const SoftmaxCrossEntropyOptions& options);
  std::string name() const override { return "ce"; }
  /// The label smoothing \f$ \varepsilon \f$.
  double label_smoothing() const { return options_.label_smoothing; }
  /// The class weights \f$ w \f$; empty when every class weighs 1.
  const arma::rowvec& weight() const { return options_.weight; }

  /// The distribution \f$ q = (1 - \varepsilon)\,y + \varepsilon / C \f$ that the loss compares
  /// the softmax of `prediction` with: N x C, from either form of target.
  /// \throws std::invalid_argument as terms() does.
  arma::mat target_distribution(const arma::mat& prediction, const arma::mat& target) const;

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;
  /// N, or \f$ \sum_n w_{y_n} \f$ for weighted index targets.
  double mean_divisor(const arma::mat& prediction, const arma::mat& target) const override;
  /// Both non-empty and finite, with one row per sample; the target N x 1 of class indices
  /// (whole numbers below C) or N x C of probabilities in [0, 1]; one weight per class; and for
  /// the mean of weighted index targets, a total weight above 0.
  void check(const std::string& function, const arma::mat& prediction, const arma::mat& target) const override;

 private:
  /// target_distribution() for inputs that have passed the checks.
  arma::mat unchecked_distribution(const arma::mat& prediction, const arma::mat& target) const;
  /// \f$ w_j q_{nj} \f$: the target distribution times the class weights.
  arma::mat weighted_distribution(const arma::mat& prediction, const arma::mat& target) const;

  SoftmaxCrossEntropyOptions options_;
};

}  // namespace nn
