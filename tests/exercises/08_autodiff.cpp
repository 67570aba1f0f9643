// Grading the chapter 8 exercises: backward rules against finite differences and against values
// computed with numpy (float64; the expression beside each value reproduces it), the losses by
// their values and by finite differences of their gradients. Only the forward passes of the
// library's operations are used.
#include <catch2/catch.hpp>
#include <string>

#include "exercises.hpp"
#include "grading.hpp"
#include "nn/autodiff/operations.hpp"
#include "nn/core/random.hpp"

namespace ad = nn::autodiff;

namespace {

arma::mat log_softmax_of(const arma::mat& z) { return ad::log_softmax(ad::Variable(z)).value(); }

}  // namespace

TEST_CASE("Exercise 8.1: log_softmax_backward", "[exercise]") {
  // z = [[1, 2, 3], [1000, 0, -1000]], G = [[1, 0, 0], [0.5, -1, 2]]: the gradient of
  // sum(G * log_softmax(z)) is G - softmax(z) * G.sum(axis=1, keepdims=True); the second row's
  // softmax is (1, 0, 0) to the last bit, and must not overflow
  const arma::mat z = {{1.0, 2.0, 3.0}, {1000.0, 0.0, -1000.0}};
  const arma::mat upstream = {{1.0, 0.0, 0.0}, {0.5, -1.0, 2.0}};
  nn::grade::require_matrix("log_softmax_backward(G, log_softmax(z)) for two rows of 3 logits",
                            ch08::log_softmax_backward(upstream, log_softmax_of(z)),
                            {{0.9099694268296196, -0.24472847105479767, -0.6652409557748219}, {-1.0, -1.0, 2.0}},
                            {2, 3});
  nn::Random random(81);
  for (const arma::uword columns : {1u, 3u, 5u}) {
    const arma::mat logits = random.uniform_matrix(4, columns, -3.0, 3.0);
    const arma::mat weights = random.uniform_matrix(4, columns, -1.0, 1.0);  // L = sum(weights % log_softmax(z))
    const auto loss_of = [&](const arma::mat& at) { return arma::accu(weights % log_softmax_of(at)); };
    nn::grade::require_gradient("log_softmax_backward for 4 rows of " + std::to_string(columns) + " logits", loss_of,
                                logits, ch08::log_softmax_backward(weights, log_softmax_of(logits)), {4, columns});
  }
}

TEST_CASE("Exercise 8.2: asymmetric_squared_error", "[exercise]") {
  const ad::Variable prediction(arma::mat{{1, -2}, {0.5, 3}}), target(arma::mat{{0, 0}, {1, 3}});
  // errors 1, -2, -0.5, 0: (1 + 4 * 4 + 4 * 0.25 + 0) / 4 with weight 4
  nn::grade::require_value("asymmetric_squared_error, weight 4",
                           ch08::asymmetric_squared_error(prediction, target, 4.0).value()(0), 4.5, {2, 2});
  nn::grade::require_value("asymmetric_squared_error, weight 1 (the mean squared error)",
                           ch08::asymmetric_squared_error(prediction, target, 1.0).value()(0), 5.25 / 4, {2, 2});

  nn::Random random(82);
  const arma::mat y = random.normal_matrix(5, 3);
  const arma::mat p = y + random.uniform_matrix(5, 3, -2.0, 2.0);
  for (const double weight : {1.0, 9.0}) {
    ad::Variable at(p);
    ch08::asymmetric_squared_error(at, ad::Variable(y), weight).backward();
    const auto loss_of = [&](const arma::mat& q) {
      return ch08::asymmetric_squared_error(ad::Variable(q), ad::Variable(y), weight).value()(0);
    };
    nn::grade::require_gradient("the gradient backward() finds, weight " + std::to_string(weight), loss_of, p,
                                at.gradient(), {5, 3});
  }
}

TEST_CASE("Exercise 8.3: softplus", "[exercise]") {
  // np.logaddexp(0, z), as torch.nn.functional.softplus(z), and W * scipy.special.expit(z), the
  // gradient of sum(W * softplus(z)), from -1000 to 1000
  const arma::mat z = {{-1000.0, -30.0, -1.0, 0.0}, {1.0, 2.0, 30.0, 1000.0}};
  const arma::mat w = {{1.0, -2.0, 0.5, 3.0}, {-1.0, 2.0, 0.25, -0.5}};
  ad::Variable input(z);
  const ad::Variable output = ch08::softplus(input);
  nn::grade::require_matrix("softplus(z) from -1000 to 1000", output.value(),
                            {{0.0, 9.357622968839737e-14, 0.31326168751822286, 0.6931471805599453},
                             {1.3132616875182228, 2.1269280110429727, 30.000000000000092, 1000.0}},
                            {2, 4}, {1e-9, 1e-15});
  ad::sum(ad::Variable(w) * output).backward();
  nn::grade::require_matrix("the gradient of sum(W * softplus(z)) from -1000 to 1000", input.gradient(),
                            {{0.0, -1.8715245937678598e-13, 0.13447071068499755, 1.5},
                             {-0.7310585786300049, 1.7615941559557646, 0.24999999999997663, -0.5}},
                            {2, 4}, {1e-9, 1e-15});

  // Inside a larger graph, and used twice there: L = mean(softplus(x) * softplus(x) + x W)
  nn::Random random(83);
  const arma::mat x = random.uniform_matrix(3, 2, -4.0, 4.0);
  const arma::mat weights = random.uniform_matrix(2, 2, -1.0, 1.0);
  const auto loss = [&](const ad::Variable& at) {
    const ad::Variable s = ch08::softplus(at);
    return ad::mean(s * s + ad::matmul(at, ad::Variable(weights)));
  };
  ad::Variable at(x);
  loss(at).backward();
  nn::grade::require_gradient("the gradient through a graph that uses softplus twice",
                              [&](const arma::mat& q) { return loss(ad::Variable(q)).value()(0); }, x, at.gradient(),
                              {3, 2});
}
