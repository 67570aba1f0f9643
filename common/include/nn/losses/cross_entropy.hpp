/// \file
/// Cross-entropy losses for classification, as PyTorch defines them (chapter 5):
/// on probabilities (`binary_cross_entropy`), on logits (`binary_cross_entropy_with_logits`)
/// and over classes with a softmax (`cross_entropy`).
///
/// Why they pair with the sigmoid and the softmax: the derivative of the loss cancels that
/// of the activation, so the gradient at the logits \f$ z \f$ is the error vector itself.
/// For one output with \f$ p = \sigma(z) \f$ and \f$ \ell = -(y \log p + (1-y) \log(1-p)) \f$:
/// \f[ \frac{\partial \ell}{\partial p} = \frac{p - y}{p(1-p)}, \qquad
///     \frac{\partial p}{\partial z} = p(1-p), \qquad
///     \frac{\partial \ell}{\partial z} = \frac{p - y}{p(1-p)}\, p(1-p) = p - y. \f]
/// For a row of classes with \f$ \ell = -\sum_j y_j \log s_j \f$ and
/// \f$ \log s_j = z_j - \log \sum_k e^{z_k} \f$, so that
/// \f$ \partial \log s_j / \partial z_i = \delta_{ij} - s_i \f$:
/// \f[ \frac{\partial \ell}{\partial z_i} = -\sum_j y_j (\delta_{ij} - s_i)
///     = s_i \sum_j y_j - y_i = s_i - y_i \quad \text{when } \textstyle\sum_j y_j = 1. \f]
/// The mean squared error on a sigmoid output keeps the sigmoid's derivative instead:
/// \f[ \ell = (p - y)^2, \qquad \frac{\partial \ell}{\partial z} = 2 (p - y)\, p (1 - p), \f]
/// and \f$ p(1-p) \le 1/4 \f$ goes to 0 as the neuron saturates, however wrong it is. A
/// neuron stuck at \f$ p \approx 0 \f$ with \f$ y = 1 \f$ barely moves: the learning slowdown
/// that cross-entropy removes (Nielsen, *Neural Networks and Deep Learning*, chapter 3).
#pragma once

#include "nn/losses/loss.hpp"

