// The cross-entropy losses against hand-computed values, PyTorch's definitions, long double
// references, finite differences, and the extreme logits where the naive formulas fail.
#include <catch2/catch.hpp>

#include <cmath>
#include <initializer_list>
#include <string>
#include <vector>

#include "nn/activations/sigmoid.hpp"
#include "nn/activations/softmax.hpp"
#include "nn/core/checks.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/core/random.hpp"
#include "nn/losses/binary_cross_entropy.hpp"
#include "nn/losses/make_loss.hpp"
#include "nn/losses/mse.hpp"
#include "nn/losses/softmax_cross_entropy.hpp"

namespace {

using nn::Reduction;

const std::vector<Reduction> all_reductions = {Reduction::mean, Reduction::sum, Reduction::none};

bool close(const arma::mat& a, const arma::mat& b, double tolerance = 1e-15) {
  return arma::approx_equal(a, b, "both", tolerance, tolerance);
}

arma::mat column(std::initializer_list<double> values) { return arma::colvec(values); }

// A single sample's target: one class index (or, for one class, one probability).
arma::mat label(double value) { return arma::mat(1, 1, arma::fill::value(value)); }

// The function a gradient check differentiates: the reduced loss, or for `none` the sum of
// the terms, whose gradient is what gradient() returns then.
double reduced(const nn::Loss& loss, const arma::mat& prediction, const arma::mat& target) {
  return loss.reduction() == Reduction::none ? arma::accu(loss.terms(prediction, target))
                                             : loss.value(prediction, target);
}

nn::GradientCheck check_loss_gradient(const nn::Loss& loss, const arma::mat& prediction, const arma::mat& target) {
  const auto f = [&](const arma::mat& p) { return reduced(loss, p, target); };
  return nn::check_gradient(f, prediction, loss.gradient(prediction, target));
}

// Whether every element of a gradient check agrees. Central differences carry a rounding error
// of about eps |f| / h, some 1e-9 here, so an element whose gradient is itself close to 0
// (a prediction close to its target) cannot agree to 1e-7 relatively; it passes when it
// agrees to 1e-8 absolutely, still far below any gradient a wrong formula would give.
bool agrees(const nn::GradientCheck& check) {
  for (arma::uword i = 0; i < check.analytic.n_elem; ++i) {
    const double difference = std::abs(check.analytic(i) - check.numerical(i));
    if (check.relative_error(i) > 1e-7 && difference > 1e-8) return false;
  }
  return true;
}

// Random rows of class probabilities (each row sums to 1).
arma::mat random_distributions(nn::Random& random, arma::uword rows, arma::uword classes) {
  arma::mat p = random.uniform_matrix(rows, classes, 0.05, 1.0);
  p.each_col() /= arma::sum(p, 1);
  return p;
}

// Random class indices from 0 to classes - 1, one per row.
arma::mat random_indices(nn::Random& random, arma::uword rows, arma::uword classes) {
  return arma::floor(random.uniform_matrix(rows, 1, 0.0, static_cast<double>(classes)));
}

// Softmax cross-entropy of one row in long double, straight from the definition
// -sum_j q_j log(e^{z_j} / sum_k e^{z_k}): an independent route for moderate logits.
double naive_cross_entropy(const arma::rowvec& z, const arma::rowvec& q) {
  long double total = 0.0L;
  for (const double zk : z) total += std::exp(static_cast<long double>(zk));
  long double loss = 0.0L;
  for (arma::uword j = 0; j < z.n_elem; ++j) {
    loss -= static_cast<long double>(q(j)) * std::log(std::exp(static_cast<long double>(z(j))) / total);
  }
  return static_cast<double>(loss);
}

}  // namespace

// --- BinaryCrossEntropy (on probabilities) ---

