// The activations against hand-computed values, long double references, finite differences,
// and the extreme inputs where a naive formula overflows.
#include <catch2/catch.hpp>

#include <cmath>
#include <string>

#include "nn/activations/identity.hpp"
#include "nn/activations/make_activation.hpp"
#include "nn/activations/relu.hpp"
#include "nn/activations/sigmoid.hpp"
#include "nn/activations/softmax.hpp"
#include "nn/activations/tanh.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/random.hpp"

namespace {

bool close(const arma::mat& a, const arma::mat& b, double tolerance = 1e-15) {
  return arma::approx_equal(a, b, "both", tolerance, tolerance);
}

arma::mat scalar(double x) { return arma::mat(1, 1, arma::fill::value(x)); }

// Random inputs at least 0.01 from ReLU's kink at 0, where finite differences straddle it.
arma::mat away_from_zero(nn::Random& random, arma::uword rows, arma::uword cols) {
  arma::mat z = random.uniform_matrix(rows, cols, -2.5, 2.5);
  z.transform([](double x) { return std::abs(x) < 0.01 ? x + 0.05 : x; });
  return z;
}

}  // namespace

TEST_CASE("activation values by hand", "[activation]") {
  CHECK(nn::Sigmoid().value(scalar(0.0))(0) == 0.5);                         // 1 / (1 + e^0)
  CHECK(nn::Sigmoid().value(scalar(2.0))(0) == Approx(0.8807970779778823));  // 1 / (1 + e^-2)
  CHECK(nn::Sigmoid().value(scalar(-2.0))(0) == Approx(1.0 - 0.8807970779778823));  // sigma(-z) = 1 - sigma(z)
  CHECK(nn::Tanh().value(scalar(0.5))(0) == Approx(0.46211715726000974));
  CHECK(close(nn::ReLU().value(arma::mat{{-2.0, 0.0, 3.0}}), arma::mat{{0.0, 0.0, 3.0}}));
  CHECK(close(nn::Identity().value(arma::mat{{-2.0, 0.0, 3.0}}), arma::mat{{-2.0, 0.0, 3.0}}));
}

TEST_CASE("activation derivatives by hand", "[activation]") {
  CHECK(nn::Sigmoid().derivative(scalar(0.0))(0) == 0.25);  // 0.5 * (1 - 0.5)
  CHECK(nn::Tanh().derivative(scalar(0.0))(0) == 1.0);      // 1 - 0^2
  // ReLU: 1 for z > 0 and, like PyTorch, 0 at the kink z = 0.
  CHECK(close(nn::ReLU().derivative(arma::mat{{-2.0, 0.0, 3.0}}), arma::mat{{0.0, 0.0, 1.0}}));
  CHECK(close(nn::Identity().derivative(arma::mat{{-2.0, 0.0, 3.0}}), arma::mat{{1.0, 1.0, 1.0}}));
  // From the output, as the question's numpy code does with A2 * (1 - A2): 0.8 * 0.2 = 0.16.
  CHECK(nn::Sigmoid().derivative_from_output(scalar(0.8))(0) == Approx(0.16));
  CHECK(nn::Tanh().derivative_from_output(scalar(0.5))(0) == 0.75);  // 1 - 0.5^2
}

TEST_CASE("every activation's derivative matches finite differences", "[activation][gradient]") {
  nn::Random random(5);
  for (const std::string& name : nn::activation_names()) {
    const auto activation = nn::make_activation(name);
    const arma::mat z = away_from_zero(random, 4, 3);
    // f(z) = sum_i w_i a(z_i) has df/dz_i = w_i a'(z_i): one derivative per element.
    const arma::mat w = random.uniform_matrix(4, 3, 0.5, 2.0);
    const auto f = [&](const arma::mat& x) { return arma::accu(w % activation->value(x)); };
    const nn::GradientCheck check = nn::check_gradient(f, z, w % activation->derivative(z));
    INFO(name << ", largest relative error " << check.max_relative_error());
    CHECK(check.passed(1e-7));
    CHECK(activation->name() == name);
  }
}

TEST_CASE("the derivative from the output equals the derivative from z", "[activation]") {
  nn::Random random(6);
  const arma::mat z = away_from_zero(random, 5, 4);
  for (const std::string& name : nn::activation_names()) {
    const auto activation = nn::make_activation(name);
    INFO(name);
    CHECK(close(activation->derivative_from_output(activation->value(z)), activation->derivative(z), 1e-14));
  }
}

