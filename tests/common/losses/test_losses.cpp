// The regression losses against hand-computed values, PyTorch's definitions, and finite differences.
#include <catch2/catch.hpp>

#include "nn/core/gradient_check.hpp"
#include "nn/core/random.hpp"
#include "nn/losses/huber.hpp"
#include "nn/losses/mae.hpp"
#include "nn/losses/make_loss.hpp"
#include "nn/losses/mse.hpp"
#include "nn/losses/quantile.hpp"

namespace {

const arma::mat truth = arma::colvec{0, 1, 2, 3};
const arma::mat candidate_a = arma::colvec{-2, 3, 0, 5};
const arma::mat candidate_b = arma::colvec{0, 1, 2, 10};

bool equal(const arma::mat& a, const arma::mat& b) { return arma::approx_equal(a, b, "both", 1e-14, 1e-14); }

// Random predictions whose errors stay at least 0.01 away from every kink of the losses
// (0 for all, +-delta for Huber), where finite differences straddle two branches.
arma::mat away_from_kinks(nn::Random& random, const arma::mat& target, double delta) {
  arma::mat prediction = target + random.uniform_matrix(target.n_rows, target.n_cols, -3.0, 3.0);
  for (arma::uword i = 0; i < prediction.n_elem; ++i) {
    const double e = prediction(i) - target(i);
    for (double kink : {0.0, delta, -delta}) {
      if (std::abs(e - kink) < 0.01) prediction(i) += 0.05;
    }
  }
  return prediction;
}

}  // namespace

TEST_CASE("the worked example's two candidates, by hand", "[losses]") {
  CHECK(nn::MeanSquaredError().value(candidate_a, truth) == 4.0);        // mean of 4 4 4 4
  CHECK(nn::MeanSquaredError().value(candidate_b, truth) == 12.25);      // 49 / 4
  CHECK(nn::MeanAbsoluteError().value(candidate_a, truth) == 2.0);       // mean of 2 2 2 2
  CHECK(nn::MeanAbsoluteError().value(candidate_b, truth) == 1.75);      // 7 / 4
  CHECK(nn::HuberLoss(1.0).value(candidate_a, truth) == 1.5);            // 1 * (2 - 0.5) each
  CHECK(nn::HuberLoss(1.0).value(candidate_b, truth) == Approx(1.625));  // 1 * (7 - 0.5) / 4
  CHECK(nn::QuantileLoss(0.9).value(candidate_a, truth) == Approx(1.0));  // (0.9*2*2 + 0.1*2*2) / 4
  CHECK(nn::QuantileLoss(0.9).value(candidate_b, truth) == Approx(0.175));  // 0.1 * 7 / 4
}

TEST_CASE("gradients by hand at candidate A", "[losses]") {
  CHECK(equal(nn::MeanSquaredError().gradient(candidate_a, truth), arma::colvec{-1, 1, -1, 1}));  // 2e/N
  CHECK(equal(nn::MeanAbsoluteError().gradient(candidate_a, truth), arma::colvec{-0.25, 0.25, -0.25, 0.25}));
  CHECK(equal(nn::HuberLoss(1.0).gradient(candidate_a, truth), arma::colvec{-0.25, 0.25, -0.25, 0.25}));
  CHECK(equal(nn::HuberLoss(3.0).gradient(candidate_a, truth), arma::colvec{-0.5, 0.5, -0.5, 0.5}));
  CHECK(equal(nn::QuantileLoss(0.9).gradient(candidate_a, truth), arma::colvec{-0.225, 0.025, -0.225, 0.025}));
}

TEST_CASE("Huber is half MSE inside delta and delta-scaled MAE outside, as PyTorch defines it", "[losses]") {
  const arma::mat target(1, 4, arma::fill::zeros);
  const arma::mat prediction = {{-3.0, -0.5, 0.25, 2.0}};
  const nn::HuberLoss huber(1.0, nn::Reduction::none);
  CHECK(equal(huber.terms(prediction, target), arma::mat{{2.5, 0.125, 0.03125, 1.5}}));
  CHECK(equal(huber.gradient(prediction, target), arma::mat{{-1.0, -0.5, 0.25, 1.0}}));
  // At |e| = delta both branches give delta^2 / 2 and slope delta.
  CHECK(nn::HuberLoss(2.0, nn::Reduction::sum).value(arma::mat(1, 1, arma::fill::value(2.0)), arma::mat(1, 1, arma::fill::value(0.0))) == 2.0);
  CHECK(nn::HuberLoss(2.0, nn::Reduction::sum).gradient(arma::mat(1, 1, arma::fill::value(2.0)), arma::mat(1, 1, arma::fill::value(0.0)))(0) == 2.0);
}

