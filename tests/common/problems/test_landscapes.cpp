// The landscapes chapter 7 races the optimizers on: values and gradients by hand and against
// finite differences, and the start and minimum each one knows.
#include <catch2/catch.hpp>

#include "nn/core/failures.hpp"
#include "nn/core/gradient_check.hpp"
#include "nn/core/random.hpp"
#include "nn/problems/landscapes.hpp"

TEST_CASE("the landscapes: values and gradients by hand, and against finite differences", "[landscapes]") {
  const nn::Landscape rosenbrock = nn::rosenbrock(), sphere = nn::sphere();
  const nn::Landscape quadratic = nn::ill_conditioned_quadratic();
  CHECK(rosenbrock.value(rosenbrock.minimum) == 0.0);
  CHECK(arma::norm(rosenbrock.gradient(rosenbrock.minimum)) == 0.0);
  CHECK(rosenbrock.value(rosenbrock.start) == Approx(24.2));  // 2.2^2 + 100 * (1 - 1.44)^2 = 4.84 + 19.36
  // -2 * 2.2 - 400 * (-1.2) * (1 - 1.44) = -4.4 - 211.2; 200 * (1 - 1.44)
  CHECK(arma::approx_equal(rosenbrock.gradient(rosenbrock.start), arma::mat(arma::colvec{-215.6, -88.0}),
                           "absdiff", 1e-12));
  const arma::mat p = arma::colvec{3.0, -4.0};
  CHECK(sphere.value(p) == 25.0);
  CHECK(arma::approx_equal(sphere.gradient(p), arma::mat(arma::colvec{6.0, -8.0}), "absdiff", 0.0));
  const arma::mat q = arma::colvec{2.0, 1.0};
  CHECK(quadratic.value(q) == 14.5);  // 0.5 * (4 + 25)
  CHECK(arma::approx_equal(quadratic.gradient(q), arma::mat(arma::colvec{2.0, 25.0}), "absdiff", 0.0));
  CHECK(nn::ill_conditioning == 25.0);

  nn::Random random(5);
  for (int trial = 0; trial < 5; ++trial) {
    const arma::mat point = random.uniform_matrix(2, 1, -2.0, 2.0);
    CHECK(nn::check_gradient(rosenbrock.value, point, rosenbrock.gradient(point)).passed(1e-6));
    CHECK(nn::check_gradient(sphere.value, point, sphere.gradient(point)).passed(1e-6));
    CHECK(nn::check_gradient(quadratic.value, point, quadratic.gradient(point)).passed(1e-6));
  }

  CHECK_THROWS_WITH(rosenbrock.value(arma::mat{{1.0, 1.0}}),
                    "rosenbrock: point is 1x2 but must be 2x1, the column (x; y)");
  CHECK_THROWS_WITH(sphere.gradient(arma::colvec{1.0, arma::datum::nan}), Catch::Contains("sphere_gradient: point"));
}

TEST_CASE("each landscape knows its name, its start, and its minimum", "[landscapes]") {
  for (const nn::Landscape& landscape : {nn::rosenbrock(), nn::sphere(), nn::ill_conditioned_quadratic()}) {
    INFO(landscape.name);
    REQUIRE(arma::size(landscape.start) == arma::size(2, 1));
    REQUIRE(arma::size(landscape.minimum) == arma::size(2, 1));
    CHECK(landscape.value(landscape.minimum) == landscape.minimum_value);
    CHECK(arma::norm(landscape.gradient(landscape.minimum)) == 0.0);
    CHECK(landscape.value(landscape.start) > landscape.minimum_value);
  }
  CHECK(nn::rosenbrock().name == "rosenbrock");
  CHECK(nn::sphere().name == "sphere");
  CHECK(nn::ill_conditioned_quadratic().name == "quadratic");
  CHECK(arma::approx_equal(nn::rosenbrock().start, arma::mat(arma::colvec{-1.2, 1.0}), "absdiff", 0.0));
  CHECK(arma::approx_equal(nn::rosenbrock().minimum, arma::mat(arma::colvec{1.0, 1.0}), "absdiff", 0.0));
  CHECK(arma::approx_equal(nn::ill_conditioned_quadratic().start, arma::mat(arma::colvec{-4.0, 1.0}), "absdiff", 0.0));
}

TEST_CASE("a landscape's value or gradient that overflows names the point", "[landscapes][errors]") {
  const arma::mat far = arma::colvec{1e200, 1e200};
  CHECK_THROWS_WITH(nn::rosenbrock().value(far),
                    "rosenbrock: the value at (1e+200, 1e+200) overflows the range of a double (about 1.8e+308)");
  CHECK_THROWS_WITH(nn::rosenbrock().gradient(far),
                    Catch::StartsWith("rosenbrock_gradient: the gradient at (1e+200, 1e+200) overflows"));
  CHECK_THROWS_AS(nn::sphere().value(far), nn::Overflow);
  CHECK_THROWS_AS(nn::ill_conditioned_quadratic().value(far), nn::Overflow);
  CHECK_THROWS_AS(nn::ill_conditioned_quadratic().gradient(arma::colvec{0.0, 1e308}), nn::Overflow);
  CHECK_THROWS_AS(nn::sphere().gradient(arma::colvec{1e308, 0.0}), nn::Overflow);
}
