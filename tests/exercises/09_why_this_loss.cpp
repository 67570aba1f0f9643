// Grading the chapter 9 exercises: the Gaussian NLL's gradient by hand and by finite differences
// of nn::gaussian_nll(); the quantile loss's best constant against the sorted sample and against
// every other candidate; the class-weighted cross-entropy against values computed with numpy and
// scipy (float64, the expression beside each value reproduces it) and by its properties; the
// noise models' fits against scipy.stats and against nn::gaussian_nll() and nn::laplace_nll().
#include <catch2/catch.hpp>
#include <cmath>
#include <string>

#include "exercises.hpp"
#include "grading.hpp"
#include "nn/core/random.hpp"
#include "nn/losses/likelihood.hpp"

TEST_CASE("Exercise 9.1: gaussian_nll_gradient", "[exercise]") {
  // errors 1 and -2 with sigma 0.5: 1 / 0.25 = 4 and -2 / 0.25 = -8
  nn::grade::require_matrix("gaussian_nll_gradient({{1, -2}}, {{0, 0}}, 0.5)",
                            ch09::gaussian_nll_gradient(arma::mat{{1.0, -2.0}}, arma::mat{{0.0, 0.0}}, 0.5),
                            arma::mat{{4.0, -8.0}}, {1, 2});
  nn::Random random(91);
  const arma::mat target = random.normal_matrix(6, 2);
  const arma::mat prediction = random.normal_matrix(6, 2);
  for (const double sigma : {0.5, 1.0, 3.0}) {
    nn::grade::require_gradient("gaussian_nll_gradient on a 6x2 batch, sigma " + std::to_string(sigma),
                                [&](const arma::mat& p) { return nn::gaussian_nll(p, target, sigma); }, prediction,
                                ch09::gaussian_nll_gradient(prediction, target, sigma), {6, 2});
  }
}

namespace {

// The summed quantile loss of the constant c, sum_i max(tau (y_i - c), (tau - 1) (y_i - c)).
double quantile_loss(const arma::vec& sample, double tau, double c) {
  double total = 0.0;
  for (const double y : sample) total += std::max(tau * (y - c), (tau - 1.0) * (y - c));
  return total;
}

}  // namespace

TEST_CASE("Exercise 9.2: best_quantile_constant", "[exercise]") {
  const arma::vec sample = {10, 1, 7, 3, 2, 8, 4};  // sorted: 1 2 3 4 7 8 10
  // tau N = 3.5: the 4th value, the median; 2.1: the 3rd; 6.3: the 7th, the largest; 0.7: the 1st
  nn::grade::require_value("best_quantile_constant(sample, 0.5)", ch09::best_quantile_constant(sample, 0.5), 4.0);
  nn::grade::require_value("best_quantile_constant(sample, 0.3)", ch09::best_quantile_constant(sample, 0.3), 3.0);
  nn::grade::require_value("best_quantile_constant(sample, 0.9)", ch09::best_quantile_constant(sample, 0.9), 10.0);
  nn::grade::require_value("best_quantile_constant(sample, 0.1)", ch09::best_quantile_constant(sample, 0.1), 1.0);
  // Any sample and tau: no other constant does better, neither a sample value nor a point nearby.
  nn::Random random(92);
  for (const arma::uword n : {1u, 4u, 9u, 20u}) {
    const arma::vec skewed = arma::exp(random.normal_matrix(n, 1));
    for (const double tau : {0.1, 0.25, 0.5, 0.75, 0.95}) {
      const double c = ch09::best_quantile_constant(skewed, tau);
      const double best = quantile_loss(skewed, tau, c);
      const std::string what = "the loss of the answer " + std::to_string(c) + " for N " + std::to_string(n) +
                               ", tau " + std::to_string(tau);
      double lowest = best;
      for (const double other : skewed) lowest = std::min(lowest, quantile_loss(skewed, tau, other));
      lowest = std::min({lowest, quantile_loss(skewed, tau, c + 1e-3), quantile_loss(skewed, tau, c - 1e-3)});
      // the lowest loss of every sample value and of the points 0.001 either side of the answer
      nn::grade::require_value(what + ", against the lowest of the other candidates", best, lowest, {},
                               {0.0, 1e-12});
    }
  }
}

