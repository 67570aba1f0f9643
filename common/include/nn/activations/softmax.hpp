/// \file
/// The softmax, which turns a row of logits into probabilities (chapter 5).
#pragma once

#include <armadillo>
#include <string>

namespace nn {

/// The softmax: each row of logits becomes a probability distribution over the classes,
/// \f[ s_j = \frac{e^{z_j}}{\sum_k e^{z_k}}. \f]
/// It is not elementwise (every \f$ s_j \f$ depends on the whole row), so it is not an
/// nn::Activation: its derivative is a Jacobian per row,
/// \f$ \partial s_j / \partial z_i = s_j (\delta_{ij} - s_i) \f$,
/// and backward() applies it to an upstream gradient instead of returning it (\ref ch05_cross_entropy).
class Softmax {
 public:
  /// "softmax".
  std::string name() const { return "softmax"; }

  /// The softmax of each row. Computed as \f$ e^{z_j - m} / \sum_k e^{z_k - m} \f$ with
  /// \f$ m = \max_k z_k \f$ (the same number, since the factor \f$ e^{-m} \f$ cancels),
  /// so the largest exponent is \f$ e^0 = 1 \f$ and logits of 1000 do not overflow.
  /// \throws std::invalid_argument when z is empty or holds a value that is not finite.
  arma::mat value(const arma::mat& z) const;

  /// \f$ \log s_j = z_j - m - \log \sum_k e^{z_k - m} \f$ for each row, the log-sum-exp
  /// form: finite even where \f$ s_j \f$ itself underflows to 0.
  /// \throws std::invalid_argument as value() does.
  arma::mat log_value(const arma::mat& z) const;

  /// Backpropagates through the softmax: given its output \f$ s \f$ and the upstream
  /// gradient \f$ g = \partial L / \partial s \f$, returns \f$ \partial L / \partial z \f$ row by row:
  /// \f[ \frac{\partial L}{\partial z_i} = \sum_j g_j \frac{\partial s_j}{\partial z_i}
  ///     = s_i \Bigl( g_i - \sum_j g_j s_j \Bigr). \f]
  /// (The Jacobian is symmetric, so this is both its product with \f$ g \f$ and \f$ g \f$'s with it.)
  /// \throws std::invalid_argument when the shapes differ, either is empty or not finite, or
  ///         a row of `softmax_output` is not a distribution (an element outside [0, 1], or a
  ///         sum more than 1e-6 away from 1: the logits were probably passed instead).
  arma::mat backward(const arma::mat& softmax_output, const arma::mat& upstream_gradient) const;
};

}  // namespace nn
