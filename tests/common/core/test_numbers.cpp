// The one number grammar of every flag and data file, and how its messages read.
#include <catch2/catch.hpp>
#include <cstdint>
#include <limits>
#include <string>

#include "nn/core/numbers.hpp"
#include "nn/core/quote.hpp"

TEST_CASE("parse_number reads decimal numbers in every usual spelling", "[numbers]") {
  CHECK(nn::parse_number("-12", "x") == -12.0);
  CHECK(nn::parse_number("3.5", "x") == 3.5);
  CHECK(nn::parse_number("1e-3", "x") == 1e-3);
  CHECK(nn::parse_number("1E+3", "x") == 1000.0);
  CHECK(nn::parse_number(".5", "x") == 0.5);
  CHECK(nn::parse_number("2.", "x") == 2.0);
  CHECK(nn::parse_number("+7", "x") == 7.0);
  CHECK(nn::parse_number("010", "x") == 10.0);  // decimal, never octal
  CHECK(nn::parse_number("0.1", "x") == 0.1);   // correctly rounded
  CHECK(nn::parse_number("0e999999", "x") == 0.0);
  CHECK(nn::parse_number("1.7976931348623157e308", "x") == std::numeric_limits<double>::max());
  CHECK(nn::parse_number("2.2250738585072014e-308", "x") == std::numeric_limits<double>::min());
}

TEST_CASE("parse_number refuses what is not a decimal number, saying so", "[numbers][errors]") {
  for (const char* text : {"0x10", "0X1p3", "+-1", "--1", "-+1", "1,5", "1.2.3", "e5", "1e", "1e+", ".", "-", "+",
                           " 1", "1 ", "   ", "\t", "1_000", "ten", "1e5x", "١٢"}) {
    INFO(text);
    CHECK_THROWS_WITH(nn::parse_number(text, "--rate"),
                      Catch::StartsWith("--rate: " + nn::quote(text) + " is not a number: numbers are written in "
                                        "decimal, such as -12, 3.5, .5 or 1e-3"));
  }
  CHECK_THROWS_WITH(nn::parse_number("", "--rate"), "--rate: '' is empty; a number is needed");
}

TEST_CASE("parse_number says inf and nan are not finite", "[numbers][errors]") {
  for (const char* text : {"inf", "-inf", "+INF", "Infinity", "nan", "NaN", "-nan", "nan(123)"}) {
    INFO(text);
    CHECK_THROWS_WITH(nn::parse_number(text, "f"), "f: " + nn::quote(text) + " is not a finite number");
  }
}

TEST_CASE("parse_number tells overflow from underflow truthfully", "[numbers][errors]") {
  CHECK_THROWS_WITH(nn::parse_number("1e309", "x"), "x: '1e309' is beyond the largest double (about 1.8e+308)");
  CHECK_THROWS_WITH(nn::parse_number("-123456e400", "x"), Catch::Contains("beyond the largest double"));
  CHECK_THROWS_WITH(nn::parse_number("1e99999999999999999999", "x"), Catch::Contains("beyond the largest double"));
  // A subnormal and a number that would round to 0 both underflow: neither "is not a number".
  for (const char* text : {"1e-320", "-4.9e-324", "1e-400", "0.00001e-99999999999999"}) {
    INFO(text);
    CHECK_THROWS_WITH(nn::parse_number(text, "x"),
                      Catch::Contains("underflows: it is not 0 but closer to 0 than a double holds at full precision"));
  }
}

TEST_CASE("a message without a name starts with the quoted text", "[numbers][errors]") {
  CHECK_THROWS_WITH(nn::parse_number("abc", ""), Catch::StartsWith("'abc' is not a number"));
  CHECK_THROWS_WITH(nn::parse_number("1\n2", ""), Catch::StartsWith("'1\\n2' is not a number"));
}

TEST_CASE("parse_whole_number reads decimal digits only, never octal", "[numbers]") {
  CHECK(nn::parse_whole_number("10", "n", 0, 100) == 10);
  CHECK(nn::parse_whole_number("010", "n", 0, 100) == 10);
  CHECK(nn::parse_whole_number("+7", "n", 0, 100) == 7);
  CHECK(nn::parse_whole_number("-0", "n", 0, 100) == 0);
  CHECK(nn::parse_whole_number("18446744073709551615", "seed", 0, std::numeric_limits<std::uint64_t>::max()) ==
        std::numeric_limits<std::uint64_t>::max());
}

TEST_CASE("parse_whole_number says a whole number is needed, or names the range", "[numbers][errors]") {
  const std::string range = "a whole number from 1 to 1000000 is needed";
  for (const char* text : {"1e2", "2.5", "1.0", "inf"}) {
    INFO(text);
    CHECK_THROWS_WITH(nn::parse_whole_number(text, "--steps", 1, 1000000),
                      "--steps: " + nn::quote(text) + " is not written as a whole number (digits only); " + range);
  }
  for (const char* text : {"ten", "0x10", "+-1", "1 ", " "}) {
    INFO(text);
    CHECK_THROWS_WITH(nn::parse_whole_number(text, "--steps", 1, 1000000),
                      "--steps: " + nn::quote(text) + " is not a number; " + range);
  }
  CHECK_THROWS_WITH(nn::parse_whole_number("", "--steps", 1, 1000000), "--steps: '' is empty; " + range);
  for (const char* text : {"0", "-5", "1000001", "99999999999999999999999"}) {
    INFO(text);
    CHECK_THROWS_WITH(nn::parse_whole_number(text, "--steps", 1, 1000000),
                      "--steps: " + nn::quote(text) + " is out of range: " + range);
  }
  // Beyond 2^64 - 1 is an error, not the largest seed.
  CHECK_THROWS_WITH(nn::parse_whole_number("18446744073709551616", "--seed", 0,
                                           std::numeric_limits<std::uint64_t>::max()),
                    Catch::Contains("is out of range: a whole number from 0 to 18446744073709551615 is needed"));
}

TEST_CASE("the grammar's two predicates", "[numbers]") {
  CHECK(nn::is_decimal_number("-1.5e+3"));
  CHECK_FALSE(nn::is_decimal_number("1.5e+"));
  CHECK(nn::is_whole_number("-010"));
  CHECK_FALSE(nn::is_whole_number("1e2"));
  CHECK_FALSE(nn::is_whole_number(""));
}
