// The output comparison behind every chapter's output test: it must catch drift and
// forgive only the rounding residue that differs between machines.
#include <catch2/catch.hpp>

#include "text_compare.hpp"

using nn::test::compare_output;

TEST_CASE("identical output matches", "[structure][compare]") {
  CHECK_FALSE(compare_output("loss: 4\ngradient: [-1; 1]\n", "loss: 4\ngradient: [-1; 1]\n"));
}

TEST_CASE("a changed number, word or line is reported with its line", "[structure][compare]") {
  const auto drift = compare_output("a\nloss: 4\n", "a\nloss: 4.01\n");
  REQUIRE(drift);
  CHECK_THAT(*drift, Catch::Contains("line 2 differs") && Catch::Contains("loss: 4.01"));
  CHECK(compare_output("slope 1.99319\n", "slope 1.99329\n"));
  CHECK(compare_output("prefers A\n", "prefers B\n"));
  CHECK(compare_output("one\n", "one\ntwo\n"));
  CHECK(compare_output("[-4; 2; -2; 4]\n", "[-4; 2; 2; 4]\n"));
}

TEST_CASE("residuals below 1e-6 and last-digit rounding are forgiven", "[structure][compare]") {
  CHECK_FALSE(compare_output("relative error 2.8e-08\n", "relative error 3.5e-08\n"));
  CHECK_FALSE(compare_output("[0.123456]\n", "[0.1234561]\n"));
  CHECK(compare_output("relative error 2.8e-05\n", "relative error 3.5e-05\n"));
}

TEST_CASE("shows_inf_or_nan finds an infinity or a NaN printed as a value, not inside a word", "[text]") {
  for (const char* text : {"loss inf", "[-inf 1]", "x nan\n", "NaN", "+Infinity", "error -nan(ind)", "[inf"}) {
    INFO(text);
    CHECK(nn::test::shows_inf_or_nan(text));
  }
  for (const char* text : {"[infinite infinite undefined]", "information", "finance", "nanometre", "1e+308", ""}) {
    INFO(text);
    CHECK_FALSE(nn::test::shows_inf_or_nan(text));
  }
}