TEST_CASE("BCE by hand", "[cross_entropy]") {
  const arma::mat p = column({0.8, 0.8}), y = column({1.0, 0.0});
  const nn::BinaryCrossEntropy none(Reduction::none);
  // -log 0.8 = 0.2231435513142097 and -log(1 - 0.8) = -log 0.2 = 1.6094379124341003.
  CHECK(close(none.terms(p, y), column({0.2231435513142097, 1.6094379124341003})));
  CHECK(nn::BinaryCrossEntropy().value(p, y) == Approx(0.916290731874155));  // their mean
  CHECK(nn::BinaryCrossEntropy(Reduction::sum).value(p, y) == Approx(1.8325814637483100));
  // (p - y) / (p (1 - p)) / N: (0.8 - 1) / 0.16 / 2 = -0.625 and (0.8 - 0) / 0.16 / 2 = 2.5.
  CHECK(close(nn::BinaryCrossEntropy().gradient(p, y), column({-0.625, 2.5}), 1e-14));
  // A soft target: at p = 0.5 both logs are log 0.5, so any y costs log 2.
  CHECK(none.terms(column({0.5}), column({0.25}))(0) == Approx(0.6931471805599453));
}

TEST_CASE("BCE clamps each log at -100, as PyTorch does, and its gradient stays finite", "[cross_entropy]") {
  const nn::BinaryCrossEntropy none(Reduction::none);
  const arma::mat p = column({0.0, 1.0, 0.0, 1.0, 0.0, 1e-50});
  const arma::mat y = column({1.0, 0.0, 0.0, 1.0, 0.5, 1.0});
  // log 0 = -inf is clamped to -100: y = 1 at p = 0 costs 100 and y = 0 at p = 1 costs 100;
  // a right answer costs 0 (0 * clamped log, not 0 * -inf = NaN); y = 0.5 at p = 0 costs 0.5 * 100;
  // log(1e-50) = -115.1 is clamped too.
  CHECK(close(none.terms(p, y), column({100.0, 100.0, 0.0, 0.0, 50.0, 100.0})));
  // The gradient (p - y) / max(p (1 - p), 1e-12): finite, +-1e12 when wrong, and 0 when right
  // (as PyTorch returns, though -log(1 - p) leaves p = 0 with slope 1).
  const arma::mat gradient = none.gradient(p, y);
  CHECK(gradient.is_finite());
  CHECK(close(gradient.head_rows(5), column({-1e12, 1e12, 0.0, 0.0, -0.5e12}), 1e-15));
  CHECK(gradient(5) == Approx(-1e12));  // (1e-50 - 1) / 1e-12
}

TEST_CASE("BCE agrees with a long double reference", "[cross_entropy]") {
  nn::Random random(31);
  const arma::mat p = random.uniform_matrix(5, 3, 0.01, 0.99), y = random.uniform_matrix(5, 3, 0.0, 1.0);
  const arma::mat terms = nn::BinaryCrossEntropy(Reduction::none).terms(p, y);
  for (arma::uword i = 0; i < p.n_elem; ++i) {
    const long double pl = p(i), yl = y(i);
    const long double reference = -(yl * std::log(pl) + (1.0L - yl) * std::log(1.0L - pl));
    CHECK(terms(i) == Approx(static_cast<double>(reference)).epsilon(1e-14));
  }
}

// --- BinaryCrossEntropyWithLogits ---

TEST_CASE("BCE with logits is BCE of the sigmoid, and agrees with a long double reference", "[cross_entropy]") {
  nn::Random random(32);
  const arma::mat z = random.uniform_matrix(6, 2, -20.0, 20.0), y = random.uniform_matrix(6, 2, 0.0, 1.0);
  const arma::mat terms = nn::BinaryCrossEntropyWithLogits(Reduction::none).terms(z, y);
  for (arma::uword i = 0; i < z.n_elem; ++i) {
    // sigma(z) and 1 - sigma(z) = sigma(-z), each from its own exponential so neither is a
    // difference of nearly equal numbers.
    const long double zl = z(i), yl = y(i);
    const long double s = 1.0L / (1.0L + std::exp(-zl)), not_s = 1.0L / (1.0L + std::exp(zl));
    const long double reference = -(yl * std::log(s) + (1.0L - yl) * std::log(not_s));
    INFO("z = " << z(i) << ", y = " << y(i));
    CHECK(terms(i) == Approx(static_cast<double>(reference)).epsilon(1e-12));
  }
  // Where sigmoid(z) is comfortably inside (0, 1), going through probabilities gives the same.
  const arma::mat moderate = z / 4.0;  // |z| <= 5
  CHECK(close(nn::BinaryCrossEntropyWithLogits().gradient(moderate, y),
              nn::BinaryCrossEntropy().gradient(nn::Sigmoid().value(moderate), y) %
                  nn::Sigmoid().derivative(moderate),
              1e-12));
  CHECK(nn::BinaryCrossEntropyWithLogits().value(moderate, y) ==
        Approx(nn::BinaryCrossEntropy().value(nn::Sigmoid().value(moderate), y)).epsilon(1e-12));
}