TEST_CASE("MAE and the quantile loss have gradient 0 where the error is 0", "[losses]") {
  const arma::mat same = {{1.0, 2.0}};
  CHECK(arma::all(arma::vectorise(nn::MeanAbsoluteError().gradient(same, same) == 0.0)));
  CHECK(arma::all(arma::vectorise(nn::QuantileLoss(0.3).gradient(same, same) == 0.0)));
}

TEST_CASE("quantile with tau = 0.5 is half the absolute error", "[losses]") {
  nn::Random random(7);
  const arma::mat p = random.normal_matrix(6, 2), t = random.normal_matrix(6, 2);
  CHECK(nn::QuantileLoss(0.5).value(p, t) == Approx(0.5 * nn::MeanAbsoluteError().value(p, t)));
}

TEST_CASE("reductions: mean divides the sum and its gradient by the number of elements", "[losses]") {
  nn::Random random(11);
  const arma::mat p = random.normal_matrix(5, 3), t = random.normal_matrix(5, 3);
  for (const std::string& name : nn::regression_loss_names()) {
    INFO(name);
    const auto mean = nn::make_loss(name, {nn::Reduction::mean});
    const auto sum = nn::make_loss(name, {nn::Reduction::sum});
    const auto none = nn::make_loss(name, {nn::Reduction::none});
    CHECK(sum->value(p, t) == Approx(15.0 * mean->value(p, t)));
    CHECK(arma::approx_equal(sum->gradient(p, t), 15.0 * mean->gradient(p, t), "reldiff", 1e-12));
    CHECK(arma::approx_equal(none->gradient(p, t), sum->gradient(p, t), "reldiff", 1e-12));
    CHECK(arma::size(none->terms(p, t)) == arma::size(p));
    CHECK(arma::accu(none->terms(p, t)) == Approx(sum->value(p, t)));
    CHECK_THROWS_WITH(none->value(p, t), Catch::Contains("reduction 'none'"));
  }
}

TEST_CASE("every loss's gradient matches finite differences on random inputs", "[losses][gradient]") {
  nn::Random random(2024);
  std::vector<std::string> names = nn::regression_loss_names();
  names.push_back("half-mse");  // the question's (1/2N) sum e^2
  for (const std::string& name : names) {
    for (const nn::Reduction reduction : {nn::Reduction::mean, nn::Reduction::sum}) {
      for (const double parameter : {0.3, 1.0, 2.5}) {
        nn::LossOptions options{reduction, parameter, parameter / 3.0};  // delta, and a tau in (0, 1)
        const auto loss = nn::make_loss(name, options);
        const arma::mat target = random.normal_matrix(4, 3);
        const arma::mat prediction = away_from_kinks(random, target, options.delta);
        const auto f = [&](const arma::mat& p) { return loss->value(p, target); };
        const nn::GradientCheck check = nn::check_gradient(f, prediction, loss->gradient(prediction, target));
        INFO(name << ", reduction " << nn::to_string(reduction) << ", parameter " << parameter
                  << ", largest relative error " << check.max_relative_error());
        CHECK(check.passed(1e-7));
      }
    }
  }
}

TEST_CASE("value_and_gradient() gives value() and gradient(), for every loss", "[losses]") {
  nn::Random random(7);
  const arma::mat target = random.uniform_matrix(5, 3, 0.0, 1.0);
  const arma::mat prediction = random.uniform_matrix(5, 3, 0.05, 0.95);  // a probability for BCE
  for (const std::string& name : nn::all_loss_names()) {
    INFO(name);
    const auto loss = nn::make_loss(name);
    const nn::Loss::ValueAndGradient both = loss->value_and_gradient(prediction, target);
    CHECK(both.value == loss->value(prediction, target));
    CHECK(arma::approx_equal(both.gradient, loss->gradient(prediction, target), "absdiff", 0.0));
  }
  CHECK_THROWS_WITH(nn::MeanSquaredError().value_and_gradient(arma::mat(2, 1), arma::mat(1, 2)),
                    Catch::StartsWith("MeanSquaredError::value_and_gradient: prediction is 2x1 but target is 1x2"));
  CHECK_THROWS_WITH(nn::MeanSquaredError(nn::Reduction::none).value_and_gradient(target, target),
                    Catch::Contains("reduction 'none'"));
}

