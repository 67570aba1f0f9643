// Reverse-mode automatic differentiation: every operation's backward rule against finite
// differences, the graph's bookkeeping, and a whole network against hand-written backpropagation.
#include <catch2/catch.hpp>
#include <functional>
#include <string>

#include "nn/activations/sigmoid.hpp"
#include "nn/autodiff/operations.hpp"
#include "nn/core/failures.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/random.hpp"
#include "nn/losses/mse.hpp"
#include "nn/network/network.hpp"

namespace ad = nn::autodiff;

namespace {

using Operation = std::function<ad::Variable(const ad::Variable&)>;

// Checks op's backward at x by finite differences of L(x) = sum(W % op(x)), with a random W
// so that the gradient arriving at op's output differs from element to element.
void check_backward(const std::string& name, const Operation& op, const arma::mat& x) {
  nn::Random random(11);
  const arma::mat w = random.uniform_matrix(arma::size(op(ad::Variable(x)).value()).n_rows,
                                            arma::size(op(ad::Variable(x)).value()).n_cols, -1.0, 1.0);
  const auto loss_of = [&](const arma::mat& at) { return ad::sum(ad::Variable(w) * op(ad::Variable(at))).value()(0); };
  ad::Variable input(x);
  ad::sum(ad::Variable(w) * op(input)).backward();
  const nn::GradientCheck check = nn::check_gradient(loss_of, x, input.gradient());
  INFO(name << ": largest relative error " << check.max_relative_error());
  CHECK(check.passed(1e-6, 1e-9));
}

}  // namespace

TEST_CASE("every operation's backward rule agrees with finite differences", "[autodiff]") {
  nn::Random random(3);
  const arma::mat x = random.uniform_matrix(4, 3, -2.0, 2.0);
  const arma::mat positive = random.uniform_matrix(4, 3, 0.1, 3.0);
  const arma::mat other = random.uniform_matrix(4, 3, -1.0, 1.0);
  const arma::mat right = random.uniform_matrix(3, 2, -1.0, 1.0);
  const arma::mat row = random.uniform_matrix(1, 3, -1.0, 1.0);

  check_backward("matmul, left", [&](const ad::Variable& v) { return ad::matmul(v, ad::Variable(right)); }, x);
  check_backward("matmul, right", [&](const ad::Variable& v) { return ad::matmul(ad::Variable(x), v); }, right);
  check_backward("add", [&](const ad::Variable& v) { return v + ad::Variable(other); }, x);
  check_backward("add a row", [&](const ad::Variable& v) { return ad::Variable(x) + v; }, row);
  check_backward("add to a row", [&](const ad::Variable& v) { return v + ad::Variable(row); }, x);
  check_backward("add a 1x1", [&](const ad::Variable& v) { return ad::Variable(x) + v; }, arma::mat{0.3});
  check_backward("subtract, left", [&](const ad::Variable& v) { return v - ad::Variable(other); }, x);
  check_backward("subtract, right", [&](const ad::Variable& v) { return ad::Variable(other) - v; }, x);
  check_backward("subtract a row", [&](const ad::Variable& v) { return ad::Variable(x) - v; }, row);
  check_backward("negate", [](const ad::Variable& v) { return -v; }, x);
  check_backward("subtract from a constant", [](const ad::Variable& v) { return 1.0 - v; }, x);
  check_backward("multiply", [&](const ad::Variable& v) { return v * ad::Variable(other); }, x);
  check_backward("multiply by a row", [&](const ad::Variable& v) { return ad::Variable(x) * v; }, row);
  check_backward("scale", [](const ad::Variable& v) { return 2.5 * v; }, x);
  check_backward("sigmoid", [](const ad::Variable& v) { return ad::sigmoid(v); }, x);
  check_backward("tanh", [](const ad::Variable& v) { return ad::tanh(v); }, x);
  check_backward("relu", [](const ad::Variable& v) { return ad::relu(v); }, x);
  check_backward("exp", [](const ad::Variable& v) { return ad::exp(v); }, x);
  check_backward("log", [](const ad::Variable& v) { return ad::log(v); }, positive);
  check_backward("square", [](const ad::Variable& v) { return ad::square(v); }, x);
  check_backward("abs", [](const ad::Variable& v) { return ad::abs(v); }, x);
  check_backward("sum", [](const ad::Variable& v) { return ad::sum(v); }, x);
  check_backward("mean", [](const ad::Variable& v) { return ad::mean(v); }, x);
  check_backward("softmax", [](const ad::Variable& v) { return ad::softmax(v); }, x);
  check_backward("log_softmax", [](const ad::Variable& v) { return ad::log_softmax(v); }, x);
}

TEST_CASE("operations compute what their formulas say", "[autodiff]") {
  const ad::Variable a(arma::mat{{1, 2}, {3, 4}}), b(arma::mat{{10, 20}});
  CHECK(arma::approx_equal((a + b).value(), arma::mat{{11, 22}, {13, 24}}, "absdiff", 0.0));
  CHECK(arma::approx_equal((a * b).value(), arma::mat{{10, 40}, {30, 80}}, "absdiff", 0.0));
  CHECK(arma::approx_equal(ad::matmul(a, a).value(), arma::mat{{7, 10}, {15, 22}}, "absdiff", 0.0));
  CHECK(ad::mean(a).value()(0) == 2.5);
  CHECK(ad::sum(a).value()(0) == 10.0);
  const arma::mat s = ad::softmax(ad::Variable(arma::mat{{1000, 1000, 0}})).value();
  CHECK(s(0) == Approx(0.5));
  CHECK(s(2) == 0.0);
  const arma::mat l = ad::log_softmax(ad::Variable(arma::mat{{1000, 0}})).value();
  CHECK(l(1) == Approx(-1000.0));  // finite where the softmax itself underflows to 0
  CHECK(ad::sigmoid(ad::Variable(arma::mat{{-1000, 1000}})).value()(0) == 0.0);
}