TEST_CASE("BCE with logits by hand: z = 0 costs log 2 and has gradient 1/2 - y", "[cross_entropy]") {
  const nn::BinaryCrossEntropyWithLogits sum(Reduction::sum);
  CHECK(sum.value(column({0.0}), column({1.0})) == Approx(0.6931471805599453));  // max(0,0) - 0 + log(1 + 1)
  CHECK(close(sum.gradient(column({0.0, 0.0}), column({1.0, 0.0})), column({-0.5, 0.5})));  // sigma(0) - y
}

TEST_CASE("extreme logits: the stable forms are finite and right where the naive ones are not", "[cross_entropy]") {
  const arma::mat z = column({1000.0, -1000.0, 1000.0, -1000.0}), y = column({1.0, 1.0, 0.0, 0.0});
  // Naively in double: sigma(-1000) = 1 / (1 + e^1000) = 0, so log sigma(-1000) = -inf; and at
  // z = 1000, y = 1 the unused term (1 - y) log(1 - sigma(z)) is 0 * -inf = NaN.
  const auto naive_sigmoid = [](double x) { return 1.0 / (1.0 + std::exp(-x)); };
  const auto naive_bce = [&](double x, double t) {
    return -(t * std::log(naive_sigmoid(x)) + (1.0 - t) * std::log(1.0 - naive_sigmoid(x)));
  };
  CHECK(std::isinf(std::log(naive_sigmoid(-1000.0))));
  CHECK(std::isnan(naive_bce(1000.0, 1.0)));
  CHECK(std::isinf(naive_bce(-1000.0, 1.0)));
  // Stable: max(z, 0) - z y + log(1 + e^{-|z|}) = 0, 1000, 1000, 0.
  const nn::BinaryCrossEntropyWithLogits none(Reduction::none);
  CHECK(close(none.terms(z, y), column({0.0, 1000.0, 1000.0, 0.0}), 0.0));
  CHECK(close(none.gradient(z, y), column({0.0, -1.0, 1.0, 0.0}), 0.0));  // sigma(z) - y
  // BCE on the probabilities sigma(z) = 1, 0, 1, 0 is finite too, but the clamp caps it at 100.
  CHECK(close(nn::BinaryCrossEntropy(Reduction::none).terms(nn::Sigmoid().value(z), y),
              column({0.0, 100.0, 100.0, 0.0}), 0.0));
  // Softmax cross-entropy: log s = z - max - log sum e^{z - max} = (0, -1000, -2000).
  const arma::mat logits = {{1000.0, 0.0, -1000.0}};
  const nn::SoftmaxCrossEntropy ce;
  CHECK(ce.value(logits, label(2.0)) == 2000.0);
  CHECK(ce.value(logits, label(0.0)) == 0.0);
  CHECK(close(ce.gradient(logits, label(2.0)), arma::mat{{1.0, 0.0, -1.0}}, 0.0));  // s - q
  CHECK(std::isinf(std::log(std::exp(-1000.0) / (std::exp(1000.0) + 1.0))));  // the naive log(softmax)
}

// --- the logits' gradient is p - y ---