namespace nn {

/// Binary cross-entropy on probabilities \f$ p \in [0, 1] \f$ (PyTorch's `binary_cross_entropy`,
/// `BCELoss`), with targets \f$ y \in [0, 1] \f$, element by element:
/// \f[ \ell_i = -\bigl( y_i \max(\log p_i, -100) + (1 - y_i) \max(\log(1 - p_i), -100) \bigr). \f]
/// Each log is clamped at -100, as PyTorch does, so \f$ p = 0 \f$ with \f$ y = 1 \f$ costs 100
/// rather than infinity, and \f$ 0 \cdot \log 0 \f$ is 0 rather than NaN. The mean is over
/// every element.
///
/// The gradient is PyTorch's backward, with its denominator clamped at \f$ \epsilon = 10^{-12} \f$:
/// \f[ \frac{\partial \ell_i}{\partial p_i} = \frac{p_i - y_i}{\max(p_i (1 - p_i), \epsilon)}. \f]
/// It is the exact derivative wherever \f$ p_i(1-p_i) \ge \epsilon \f$ (roughly
/// \f$ 10^{-12} \le p_i \le 1 - 10^{-12} \f$). At \f$ p_i = 0 \f$ or 1 it stays finite,
/// \f$ (p_i - y_i) \times 10^{12} \f$: \f$ -10^{12} \f$ for \f$ p = 0, y = 1 \f$, and 0 when the
/// prediction equals the target (where the one-sided derivative is \f$ \pm 1 \f$: at
/// \f$ p = y = 0 \f$ the loss is \f$ -\log(1-p) \f$, of slope 1). Nor is it the derivative
/// of the clamped loss, which is flat where a log is clamped: PyTorch's backward keeps the
/// unclamped formula, so a confidently wrong prediction still gets a large, finite push.
/// Prefer nn::BinaryCrossEntropyWithLogits, which never forms \f$ p \f$ and needs no clamp.
class BinaryCrossEntropy final : public Loss {
 public:
  /// \param reduction mean (PyTorch's default: over every element), sum or none.
  explicit BinaryCrossEntropy(Reduction reduction = Reduction::mean);
  std::string name() const override { return "bce"; }

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;
  /// The base checks, and both prediction and target in [0, 1].
  void check(const std::string& function, const arma::mat& prediction, const arma::mat& target) const override;
};

/// Binary cross-entropy on logits \f$ z \f$ (PyTorch's `binary_cross_entropy_with_logits`,
/// `BCEWithLogitsLoss`): the loss of nn::BinaryCrossEntropy at \f$ p = \sigma(z) \f$, in a form
/// that is finite and accurate for any finite z:
/// \f[ \ell_i = \max(z_i, 0) - z_i y_i + \log\bigl(1 + e^{-|z_i|}\bigr), \qquad
///     \frac{\partial \ell_i}{\partial z_i} = \sigma(z_i) - y_i. \f]
/// The naive \f$ -\log \sigma(z) \f$ underflows: \f$ \sigma(-1000) \f$ is 0 in double, its log
/// \f$ -\infty \f$, and \f$ 0 \cdot \log 0 \f$ is NaN. Here \f$ z = -1000, y = 1 \f$ costs exactly
/// 1000 with gradient -1. The mean is over every element. Targets must lie in [0, 1]
/// (PyTorch does not check; outside that range the loss has no minimum).
class BinaryCrossEntropyWithLogits final : public Loss {
 public:
  /// \param reduction mean (over every element), sum or none.
  explicit BinaryCrossEntropyWithLogits(Reduction reduction = Reduction::mean);
  std::string name() const override { return "bce-logits"; }

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;
  /// The base checks, and the target in [0, 1].
  void check(const std::string& function, const arma::mat& prediction, const arma::mat& target) const override;
};

/// Softmax cross-entropy on logits (PyTorch's `cross_entropy`, `CrossEntropyLoss`): the
/// prediction is N x C, one row of C class scores per sample, and the loss of sample n is
/// \f[ \ell_n = -\sum_j q_{nj} \log s_{nj}, \qquad \log s_{nj} = z_{nj} - \log \sum_k e^{z_{nk}}, \f]
/// computed with the log-sum-exp of nn::Softmax::log_value(), so logits of \f$ \pm 1000 \f$
/// are fine. The target takes either form PyTorch accepts:
/// - **class indices**: N x 1, whole numbers 0 to C-1, one per sample;
/// - **class probabilities**: N x C, every element in [0, 1] (one-hot rows, or soft labels).
///
/// When both forms have the prediction's shape (C = 1), the target is read as probabilities,
/// as PyTorch reads a target of the input's shape. Rows of probabilities are not required to
/// sum to 1 (PyTorch does not require it either); the gradient below is exact for any row.
///
/// With label smoothing \f$ \varepsilon \f$, the target distribution \f$ q \f$ mixes the
/// target \f$ y \f$ (the one-hot row of an index, or the given probabilities) with the
/// uniform distribution, exactly as PyTorch does for both target forms:
/// \f[ q = (1 - \varepsilon)\, y + \varepsilon / C. \f]
/// The reduction is over samples: the mean divides by N, not by N x C (PyTorch's convention
/// for this loss, unlike the regression losses), and `none` gives an N x 1 column, one loss
/// per sample. The gradient with respect to the logits is
/// \f[ \frac{\partial \ell_n}{\partial z_{ni}} = s_{ni} \sum_j q_{nj} - q_{ni} = s_{ni} - q_{ni}, \f]
/// the last form holding when the row of \f$ q \f$ sums to 1 (always, for index targets);
/// the mean divides it by N.
class SoftmaxCrossEntropy final : public Loss {
 public:
  /// \param label_smoothing \f$ \varepsilon \in [0, 1] \f$; 0 (PyTorch's default) leaves the target as it is.
  /// \param reduction mean (over samples: PyTorch's default), sum or none.
  /// \throws std::invalid_argument unless 0 <= label_smoothing <= 1.
  explicit SoftmaxCrossEntropy(double label_smoothing = 0.0, Reduction reduction = Reduction::mean);
  std::string name() const override { return "ce"; }
  /// The label smoothing \f$ \varepsilon \f$.
  double label_smoothing() const { return label_smoothing_; }

  /// The distribution \f$ q = (1 - \varepsilon)\,y + \varepsilon / C \f$ that the loss compares
  /// the softmax of `prediction` with: N x C, from either form of target.
  /// \throws std::invalid_argument as terms() does.
  arma::mat target_distribution(const arma::mat& prediction, const arma::mat& target) const;

 protected:
  arma::mat unchecked_terms(const arma::mat& prediction, const arma::mat& target) const override;
  arma::mat unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const override;
  /// The number of samples, N: the mean is over samples.
  arma::uword term_count(const arma::mat& prediction) const override { return prediction.n_rows; }
  /// Both non-empty and finite, with one row per sample; the target N x 1 of class indices
  /// (whole numbers below C) or N x C of probabilities in [0, 1].
  void check(const std::string& function, const arma::mat& prediction, const arma::mat& target) const override;

 private:
  /// target_distribution() for inputs that have passed the checks.
  arma::mat unchecked_distribution(const arma::mat& prediction, const arma::mat& target) const;

  double label_smoothing_;
};

}  // namespace nn