TEST_CASE("the sigmoid agrees with a long double reference across its range", "[activation]") {
  const arma::mat z = arma::linspace(-30.0, 30.0, 121);
  const arma::mat a = nn::Sigmoid().value(z);
  const arma::mat derivative = nn::Sigmoid().derivative(z);
  for (arma::uword i = 0; i < z.n_elem; ++i) {
    const long double e = std::exp(-static_cast<long double>(z(i)));
    const long double reference = 1.0L / (1.0L + e);
    INFO("z = " << z(i));
    CHECK(a(i) == Approx(static_cast<double>(reference)).epsilon(1e-15));
    CHECK(derivative(i) == Approx(static_cast<double>(e / ((1.0L + e) * (1.0L + e)))).epsilon(1e-14));
  }
}

TEST_CASE("the sigmoid is finite and exact at z = +-1000, where e^1000 overflows", "[activation]") {
  const arma::mat z = {{-1000.0, 1000.0}};
  // Naively at z = -1000, e^{-z} = e^1000 overflows: 1 / (1 + inf) is 0 by luck, but the
  // derivative written as e^{-z} / (1 + e^{-z})^2 is inf / inf = NaN.
  const double e = std::exp(1000.0);
  CHECK(std::isinf(e));
  CHECK(std::isnan(e / ((1.0 + e) * (1.0 + e))));
  CHECK(close(nn::Sigmoid().value(z), arma::mat{{0.0, 1.0}}, 0.0));
  CHECK(close(nn::Sigmoid().derivative(z), arma::mat{{0.0, 0.0}}, 0.0));
  CHECK(close(nn::Tanh().value(z), arma::mat{{-1.0, 1.0}}, 0.0));
  CHECK(close(nn::Tanh().derivative(z), arma::mat{{0.0, 0.0}}, 0.0));
  CHECK(nn::Sigmoid().value(z).is_finite());
}

TEST_CASE("in the tails the sigmoid's derivative from z stays accurate; a(1 - a) rounds to 0", "[activation]") {
  const arma::mat z = scalar(40.0);
  const arma::mat a = nn::Sigmoid().value(z);
  CHECK(a(0) == 1.0);                                                // 1 - 4.2e-18 rounds to 1 in double
  CHECK(nn::Sigmoid().derivative_from_output(a)(0) == 0.0);          // 1 * (1 - 1)
  CHECK(nn::Sigmoid().derivative(z)(0) == Approx(4.248354255291589e-18));  // e^-40 / (1 + e^-40)^2
}

TEST_CASE("softmax rows are distributions, by hand and for huge logits", "[activation][softmax]") {
  const nn::Softmax softmax;
  // Equal logits: each class gets 1/C.
  CHECK(close(softmax.value(arma::mat{{2.0, 2.0, 2.0, 2.0}}), arma::mat{{0.25, 0.25, 0.25, 0.25}}));
  // e^0 : e^{ln 2} : e^{ln 3} = 1 : 2 : 3, so 1/6, 2/6, 3/6.
  CHECK(close(softmax.value(arma::mat{{0.0, std::log(2.0), std::log(3.0)}}), arma::mat{{1.0 / 6, 2.0 / 6, 3.0 / 6}}));
  // Logits of 1000 would overflow e^z; shifted by the row's maximum they do not.
  const arma::mat huge = {{1000.0, 1000.0}, {1000.0, 0.0}, {-1000.0, 1000.0}};
  const arma::mat s = softmax.value(huge);
  CHECK(s.is_finite());
  CHECK(close(s, arma::mat{{0.5, 0.5}, {1.0, 0.0}, {0.0, 1.0}}, 0.0));  // e^{-1000} underflows to 0
  // log s by log-sum-exp stays finite where s underflowed: log s = z - max - log(1 + e^{-1000}).
  CHECK(close(softmax.log_value(huge), arma::mat{{-std::log(2.0), -std::log(2.0)}, {0.0, -1000.0}, {-2000.0, 0.0}}));
  nn::Random random(8);
  const arma::mat z = random.normal_matrix(6, 5, 0.0, 10.0);
  CHECK(close(arma::sum(softmax.value(z), 1), arma::ones(6, 1), 1e-15));
  CHECK(close(softmax.value(z + 500.0), softmax.value(z), 1e-12));  // adding a constant to a row changes nothing
  CHECK(close(softmax.log_value(z), arma::log(softmax.value(z)), 1e-12));
  CHECK(softmax.name() == "softmax");
}

