// Grading the chapter 5 exercises against values computed with numpy (float64): the binary
// cross-entropy on logits as numpy.logaddexp(0, z) - z * y, the softmax cross-entropy as
// log-sum-exp minus the label's logit, its gradient as (softmax - one_hot) / N; and the softmax's
// backward pass by finite differences of a loss that no exercise asks for.
#include <catch2/catch.hpp>
#include <cmath>

#include "exercises.hpp"
#include "grading.hpp"

namespace {

// Each row's exponentials over their sum, shifted by the row's maximum.
arma::mat softmax(const arma::mat& z) {
  arma::mat e = arma::exp(z.each_col() - arma::max(z, 1));
  e.each_col() /= arma::sum(e, 1);
  return e;
}

const nn::grade::Tolerance numpy_digits{1e-12, 1e-15};

// Two samples, three classes (the chapter's example), and five samples of four classes.
const arma::mat logits = {{2.0, 1.0, 0.1}, {0.5, 2.5, -1.0}};
const arma::uvec labels = {0, 2};
const arma::mat logits_4 = {
    {0.2, -1.0, 3.0, 0.5}, {1.0, 1.0, 1.0, 1.0}, {-2.0, 4.0, 0.0, 1.5}, {0.3, 0.1, -0.4, 2.2}, {5.0, -3.0, 0.0, 1.0}};
const arma::uvec labels_4 = {2, 0, 1, 3, 1};

}  // namespace

TEST_CASE("Exercise 5.1: bce_with_logits", "[exercise]") {
  nn::grade::require_value("bce_with_logits({{0, 0}}, {{1, 0}}): log 2",
                           ch05::bce_with_logits({{0.0, 0.0}}, {{1.0, 0.0}}), std::log(2.0), {1, 2}, numpy_digits);
  const arma::mat z = {{0.5, -2.0, 3.0}, {1.5, 0.0, -0.5}, {-4.0, 1.0, 0.25}, {2.0, 0.5, -1.0}};
  const arma::mat y = {{1.0, 0.0, 1.0}, {0.0, 0.3, 1.0}, {0.0, 1.0, 0.5}, {1.0, 0.0, 0.0}};
  nn::grade::require_value("bce_with_logits on a 4x3 batch", ch05::bce_with_logits(z, y), 0.5387372922979837, {4, 3},
                           numpy_digits);
  // Each term costs |z| when the sign of z is wrong, and 0 when it is right: naive formulas
  // give infinity or NaN here.
  nn::grade::require_value("bce_with_logits({{1000, -1000, -1000}}, {{0, 1, 0}})",
                           ch05::bce_with_logits({{1000.0, -1000.0, -1000.0}}, {{0.0, 1.0, 0.0}}), 2000.0 / 3.0,
                           {1, 3}, numpy_digits);
  nn::grade::require_value("bce_with_logits({{-1000, 1000}}, {{0, 1}}): both right",
                           ch05::bce_with_logits({{-1000.0, 1000.0}}, {{0.0, 1.0}}), 0.0, {1, 2});
  nn::grade::require_invalid_argument("shapes 2x3 and 3x2",
                                      [] { ch05::bce_with_logits(arma::mat(2, 3), arma::mat(3, 2)); });
  nn::grade::require_invalid_argument("empty matrices", [] { ch05::bce_with_logits(arma::mat(), arma::mat()); });
}

TEST_CASE("Exercise 5.2: softmax_cross_entropy", "[exercise]") {
  nn::grade::require_value("softmax_cross_entropy of the chapter's two samples",
                           ch05::softmax_cross_entropy(logits, labels), 2.035104111700061, {2, 3}, numpy_digits);
  nn::grade::require_value("softmax_cross_entropy of five samples of four classes",
                           ch05::softmax_cross_entropy(logits_4, labels_4), 1.9912226168093583, {5, 4}, numpy_digits);
  // Sample 1 costs 1000, sample 2 costs log(1 + e^-1000), which rounds to 0.
  nn::grade::require_value("softmax_cross_entropy({{1000, 0}, {0, 1000}}, {1, 1})",
                           ch05::softmax_cross_entropy({{1000.0, 0.0}, {0.0, 1000.0}}, arma::uvec{1, 1}), 500.0, {2, 2},
                           numpy_digits);
  // log(e^1000 + e^999 + e^-1000) - 999 = 1 + log(1 + e^-1)
  nn::grade::require_value("softmax_cross_entropy({{1000, 999, -1000}}, {1})",
                           ch05::softmax_cross_entropy({{1000.0, 999.0, -1000.0}}, arma::uvec{1}), 1.3132616875182066,
                           {1, 3}, numpy_digits);
  nn::grade::require_invalid_argument("label 3 of 3 classes",
                                      [] { ch05::softmax_cross_entropy(logits, arma::uvec{0, 3}); });
  nn::grade::require_invalid_argument("one label for two samples",
                                      [] { ch05::softmax_cross_entropy(logits, arma::uvec{0}); });
  nn::grade::require_invalid_argument("empty logits", [] { ch05::softmax_cross_entropy(arma::mat(), arma::uvec()); });
}

