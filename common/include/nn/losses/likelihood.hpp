/// \file
/// Negative log-likelihoods of the noise models behind the losses (chapter 9): each differs
/// from its loss by a constant that does not depend on the prediction.
#pragma once

#include <armadillo>

namespace nn {

/// Gaussian noise of standard deviation \f$ \sigma \f$:
/// \f$ -\sum_i \log p(y_i \mid \hat y_i) = \sum_i \frac{(y_i - \hat y_i)^2}{2\sigma^2} + N \log(\sigma\sqrt{2\pi}) \f$.
/// \throws std::invalid_argument for shapes that differ, values that are not finite, or sigma <= 0.
double gaussian_nll(const arma::mat& prediction, const arma::mat& target, double sigma);

/// Laplace noise of scale \f$ b \f$: \f$ \sum_i \frac{|y_i - \hat y_i|}{b} + N \log(2b) \f$.
/// \throws std::invalid_argument as gaussian_nll() does, and for b <= 0.
double laplace_nll(const arma::mat& prediction, const arma::mat& target, double scale);

/// A Bernoulli outcome \f$ y \in \{0, 1\} \f$ of probability \f$ p = \sigma(z) \f$, from the logit z:
/// \f$ -\sum_i \log\bigl(p_i^{y_i} (1 - p_i)^{1 - y_i}\bigr) \f$.
/// \throws std::invalid_argument for shapes that differ, values that are not finite, or a target not 0 or 1.
double bernoulli_nll(const arma::mat& logits, const arma::mat& target);

/// A categorical outcome, the class \f$ y_n \f$ of row n, of probabilities \f$ \operatorname{softmax}(z_n) \f$:
/// \f$ -\sum_n \log \operatorname{softmax}(z_n)_{y_n} \f$.
/// \throws std::invalid_argument when the labels are not one per row, or one is not below the columns.
double categorical_nll(const arma::mat& logits, const arma::uvec& labels);

/// Asymmetric Laplace noise with quantile \f$ \tau \f$ and scale \f$ \sigma \f$, whose density is
/// \f$ \frac{\tau(1-\tau)}{\sigma} e^{-\rho_\tau(y - \hat y)/\sigma} \f$ with
/// \f$ \rho_\tau(u) = u\,(\tau - [u < 0]) \f$:
/// \f$ \sum_i \frac{\rho_\tau(y_i - \hat y_i)}{\sigma} - N \log\frac{\tau(1-\tau)}{\sigma} \f$.
/// \throws std::invalid_argument as gaussian_nll() does, and unless 0 < tau < 1 and sigma > 0.
double asymmetric_laplace_nll(const arma::mat& prediction, const arma::mat& target, double tau, double sigma);

}  // namespace nn