TEST_CASE("losses reject shapes that differ, empty and non-finite input, naming the shapes", "[losses][errors]") {
  const nn::MeanSquaredError mse;
  CHECK_THROWS_WITH(mse.value(arma::mat(4, 1, arma::fill::zeros), arma::mat(1, 4, arma::fill::zeros)),
                    "MeanSquaredError::value: prediction is 4x1 but target is 1x4; they must have the same shape");
  CHECK_THROWS_AS(mse.gradient(arma::mat(), arma::mat()), std::invalid_argument);
  CHECK_THROWS_WITH(nn::HuberLoss().gradient(arma::mat{{1.0, arma::datum::nan}}, arma::mat{{1.0, 2.0}}),
                    Catch::Contains("HuberLoss::gradient") && Catch::Contains("nan"));
  CHECK_THROWS_WITH(nn::MeanAbsoluteError().terms(arma::mat(1, 1, arma::fill::value(1.0)), arma::mat(1, 1, arma::fill::value(arma::datum::inf))),
                    Catch::Contains("target") && Catch::Contains("inf"));
}

TEST_CASE("loss parameters are validated", "[losses][errors]") {
  CHECK_THROWS_AS(nn::HuberLoss(-1.0), std::invalid_argument);
  CHECK_THROWS_AS(nn::HuberLoss(0.0), std::invalid_argument);
  CHECK_THROWS_AS(nn::HuberLoss(arma::datum::nan), std::invalid_argument);
  CHECK_THROWS_AS(nn::QuantileLoss(0.0), std::invalid_argument);
  CHECK_THROWS_AS(nn::QuantileLoss(1.0), std::invalid_argument);
  CHECK_THROWS_WITH(nn::make_loss("hinge"), "make_loss: unknown loss 'hinge'; choose one of mse, mae, huber, "
                                            "quantile, half-mse, bce, bce-logits, ce");
  CHECK_THROWS_WITH(nn::parse_reduction("avg"), "parse_reduction: unknown reduction 'avg'; choose one of mean, sum, none");
  CHECK(nn::parse_reduction(nn::to_string(nn::Reduction::sum)) == nn::Reduction::sum);
}

TEST_CASE("at a zero error MAE and the quantile loss use the subgradient 0; Huber has no kink", "[losses]") {
  const arma::mat zero_error = arma::colvec{1.5}, target = arma::colvec{1.5};
  const nn::MeanAbsoluteError mae(nn::Reduction::sum);
  const nn::QuantileLoss quantile(0.9, nn::Reduction::sum);
  CHECK(mae.gradient(zero_error, target)(0) == 0.0);  // PyTorch's sign(0) = 0
  CHECK(quantile.gradient(zero_error, target)(0) == 0.0);  // 0 lies in [-tau, 1 - tau]

  // A central difference at a kink averages the two one-sided slopes: 0 for |e|, and
  // ((1 - tau) - tau) / 2 for the quantile loss, which is not the value the library uses.
  const auto mae_of = [&](const arma::mat& p) { return mae.value(p, target); };
  const auto quantile_of = [&](const arma::mat& p) { return quantile.value(p, target); };
  CHECK(nn::numerical_gradient(mae_of, zero_error)(0) == Approx(0.0).margin(1e-9));
  CHECK(nn::numerical_gradient(quantile_of, zero_error)(0) == Approx((1.0 - 2.0 * 0.9) / 2.0).epsilon(1e-6));

  // Huber's derivative, the clipped error, is continuous at its joints +-delta.
  const nn::HuberLoss huber(2.0, nn::Reduction::sum);
  for (const double joint : {2.0, -2.0}) {
    const arma::mat below = arma::colvec{joint - 1e-9}, above = arma::colvec{joint + 1e-9}, origin = arma::colvec{0.0};
    CHECK(huber.gradient(below, origin)(0) == Approx(huber.gradient(above, origin)(0)).epsilon(1e-8));
  }
}