TEST_CASE("a variable used twice receives the sum of both gradients", "[autodiff]") {
  ad::Variable x(arma::mat{{1.5, -2}});
  ad::sum(x * x).backward();  // d/dx of x^2 is 2x: x x contributes x from each side
  CHECK(arma::approx_equal(x.gradient(), arma::mat{{3, -4}}, "absdiff", 1e-15));

  ad::Variable y(arma::mat{2.0});
  const ad::Variable z = y + y + 3.0 * y;
  z.backward();
  CHECK(y.gradient()(0) == 5.0);
}

TEST_CASE("backward starts from a single number and sets every gradient afresh", "[autodiff]") {
  ad::Variable x(arma::mat{{1, 2}, {3, 4}}, "X");
  const ad::Variable doubled = 2.0 * x;
  CHECK_THROWS_WITH(doubled.backward(),
                    Catch::Contains("2x2, not 1x1") && Catch::Contains("reduce the matrix to one (sum or mean)"));
  CHECK_THROWS_WITH(x.gradient(), Catch::Contains("no backward() has reached leaf 'X'"));

  const ad::Variable loss = ad::sum(doubled);
  loss.backward();
  loss.backward();  // not 4: gradients do not pile up across calls
  CHECK(arma::approx_equal(x.gradient(), arma::mat(2, 2, arma::fill::value(2.0)), "absdiff", 0.0));
  CHECK(loss.gradient()(0) == 1.0);
}

TEST_CASE("operations refuse what has no value or no gradient", "[autodiff]") {
  const ad::Variable a(arma::mat(2, 3, arma::fill::ones)), b(arma::mat(2, 2, arma::fill::ones));
  CHECK_THROWS_WITH(ad::matmul(a, b), Catch::Contains("2x3 and 2x2 do not multiply"));
  CHECK_THROWS_WITH(a + b, Catch::Contains("do not broadcast"));
  CHECK_THROWS_WITH(ad::log(ad::Variable(arma::mat{{1, -1}})), Catch::Contains("element (1, 2) is below 0"));
  CHECK_THROWS_AS(ad::log(ad::Variable(arma::mat{{1, 0}})), nn::Overflow);
  CHECK_THROWS_WITH(ad::exp(ad::Variable(arma::mat{1000})), Catch::Contains("overflows"));
  CHECK_THROWS_AS(ad::Variable(arma::mat{arma::datum::nan}), std::invalid_argument);
  CHECK_THROWS_AS(ad::Variable(arma::mat()), std::invalid_argument);
  ad::Variable leaf(arma::mat{1});
  CHECK_NOTHROW(leaf.value_to_update() += 1.0);
  ad::Variable made = 2.0 * leaf;
  CHECK_THROWS_WITH(made.value_to_update(), Catch::Contains("only a leaf can be updated"));
}

TEST_CASE("a network's gradients equal hand-written backpropagation to 1e-12", "[autodiff]") {
  nn::Random random(5);
  const arma::mat x = random.uniform_matrix(20, 4, -1.0, 1.0);
  const arma::mat y = random.uniform_matrix(20, 3, 0.0, 1.0);
  const arma::mat w1 = random.normal_matrix(4, 5), w2 = random.normal_matrix(5, 3);
  const arma::rowvec b1 = random.normal_matrix(1, 5), b2 = random.normal_matrix(1, 3);

  // By hand: the library's Dense layers and the half mean squared error.
  nn::Dense first(w1, std::make_shared<nn::Sigmoid>()), second(w2, std::make_shared<nn::Sigmoid>());
  first.bias = b1;
  second.bias = b2;
  nn::Network network({first, second});
  network.loss_and_gradients(nn::HalfMeanSquaredError(), x, y);
  const std::vector<arma::mat> by_hand = network.gradients();

  // By the graph: the same formulas, differentiated by backward().
  ad::Variable W1(w1), B1(b1), W2(w2), B2(b2);
  const ad::Variable A1 = ad::sigmoid(ad::matmul(ad::Variable(x), W1) + B1);
  const ad::Variable A2 = ad::sigmoid(ad::matmul(A1, W2) + B2);
  const ad::Variable loss = 0.5 * ad::mean(ad::square(A2 - ad::Variable(y)));
  loss.backward();

  const auto relative = [](const arma::mat& a, const arma::mat& b) { return arma::abs(a - b).max() / arma::abs(b).max(); };
  CHECK(relative(W1.gradient(), by_hand[0]) < 1e-12);
  CHECK(relative(B1.gradient(), by_hand[1]) < 1e-12);
  CHECK(relative(W2.gradient(), by_hand[2]) < 1e-12);
  CHECK(relative(B2.gradient(), by_hand[3]) < 1e-12);
  CHECK(relative(A2.gradient(), (A2.value() - y) / static_cast<double>(y.n_elem)) < 1e-15);
}