TEST_CASE("sigmoid + BCE and softmax + CE give p - y at the logits; MSE keeps the sigmoid's slope", "[cross_entropy]") {
  nn::Random random(33);
  const arma::mat z = random.uniform_matrix(5, 1, -4.0, 4.0), y = column({1.0, 0.0, 1.0, 1.0, 0.0});
  const arma::mat p = nn::Sigmoid().value(z);
  // Chain rule through the sigmoid: dL/dp * p (1 - p) = p - y (sum reduction: no 1/N).
  const arma::mat through_sigmoid = nn::BinaryCrossEntropy(Reduction::sum).gradient(p, y) %
                                    nn::Sigmoid().derivative_from_output(p);
  CHECK(close(through_sigmoid, p - y, 1e-12));
  // Chain rule through the softmax: dL/ds = -q / s, then its backward pass gives s - q.
  const arma::mat logits = random.normal_matrix(3, 4), labels = column({0.0, 3.0, 1.0});
  const nn::SoftmaxCrossEntropy ce(0.0, Reduction::sum);
  const arma::mat s = nn::Softmax().value(logits), q = ce.target_distribution(logits, labels);
  CHECK(close(nn::Softmax().backward(s, -q / s), s - q, 1e-12));
  CHECK(close(ce.gradient(logits, labels), s - q, 1e-15));
  // A saturated, wrong neuron: z = -10 with y = 1. Cross-entropy's gradient is p - y = -0.99995;
  // MSE's is 2 (p - y) p (1 - p) = -9.1e-5, about 11000 times smaller: the learning slowdown.
  const arma::mat stuck = column({-10.0}), one = column({1.0});
  const double p_stuck = nn::Sigmoid().value(stuck)(0);
  const double ce_slope = nn::BinaryCrossEntropyWithLogits().gradient(stuck, one)(0);
  const double mse_slope =
      nn::MeanSquaredError().gradient(nn::Sigmoid().value(stuck), one)(0) * nn::Sigmoid().derivative(stuck)(0);
  CHECK(ce_slope == Approx(p_stuck - 1.0));
  CHECK(mse_slope == Approx(2.0 * (p_stuck - 1.0) * p_stuck * (1.0 - p_stuck)));
  CHECK(std::abs(ce_slope / mse_slope) > 10000.0);
}

// --- SoftmaxCrossEntropy ---

TEST_CASE("softmax cross-entropy by hand", "[cross_entropy]") {
  // Four equal logits: s = 1/4 each, so any target costs -log(1/4) = log 4 = 1.3862943611198906,
  // and the gradient s - q is 1/4 everywhere but -3/4 at the target.
  const arma::mat equal(1, 4, arma::fill::zeros);
  CHECK(nn::SoftmaxCrossEntropy().value(equal, label(3.0)) == Approx(1.3862943611198906));
  CHECK(close(nn::SoftmaxCrossEntropy().gradient(equal, label(3.0)), arma::mat{{0.25, 0.25, 0.25, -0.75}}));
  // Logits (1, 2, 3), class 2: -log(e^3 / (e + e^2 + e^3)) = log(1 + e^-1 + e^-2) = 0.4076059644443804.
  CHECK(nn::SoftmaxCrossEntropy().value(arma::mat{{1.0, 2.0, 3.0}}, label(2.0)) == Approx(0.4076059644443804));
}

TEST_CASE("softmax cross-entropy agrees with a long double reference, both target forms", "[cross_entropy]") {
  nn::Random random(34);
  const arma::mat logits = random.normal_matrix(5, 4, 0.0, 3.0);
  const arma::mat labels = random_indices(random, 5, 4), soft = random_distributions(random, 5, 4);
  for (const double smoothing : {0.0, 0.1}) {
    const nn::SoftmaxCrossEntropy none(smoothing, Reduction::none);
    const arma::mat from_labels = none.terms(logits, labels), from_soft = none.terms(logits, soft);
    REQUIRE(arma::size(from_labels) == arma::size(5, 1));  // one loss per sample
    for (arma::uword n = 0; n < 5; ++n) {
      arma::rowvec hot(4, arma::fill::zeros);
      hot(static_cast<arma::uword>(labels(n))) = 1.0;
      const arma::rowvec q_hot = (1.0 - smoothing) * hot + smoothing / 4.0;
      const arma::rowvec q_soft = (1.0 - smoothing) * soft.row(n) + smoothing / 4.0;
      INFO("row " << n << ", label smoothing " << smoothing);
      CHECK(from_labels(n) == Approx(naive_cross_entropy(logits.row(n), q_hot)).epsilon(1e-13));
      CHECK(from_soft(n) == Approx(naive_cross_entropy(logits.row(n), q_soft)).epsilon(1e-13));
    }
  }
}

TEST_CASE("class-index targets give what one-hot targets give", "[cross_entropy]") {
  nn::Random random(35);
  const arma::mat logits = random.normal_matrix(6, 3);
  const arma::mat labels = random_indices(random, 6, 3);
  const arma::mat hot = nn::one_hot(arma::conv_to<arma::uvec>::from(labels), 3);
  for (const double smoothing : {0.0, 0.2, 1.0}) {
    for (const Reduction reduction : all_reductions) {
      const nn::SoftmaxCrossEntropy loss(smoothing, reduction);
      INFO("label smoothing " << smoothing << ", reduction " << nn::to_string(reduction));
      CHECK(close(loss.terms(logits, labels), loss.terms(logits, hot), 1e-15));
      CHECK(close(loss.gradient(logits, labels), loss.gradient(logits, hot), 1e-15));
      CHECK(close(loss.target_distribution(logits, labels), loss.target_distribution(logits, hot), 1e-15));
    }
  }
}

