// Chapter 9 exercises. Write them in homework.cpp; build with the homework preset and grade
// them with `ctest --preset homework -L ch09`.
#pragma once

#include <armadillo>

namespace ch09 {

// Exercise 9.1 (2 points): the gradient of the Gaussian negative log-likelihood
//   NLL = sum_i (y_i - prediction_i)^2 / (2 sigma^2) + N log(sigma sqrt(2 pi))
// with respect to the prediction, in the prediction's shape (sigma > 0 is fixed).
arma::mat gaussian_nll_gradient(const arma::mat& prediction, const arma::mat& target, double sigma);

// Exercise 9.2 (3 points): the constant c that minimises the quantile loss
//   sum_i tau max(y_i - c, 0) + (1 - tau) max(c - y_i, 0)
// over the sample y (0 < tau < 1). When tau N is not a whole number the minimiser is unique;
// otherwise return any minimiser. Hint: sort the sample and count.
double best_quantile_constant(const arma::vec& sample, double tau);

// Exercise 9.3 (3 points): softmax cross-entropy with class weights, as PyTorch's
// CrossEntropyLoss(weight=weight) computes it for class-index targets with the mean reduction:
//   sum_n -w_{y_n} log softmax(z_n)_{y_n}  /  sum_n w_{y_n}.
// `logits` is N x C, `labels` holds N classes below C, `weight` C weights >= 0. It must stay
// finite for logits as large as 1000.
double class_weighted_cross_entropy(const arma::mat& logits, const arma::uvec& labels, const arma::rowvec& weight);

// Exercise 9.4 (5 points): which noise model do these errors support? For the errors
// e = prediction - target (every element is one), fit each model's scale by maximum
// likelihood: the scale that minimises its negative log-likelihood, nn::gaussian_nll() for
// sigma and nn::laplace_nll() for b (set the derivative with respect to the scale to 0).
// Return both scales and both NLLs at them; the smaller NLL names the model, and so the loss,
// the data favour (Gaussian: the MSE, Laplace: the MAE). Throw std::invalid_argument for
// shapes that differ or are empty, and when every error is 0 (then no scale is best: the
// NLLs fall without bound as the scale shrinks).
struct NoiseFit {
  double gaussian_sigma;  // the sigma that minimises the Gaussian NLL
  double gaussian_nll;    // the Gaussian NLL at that sigma
  double laplace_scale;   // the b that minimises the Laplace NLL
  double laplace_nll;     // the Laplace NLL at that b
};
NoiseFit fit_noise(const arma::mat& prediction, const arma::mat& target);

}  // namespace ch09