TEST_CASE("Exercise 5.3: softmax_cross_entropy_gradient", "[exercise]") {
  nn::grade::require_matrix("softmax_cross_entropy_gradient of the chapter's two samples",
                            ch05::softmax_cross_entropy_gradient(logits, labels),
                            {{-0.170499430557016, 0.12121648535235699, 0.0492829452046591},
                             {0.058057267337070576, 0.4289884053042286, -0.4870456726412992}},
                            {2, 3}, numpy_digits);
  nn::grade::require_matrix(
      "softmax_cross_entropy_gradient of five samples of four classes",
      ch05::softmax_cross_entropy_gradient(logits_4, labels_4),
      {{0.01047356222570099, 0.003154576320483418, -0.027765968763242242, 0.014137830217057803},
       {-0.15, 0.049999999999999996, 0.049999999999999996, 0.049999999999999996},
       {0.00044950557601129286, -0.018656507801507183, 0.0033214219179295785, 0.014885580307566284},
       {0.022219233737386324, 0.018191569970626015, 0.011033744935492326, -0.05144454864350467},
       {0.19504791892355913, -0.199934568712551, 0.0013142225399888606, 0.003572427249003011}},
      {5, 4}, numpy_digits);
  nn::grade::require_matrix("softmax_cross_entropy_gradient({{1000, 0}, {0, -1000}}, {1, 1})",
                            ch05::softmax_cross_entropy_gradient({{1000.0, 0.0}, {0.0, -1000.0}}, arma::uvec{1, 1}),
                            {{0.5, -0.5}, {0.5, -0.5}}, {2, 2}, numpy_digits);
  nn::grade::require_invalid_argument("label 3 of 3 classes",
                                      [] { ch05::softmax_cross_entropy_gradient(logits, arma::uvec{0, 3}); });
}

TEST_CASE("Exercise 5.4: softmax_backward", "[exercise]") {
  const arma::mat z = {{0.2, -1.0, 3.0}, {1.0, 1.0, 1.0}, {-2.0, 4.0, 0.0}, {0.3, 0.1, -0.4}};
  const arma::mat s = softmax(z);
  // L = sum of weight % softmax(z): a loss whose gradient at the probabilities is `weight`.
  const arma::mat weight = {{1.0, -2.0, 0.5}, {0.3, 0.0, -1.0}, {2.0, 1.5, -0.5}, {-1.0, 4.0, 0.2}};
  nn::grade::require_gradient("softmax_backward(s, weight) for L = sum(weight % softmax(z))",
                              [&](const arma::mat& x) { return arma::accu(weight % softmax(x)); }, z,
                              ch05::softmax_backward(s, weight), {4, 3});
  // A loss that moves every probability of a row alike cannot change their sum of 1: no gradient.
  nn::grade::require_matrix("softmax_backward(s, ones)", ch05::softmax_backward(s, arma::ones(4, 3)),
                            arma::zeros(4, 3), {4, 3}, {0.0, 1e-15});
  // The chapter's claim: cross-entropy's gradient at the probabilities, -Y / S, becomes S - Y at
  // the logits; with label smoothing 0.1, S - Q for Q = 0.9 Y + 0.1 / 3.
  const arma::mat Y = {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  nn::grade::require_matrix("softmax_backward(s, -Y / s): the error vector s - Y", ch05::softmax_backward(s, -Y / s),
                            s - Y, {4, 3}, numpy_digits);
  const arma::mat Q = 0.9 * Y + 0.1 / 3.0;
  nn::grade::require_matrix("softmax_backward(s, -Q / s), Q smoothed by 0.1: s - Q", ch05::softmax_backward(s, -Q / s),
                            s - Q, {4, 3}, numpy_digits);
  nn::grade::require_invalid_argument("the logits passed instead of the probabilities",
                                      [&] { ch05::softmax_backward(z, weight); });
  nn::grade::require_invalid_argument("shapes 4x3 and 3x4", [&] { ch05::softmax_backward(s, weight.t()); });
}