TEST_CASE("Exercise 9.3: class_weighted_cross_entropy", "[exercise]") {
  // numpy and scipy, as torch.nn.CrossEntropyLoss(weight=w) computes it:
  //   ls = z - scipy.special.logsumexp(z, axis=1, keepdims=True); wy = w[y]
  //   -(wy * ls[np.arange(len(y)), y]).sum() / wy.sum()
  // Logits (1, 2, 3) of class 2 and (0, 0, 0) of class 0, weights (1, 2, 3):
  // (3 log(1 + e^-1 + e^-2) + 1 log 3) / (3 + 1)
  const arma::mat logits = {{1.0, 2.0, 3.0}, {0.0, 0.0, 0.0}};
  nn::grade::require_value("class_weighted_cross_entropy of 2 rows, weights (1, 2, 3)",
                           ch09::class_weighted_cross_entropy(logits, {2, 0}, {1, 2, 3}), 0.5803575455003128, {2, 3});
  // Equal weights give the plain mean, (log(1 + e^-1 + e^-2) + log 3) / 2
  nn::grade::require_value("class_weighted_cross_entropy of 2 rows, weights (7, 7, 7)",
                           ch09::class_weighted_cross_entropy(logits, {2, 0}, {7, 7, 7}), 0.7531091265562451, {2, 3});

  const arma::mat z = {{0.5, -1.2, 2.0, 0.3}, {1.5, 0.2, -0.7, -2.0}, {-0.3, 0.8, 0.1, 1.1},
                       {2.2, -0.5, 0.0, 0.4}, {-1.0, -1.5, 2.5, 0.7},  {0.9, 1.9, -0.2, -1.1}};
  const arma::uvec labels = {0, 1, 2, 3, 3, 1};
  nn::grade::require_value("class_weighted_cross_entropy of 6 rows, weights (0.5, 4, 1, 2.5)",
                           ch09::class_weighted_cross_entropy(z, labels, {0.5, 4.0, 1.0, 2.5}), 1.470712632055192,
                           {6, 4});
  nn::grade::require_value("class_weighted_cross_entropy of 6 rows, weights all 1",
                           ch09::class_weighted_cross_entropy(z, labels, {1, 1, 1, 1}), 1.6487866329253766, {6, 4});
  // The mean divides by the weights: scaling them all by 10 changes nothing.
  nn::grade::require_value("class_weighted_cross_entropy of 6 rows, weights (5, 40, 10, 25)",
                           ch09::class_weighted_cross_entropy(z, labels, {5.0, 40.0, 10.0, 25.0}), 1.470712632055192,
                           {6, 4});
  // Logits 1000 apart: (2 * 1000 + 2 * 0) / 4 and (1 * 0 + 3 * 1000) / 4
  const arma::mat huge = {{1000.0, 0.0, -1000.0}, {0.0, 1000.0, 0.0}};
  nn::grade::require_value("class_weighted_cross_entropy of logits 1000 apart, labels (1, 1)",
                           ch09::class_weighted_cross_entropy(huge, {1, 1}, {1, 2, 3}), 500.0, {2, 3});
  nn::grade::require_value("class_weighted_cross_entropy of logits 1000 apart, labels (0, 2)",
                           ch09::class_weighted_cross_entropy(huge, {0, 2}, {1, 2, 3}), 750.0, {2, 3});
}