TEST_CASE("label smoothing mixes the target with the uniform distribution, as PyTorch does", "[cross_entropy]") {
  const arma::mat logits = {{0.5, -1.0, 2.0, 0.0}};
  // eps = 0.2, C = 4: q = 0.8 y + 0.05, so class 1 gets 0.85 and the others 0.05.
  CHECK(close(nn::SoftmaxCrossEntropy(0.2).target_distribution(logits, label(1.0)),
              arma::mat{{0.05, 0.85, 0.05, 0.05}}, 1e-15));
  // Probability targets are smoothed by the same formula.
  CHECK(close(nn::SoftmaxCrossEntropy(0.2).target_distribution(logits, arma::mat{{0.5, 0.5, 0.0, 0.0}}),
              arma::mat{{0.45, 0.45, 0.05, 0.05}}, 1e-15));
  // PyTorch computes index targets as (1 - eps) * (plain loss) + eps / C * (-sum_j log s_j): the same number.
  const arma::mat log_s = nn::Softmax().log_value(logits);
  const double plain = nn::SoftmaxCrossEntropy().value(logits, label(1.0));
  CHECK(nn::SoftmaxCrossEntropy(0.2).value(logits, label(1.0)) ==
        Approx(0.8 * plain + 0.2 / 4.0 * -arma::accu(log_s)));
  // eps = 1: the target no longer matters.
  CHECK(nn::SoftmaxCrossEntropy(1.0).value(logits, label(0.0)) ==
        Approx(nn::SoftmaxCrossEntropy(1.0).value(logits, label(3.0))));
}

TEST_CASE("class weights as PyTorch's weight=: the mean of index targets divides by their weights", "[cross_entropy]") {
  // Logits (1, 2, 3) of class 2 and (0, 0, 0) of class 0, weights (1, 2, 3):
  // l_1 = 3 log(1 + e^-1 + e^-2) = 1.2228178933331408, l_2 = 1 log 3 = 1.0986122886681098,
  // and the mean divides their sum by w_2 + w_0 = 4, not by N = 2.
  const arma::mat logits = {{1.0, 2.0, 3.0}, {0.0, 0.0, 0.0}};
  const arma::mat labels = column({2.0, 0.0});
  const nn::SoftmaxCrossEntropy weighted({.weight = {1.0, 2.0, 3.0}});
  CHECK(weighted.value(logits, labels) == Approx(0.5803575455003127).epsilon(1e-15));
  CHECK(close(nn::SoftmaxCrossEntropy({.weight = {1.0, 2.0, 3.0}, .reduction = Reduction::none}).terms(logits, labels),
              column({1.2228178933331408, 1.0986122886681098}), 1e-15));
  CHECK(nn::SoftmaxCrossEntropy({.weight = {1.0, 2.0, 3.0}, .reduction = Reduction::sum}).value(logits, labels) ==
        Approx(1.2228178933331408 + 1.0986122886681098).epsilon(1e-15));
  // The gradient of each row is w_{y_n} (s_n - y_n), over the same 4.
  CHECK(close(weighted.gradient(logits, labels),
              arma::mat{{0.06752292987778535, 0.18354635329109825, -0.25106928316888355},
                        {-0.16666666666666669, 0.08333333333333333, 0.08333333333333333}},
              1e-15));
  // Probability targets: l_n = -sum_c w_c y_nc log s_nc, and the mean divides by N (PyTorch's documented rule),
  // so one-hot rows give the weighted sum over 2 where their indices give it over 4.
  const arma::mat hot = nn::one_hot(arma::uvec{2, 0}, 3);
  CHECK(weighted.value(logits, hot) == Approx(1.1607150910006254).epsilon(1e-15));
  // Equal weights change nothing under the mean of index targets; weights of 1 change nothing at all.
  CHECK(nn::SoftmaxCrossEntropy({.weight = {5.0, 5.0, 5.0}}).value(logits, labels) ==
        Approx(nn::SoftmaxCrossEntropy().value(logits, labels)).epsilon(1e-15));
  CHECK(close(nn::SoftmaxCrossEntropy({.weight = {1.0, 1.0, 1.0}}).gradient(logits, hot),
              nn::SoftmaxCrossEntropy().gradient(logits, hot), 1e-15));
  // With label smoothing, index targets follow PyTorch's (1 - eps) weighted loss + eps / C sum_c w_c (-log s_c),
  // both over sum_n w_{y_n}.
  const nn::SoftmaxCrossEntropy smoothed({.label_smoothing = 0.2, .weight = {1.0, 2.0, 3.0}});
  const arma::mat log_s = nn::Softmax().log_value(logits);
  const double smooth = -arma::accu(log_s.each_row() % arma::rowvec{1.0, 2.0, 3.0}) / 4.0;
  CHECK(smoothed.value(logits, labels) == Approx(0.8 * 0.5803575455003127 + 0.2 / 3.0 * smooth).epsilon(1e-14));
}