TEST_CASE("softmax agrees with a long double reference", "[activation][softmax]") {
  nn::Random random(9);
  const arma::mat z = random.normal_matrix(4, 3, 0.0, 3.0);
  const arma::mat s = nn::Softmax().value(z);
  for (arma::uword r = 0; r < z.n_rows; ++r) {
    long double total = 0.0L;
    for (arma::uword c = 0; c < z.n_cols; ++c) total += std::exp(static_cast<long double>(z(r, c)));
    for (arma::uword c = 0; c < z.n_cols; ++c) {
      CHECK(s(r, c) == Approx(static_cast<double>(std::exp(static_cast<long double>(z(r, c))) / total)).epsilon(1e-14));
    }
  }
}

TEST_CASE("softmax backward matches finite differences and the explicit Jacobian", "[activation][softmax][gradient]") {
  nn::Random random(10);
  const nn::Softmax softmax;
  const arma::mat z = random.normal_matrix(4, 3);
  const arma::mat g = random.normal_matrix(4, 3);  // an upstream gradient dL/ds
  const arma::mat s = softmax.value(z);
  const arma::mat analytic = softmax.backward(s, g);
  // L(z) = sum g % softmax(z) has dL/ds = g, so dL/dz is what backward() returns.
  const auto f = [&](const arma::mat& x) { return arma::accu(g % softmax.value(x)); };
  const nn::GradientCheck check = nn::check_gradient(f, z, analytic);
  INFO("largest relative error " << check.max_relative_error());
  CHECK(check.passed(1e-7));
  // The same through the Jacobian J_ij = s_i (delta_ij - s_j) of each row, built explicitly.
  for (arma::uword r = 0; r < z.n_rows; ++r) {
    const arma::rowvec row = s.row(r);
    const arma::mat jacobian = arma::diagmat(row) - row.t() * row;
    CHECK(close(g.row(r) * jacobian, analytic.row(r), 1e-14));
  }
}

TEST_CASE("softmax backward rejects logits passed for its output", "[activation][softmax][errors]") {
  const nn::Softmax softmax;
  CHECK_THROWS_WITH(softmax.backward(arma::mat{{0.2, 0.3}}, arma::mat{{1.0, 1.0}}),
                    Catch::Contains("Softmax::backward: row 1") && Catch::Contains("sums to 0.5"));
  CHECK_THROWS_WITH(softmax.backward(arma::mat{{2.0, -1.0}}, arma::mat{{1.0, 1.0}}),
                    Catch::Contains("softmax_output (1x2) holds 2") && Catch::Contains("logits"));
  CHECK_THROWS_WITH(softmax.backward(arma::mat{{0.5, 0.5}}, arma::mat{{1.0, 1.0, 1.0}}),
                    Catch::Contains("softmax_output is 1x2 but upstream_gradient is 1x3"));
  CHECK_THROWS_WITH(softmax.value(arma::mat()), Catch::Contains("Softmax::value: z is empty"));
  CHECK_THROWS_WITH(softmax.log_value(arma::mat{{1.0, arma::datum::inf}}),
                    Catch::Contains("Softmax::log_value") && Catch::Contains("inf"));
}

TEST_CASE("derivative_from_output rejects values the activation cannot output", "[activation][errors]") {
  CHECK_THROWS_WITH(nn::Sigmoid().derivative_from_output(arma::mat{{0.5, 1.5}}),
                    Catch::Contains("Sigmoid::derivative_from_output: a (1x2) holds 1.5 at row 1, column 2") &&
                        Catch::Contains("was z passed"));
  CHECK_THROWS_WITH(nn::Tanh().derivative_from_output(scalar(-2.0)), Catch::Contains("[-1, 1]"));
  CHECK_THROWS_WITH(nn::ReLU().derivative_from_output(scalar(-0.5)), Catch::Contains("never negative"));
  CHECK(nn::Identity().derivative_from_output(scalar(-7.0))(0) == 1.0);  // any number is an identity output
}

TEST_CASE("activations reject non-finite input, naming the class and function", "[activation][errors]") {
  CHECK_THROWS_WITH(nn::Sigmoid().value(arma::mat{{1.0, arma::datum::nan}}),
                    Catch::Contains("Sigmoid::value: z (1x2) holds nan at row 1, column 2"));
  CHECK_THROWS_WITH(nn::ReLU().derivative(scalar(arma::datum::inf)), Catch::Contains("ReLU::derivative"));
}

TEST_CASE("make_activation knows four names and says what softmax is", "[activation][errors]") {
  CHECK(nn::activation_names() == std::vector<std::string>{"sigmoid", "tanh", "relu", "identity"});
  CHECK_THROWS_WITH(nn::make_activation("gelu"),
                    "make_activation: unknown activation 'gelu'; choose one of sigmoid, tanh, relu, identity");
  CHECK_THROWS_WITH(nn::make_activation("softmax"), Catch::Contains("use nn::Softmax"));
}
