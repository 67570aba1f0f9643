// Grading the chapter 8 exercises: the backward rule by finite differences, the loss by its
// values and by finite differences of its gradient.
#include <catch2/catch.hpp>

#include "exercises.hpp"
#include "gradient_grader.hpp"
#include "nn/autodiff/operations.hpp"
#include "nn/core/random.hpp"

namespace ad = nn::autodiff;

TEST_CASE("Exercise 8.1: log_softmax_backward", "[exercise]") {
  nn::Random random(81);
  for (const arma::uword columns : {1u, 3u, 5u}) {
    const arma::mat z = random.uniform_matrix(4, columns, -3.0, 3.0);
    const arma::mat weights = random.uniform_matrix(4, columns, -1.0, 1.0);  // L = sum(weights % log_softmax(z))
    const auto loss_of = [&](const arma::mat& at) {
      return arma::accu(weights % ad::log_softmax(ad::Variable(at)).value());
    };
    INFO(columns << " columns");
    nn::test::require_gradient(loss_of, z, ch08::log_softmax_backward(weights, ad::log_softmax(ad::Variable(z)).value()));
  }
}

TEST_CASE("Exercise 8.2: asymmetric_squared_error", "[exercise]") {
  const ad::Variable prediction(arma::mat{{1, -2}, {0.5, 3}}), target(arma::mat{{0, 0}, {1, 3}});
  // errors 1, -2, -0.5, 0: (1 + 4 * 4 + 4 * 0.25 + 0) / 4 with weight 4
  CHECK(ch08::asymmetric_squared_error(prediction, target, 4.0).value()(0) == Approx(4.5).epsilon(1e-12));
  CHECK(ch08::asymmetric_squared_error(prediction, target, 1.0).value()(0) == Approx(5.25 / 4).epsilon(1e-12));

  nn::Random random(82);
  const arma::mat y = random.normal_matrix(5, 3);
  const arma::mat p = y + random.uniform_matrix(5, 3, -2.0, 2.0);
  for (const double weight : {1.0, 9.0}) {
    ad::Variable at(p);
    ch08::asymmetric_squared_error(at, ad::Variable(y), weight).backward();
    const auto loss_of = [&](const arma::mat& q) {
      return ch08::asymmetric_squared_error(ad::Variable(q), ad::Variable(y), weight).value()(0);
    };
    INFO("weight " << weight);
    nn::test::require_gradient(loss_of, p, at.gradient());
  }
}
