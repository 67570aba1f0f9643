// The argument checks and messages the whole library shares.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "nn/core/checks.hpp"

TEST_CASE("all_finite says whether every parameter is still a number", "[checks]") {
  arma::mat w(2, 3, arma::fill::ones), b(1, 3, arma::fill::zeros);
  CHECK(nn::all_finite({&w, &b}));
  CHECK(nn::all_finite({}));
  b(0, 2) = arma::datum::inf;
  CHECK_FALSE(nn::all_finite({&w, &b}));
  b(0, 2) = 0.0;
  w(1, 1) = arma::datum::nan;
  CHECK_FALSE(nn::all_finite({&w, &b}));
  CHECK_THROWS_WITH(nn::all_finite({&b, nullptr}), "all_finite: parameters[1] is null");
}

TEST_CASE("unknown_name_error lists the names to choose from", "[checks]") {
  const std::vector<std::string> known = {"mean", "sum", "none"};
  CHECK(std::string(nn::unknown_name_error("parse_reduction", "reduction", "avg", known).what()) ==
        "parse_reduction: unknown reduction 'avg'; choose one of mean, sum, none");
  CHECK(std::string(nn::unknown_name_error("f", "thing", "x", {"a"}, "a note").what()) ==
        "f: unknown thing 'x'; choose one of a (a note)");
}