namespace {

// The scales and NLLs of scipy.stats, the location fixed at 0:
//   s = stats.norm.fit(e, floc=0)[1]; b = stats.laplace.fit(e, floc=0)[1]
//   -stats.norm(0, s).logpdf(e).sum() and -stats.laplace(0, b).logpdf(e).sum()
void require_fit(const std::string& what, const arma::mat& errors, const ch09::NoiseFit& expected) {
  const ch09::NoiseFit got = ch09::fit_noise(errors, arma::zeros(arma::size(errors)));
  const nn::grade::DataShape shape{errors.n_rows, errors.n_cols};
  nn::grade::require_value(what + ": the Gaussian's sigma", got.gaussian_sigma, expected.gaussian_sigma, shape);
  nn::grade::require_value(what + ": the Gaussian NLL", got.gaussian_nll, expected.gaussian_nll, shape);
  nn::grade::require_value(what + ": the Laplace scale b", got.laplace_scale, expected.laplace_scale, shape);
  nn::grade::require_value(what + ": the Laplace NLL", got.laplace_nll, expected.laplace_nll, shape);
}

}  // namespace

TEST_CASE("Exercise 9.4: fit_noise", "[exercise]") {
  require_fit("errors (1, -1, 2, -2)", arma::colvec{1, -1, 2, -2},
              {1.5811388300841898, 7.508335596567, 1.5, 8.394449154672438});
  require_fit("errors of a 2x3 batch", arma::mat{{0.5, -1, 2}, {1.5, 0, -0.5}},
              {1.136515141415488, 9.281431321639637, 0.9166666666666666, 9.636814821421893});
  // Errors of one size favour the Gaussian; small errors and one outlier, heavy tails, the Laplace.
  require_fit("errors (1, -1, 1, -1, 1, -1)", arma::colvec{1, -1, 1, -1, 1, -1}, {1.0, 8.513631199228035, 1.0,
                                                                                     10.15888308335967});
  require_fit("small errors and an outlier of 10", arma::colvec{0.1, -0.2, 0.1, 0.0, -0.1, 0.2, 0.1, -0.1, 10.0},
              {3.33549929629067, 23.612048238567763, 1.2111111111111112, 16.962168532129414});

  // The NLLs returned are those of the likelihood functions at the scales returned, and no
  // nearby scale does better.
  nn::Random random(94);
  const arma::mat target = random.normal_matrix(5, 3);
  const arma::mat prediction = target + random.normal_matrix(5, 3, 0.0, 2.0);
  const ch09::NoiseFit fit = ch09::fit_noise(prediction, target);
  nn::grade::require_value("the Gaussian NLL against nn::gaussian_nll at its sigma", fit.gaussian_nll,
                           nn::gaussian_nll(prediction, target, fit.gaussian_sigma), {5, 3});
  nn::grade::require_value("the Laplace NLL against nn::laplace_nll at its b", fit.laplace_nll,
                           nn::laplace_nll(prediction, target, fit.laplace_scale), {5, 3});
  for (const double factor : {0.99, 1.01}) {
    const std::string scaled = std::to_string(factor) + " times the scale";
    nn::grade::require_value(
        "the Gaussian NLL, the lower of its value and its value at " + scaled, fit.gaussian_nll,
        std::min(fit.gaussian_nll, nn::gaussian_nll(prediction, target, factor * fit.gaussian_sigma)), {5, 3});
    nn::grade::require_value(
        "the Laplace NLL, the lower of its value and its value at " + scaled, fit.laplace_nll,
        std::min(fit.laplace_nll, nn::laplace_nll(prediction, target, factor * fit.laplace_scale)), {5, 3});
  }

  nn::grade::require_invalid_argument("shapes 2x1 and 1x2", [] { ch09::fit_noise(arma::mat(2, 1), arma::mat(1, 2)); });
  nn::grade::require_invalid_argument("empty matrices", [] { ch09::fit_noise(arma::mat(), arma::mat()); });
  nn::grade::require_invalid_argument("every error 0", [] { ch09::fit_noise(arma::mat{{1, 2}}, arma::mat{{1, 2}}); });
}