TEST_CASE("class weights: the gradient matches finite differences; bad weights are refused", "[cross_entropy][gradient]") {
  nn::Random random(40);
  const arma::rowvec weight = {0.5, 4.0, 1.5, 0.0};
  for (const Reduction reduction : all_reductions) {
    for (const double smoothing : {0.0, 0.1}) {
      const arma::mat logits = random.normal_matrix(6, 4, 0.0, 2.0);
      const arma::mat labels = column({0, 1, 2, 3, 1, 0});
      const nn::SoftmaxCrossEntropy loss({.label_smoothing = smoothing, .weight = weight, .reduction = reduction});
      for (const arma::mat& target : {labels, random_distributions(random, 6, 4)}) {
        INFO("reduction " << nn::to_string(reduction) << ", label smoothing " << smoothing);
        CHECK(agrees(check_loss_gradient(loss, logits, target)));
      }
    }
  }
  const arma::mat logits(2, 3, arma::fill::zeros);
  CHECK_THROWS_WITH(nn::SoftmaxCrossEntropy({.weight = {1.0, 2.0}}).value(logits, column({0.0, 1.0})),
                    "SoftmaxCrossEntropy::value: 2 class weights for 3 classes; give one weight per class");
  CHECK_THROWS_WITH(nn::SoftmaxCrossEntropy({.weight = {1.0, -2.0, 1.0}}),
                    Catch::Contains("a class weight must be finite and at least 0, got -2 for class 1"));
  CHECK_THROWS_WITH(nn::SoftmaxCrossEntropy({.weight = {0.0, 0.0, 1.0}}).value(logits, column({0.0, 1.0})),
                    Catch::Contains("the samples' classes weigh 0 in total"));
  CHECK_NOTHROW(nn::SoftmaxCrossEntropy({.weight = {0.0, 0.0, 1.0}, .reduction = Reduction::sum})
                    .value(logits, column({0.0, 1.0})));
}

TEST_CASE("softmax rows are distributions, so each sample's gradient sums to 0", "[cross_entropy]") {
  nn::Random random(36);
  const arma::mat logits = random.normal_matrix(5, 3, 0.0, 5.0);
  CHECK(close(arma::sum(nn::Softmax().value(logits), 1), arma::ones(5, 1), 1e-15));
  const arma::mat gradient = nn::SoftmaxCrossEntropy(0.1).gradient(logits, random_indices(random, 5, 3));
  CHECK(arma::abs(arma::sum(gradient, 1)).max() < 1e-15);  // sum_i (s_i - q_i) = 1 - 1
}

// --- reductions and gradient checks ---

TEST_CASE("reductions: BCE's mean is over elements, softmax cross-entropy's over samples", "[cross_entropy]") {
  nn::Random random(37);
  const arma::mat p = random.uniform_matrix(4, 3, 0.1, 0.9), y = random.uniform_matrix(4, 3, 0.0, 1.0);
  const arma::mat logits = random.normal_matrix(4, 3), labels = random_indices(random, 4, 3);
  struct Case {
    std::string name;
    arma::mat prediction, target;
    double divisor;            // what the mean divides by
    arma::SizeMat none_shape;  // the shape of terms()
  };
  const std::vector<Case> cases = {{"bce", p, y, 12.0, arma::size(4, 3)},
                                   {"bce-logits", logits, y, 12.0, arma::size(4, 3)},
                                   {"ce", logits, labels, 4.0, arma::size(4, 1)}};
  for (const Case& c : cases) {
    INFO(c.name);
    const auto mean = nn::make_loss(c.name, {Reduction::mean});
    const auto sum = nn::make_loss(c.name, {Reduction::sum});
    const auto none = nn::make_loss(c.name, {Reduction::none});
    CHECK(sum->value(c.prediction, c.target) == Approx(c.divisor * mean->value(c.prediction, c.target)));
    CHECK(close(sum->gradient(c.prediction, c.target), c.divisor * mean->gradient(c.prediction, c.target), 1e-14));
    CHECK(close(none->gradient(c.prediction, c.target), sum->gradient(c.prediction, c.target), 1e-15));
    CHECK(arma::size(none->terms(c.prediction, c.target)) == c.none_shape);
    CHECK(arma::accu(none->terms(c.prediction, c.target)) == Approx(sum->value(c.prediction, c.target)));
    CHECK_THROWS_WITH(none->value(c.prediction, c.target), Catch::Contains("reduction 'none'"));
  }
}

TEST_CASE("both binary cross-entropies' gradients match finite differences under every reduction",
          "[cross_entropy][gradient]") {
  nn::Random random(38);
  for (const Reduction reduction : all_reductions) {
    const arma::mat p = random.uniform_matrix(4, 3, 0.05, 0.95);
    const arma::mat y = random.uniform_matrix(4, 3, 0.0, 1.0);
    const arma::mat binary = arma::round(random.uniform_matrix(4, 3, 0.0, 1.0));
    const arma::mat z = random.normal_matrix(4, 3, 0.0, 3.0);
    for (const arma::mat& target : {y, binary}) {
      const nn::GradientCheck bce = check_loss_gradient(nn::BinaryCrossEntropy(reduction), p, target);
      const nn::GradientCheck logits = check_loss_gradient(nn::BinaryCrossEntropyWithLogits(reduction), z, target);
      INFO("reduction " << nn::to_string(reduction) << ": BCE " << bce.max_relative_error() << ", with logits "
                        << logits.max_relative_error());
      CHECK(agrees(bce));
      CHECK(agrees(logits));
    }
  }
  // The check can fail: the gradient of the sum offered as that of the mean.
  const arma::mat z = random.normal_matrix(4, 3), y = random.uniform_matrix(4, 3, 0.0, 1.0);
  const nn::BinaryCrossEntropyWithLogits mean;
  const auto f = [&](const arma::mat& x) { return mean.value(x, y); };
  CHECK_FALSE(agrees(nn::check_gradient(f, z, nn::BinaryCrossEntropyWithLogits(Reduction::sum).gradient(z, y))));
}

TEST_CASE("softmax cross-entropy's gradient matches finite differences: both targets, smoothing, reductions",
          "[cross_entropy][gradient]") {
  nn::Random random(39);
  for (const Reduction reduction : all_reductions) {
    for (const double smoothing : {0.0, 0.1, 1.0}) {
      const arma::mat logits = random.normal_matrix(5, 4, 0.0, 2.0);
      const arma::mat labels = random_indices(random, 5, 4);
      const arma::mat soft = random_distributions(random, 5, 4);
      const arma::mat unnormalised = random.uniform_matrix(5, 4, 0.0, 1.0);  // rows need not sum to 1
      const nn::SoftmaxCrossEntropy loss(smoothing, reduction);
      for (const arma::mat& target : {labels, soft, unnormalised}) {
        const nn::GradientCheck check = check_loss_gradient(loss, logits, target);
        INFO("reduction " << nn::to_string(reduction) << ", label smoothing " << smoothing << ", target "
                          << nn::shape_of(target) << ", largest relative error " << check.max_relative_error());
        CHECK(agrees(check));
      }
    }
  }
}

// --- the factory and validation ---

TEST_CASE("make_loss builds the cross-entropies with their options; the regression list is unchanged",
          "[cross_entropy]") {
  CHECK(nn::regression_loss_names() == std::vector<std::string>{"mse", "mae", "huber", "quantile"});
  CHECK(nn::classification_loss_names() == std::vector<std::string>{"bce", "bce-logits", "ce"});
  for (const std::string& name : nn::classification_loss_names()) {
    CHECK(nn::make_loss(name, {Reduction::sum})->name() == name);
    CHECK(nn::make_loss(name, {Reduction::sum})->reduction() == Reduction::sum);
  }
  nn::LossOptions options;
  CHECK(options.label_smoothing == 0.0);
  options.label_smoothing = 0.3;
  const auto ce = nn::make_loss("ce", options);
  REQUIRE(dynamic_cast<const nn::SoftmaxCrossEntropy*>(ce.get()) != nullptr);
  CHECK(dynamic_cast<const nn::SoftmaxCrossEntropy&>(*ce).label_smoothing() == 0.3);
  options.label_smoothing = 1.5;
  CHECK_THROWS_WITH(nn::make_loss("ce", options), Catch::Contains("label_smoothing must lie in [0, 1], got 1.5"));
}

TEST_CASE("BCE rejects probabilities and targets outside [0, 1]", "[cross_entropy][errors]") {
  const nn::BinaryCrossEntropy bce;
  CHECK_THROWS_WITH(bce.value(column({0.5, 1.2}), column({1.0, 0.0})),
                    Catch::Contains("BinaryCrossEntropy::value: prediction (2x1) holds 1.2 at row 2, column 1") &&
                        Catch::Contains("BinaryCrossEntropyWithLogits"));
  CHECK_THROWS_WITH(bce.gradient(column({0.5}), column({-0.1})),
                    Catch::Contains("BinaryCrossEntropy::gradient: target (1x1) holds -0.1"));
  CHECK_THROWS_WITH(bce.terms(column({0.5, 0.5}), arma::mat{{1.0, 0.0}}),
                    "BinaryCrossEntropy::terms: prediction is 2x1 but target is 1x2; they must have the same shape");
  CHECK_THROWS_WITH(nn::BinaryCrossEntropyWithLogits().value(column({3.0}), column({2.0})),
                    Catch::Contains("BinaryCrossEntropyWithLogits::value: target (1x1) holds 2"));
  CHECK_THROWS_WITH(nn::BinaryCrossEntropyWithLogits().value(column({arma::datum::nan}), column({1.0})),
                    Catch::Contains("nan"));
}

TEST_CASE("softmax cross-entropy rejects bad shapes, labels and probabilities", "[cross_entropy][errors]") {
  const nn::SoftmaxCrossEntropy ce;
  const arma::mat logits(4, 3, arma::fill::zeros);
  CHECK_THROWS_WITH(ce.value(logits, arma::mat(4, 2, arma::fill::zeros)),
                    "SoftmaxCrossEntropy::value: prediction (logits) is 4x3 but target is 4x2; the target must be "
                    "4x1 (class indices) or 4x3 (class probabilities)");
  CHECK_THROWS_WITH(ce.value(logits, arma::mat(3, 1, arma::fill::zeros)), Catch::Contains("target is 3x1"));
  CHECK_THROWS_WITH(ce.gradient(logits, column({0.0, 1.5, 2.0, 0.0})),
                    Catch::Contains("SoftmaxCrossEntropy::gradient: target (4x1, class indices) holds 1.5 at row 2") &&
                        Catch::Contains("whole number from 0 to 2"));
  CHECK_THROWS_WITH(ce.terms(logits, column({0.0, 1.0, 3.0, 0.0})), Catch::Contains("holds 3 at row 3"));
  CHECK_THROWS_WITH(ce.terms(logits, column({-1.0, 1.0, 2.0, 0.0})), Catch::Contains("holds -1 at row 1"));
  arma::mat bad_probabilities(4, 3, arma::fill::value(0.5));
  bad_probabilities(1, 2) = 1.5;
  CHECK_THROWS_WITH(ce.value(logits, bad_probabilities),
                    Catch::Contains("target (4x3) holds 1.5 at row 2, column 3; a class probability lies in [0, 1]"));
  CHECK_THROWS_WITH(ce.value(arma::mat(), column({0.0})), Catch::Contains("prediction is empty"));
  arma::mat infinite = logits;
  infinite(0, 0) = arma::datum::inf;
  CHECK_THROWS_WITH(ce.value(infinite, column({0.0, 0.0, 0.0, 0.0})), Catch::Contains("inf"));
  CHECK_THROWS_AS(nn::SoftmaxCrossEntropy(-0.1), std::invalid_argument);
  CHECK_THROWS_AS(nn::SoftmaxCrossEntropy(arma::datum::nan), std::invalid_argument);
}
