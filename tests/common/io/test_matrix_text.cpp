// Reading matrices from flags and printing them back.
#include <catch2/catch.hpp>
#include <vector>

#include "nn/io/matrix_text.hpp"

TEST_CASE("parse_matrix reads Armadillo's syntax, commas and brackets", "[text]") {
  const arma::mat expected = {{1, 2}, {3, 4}};
  for (const char* text : {"1 2; 3 4", "1, 2; 3, 4", "[1, 2; 3, 4]", "  1 2 ;3   4 ", "+1 2; 3 4e0"}) {
    INFO(text);
    CHECK(arma::approx_equal(nn::parse_matrix(text), expected, "absdiff", 0.0));
  }
  CHECK(arma::size(nn::parse_matrix("-4 3 0 7")) == arma::size(1, 4));
  CHECK(arma::size(nn::parse_matrix("-4; 3; 0; 7")) == arma::size(4, 1));
  CHECK(nn::parse_matrix("1.5e-3")(0) == 1.5e-3);
}

TEST_CASE("parse_matrix names the flag and what is wrong", "[text][errors]") {
  CHECK_THROWS_WITH(nn::parse_matrix("", "--prediction"), "parse_matrix: --prediction '': the matrix is empty");
  CHECK_THROWS_WITH(nn::parse_matrix("[]"), Catch::Contains("empty"));
  CHECK_THROWS_WITH(nn::parse_matrix("1 two", "--target"),
                    "parse_matrix: --target '1 two': 'two' is not a number: numbers are written in decimal, such "
                    "as -12, 3.5, .5 or 1e-3 (row 1, column 2)");
  CHECK_THROWS_WITH(nn::parse_matrix("1 2; 3"), Catch::Contains("row 2 has 1 numbers but row 1 has 2"));
  CHECK_THROWS_WITH(nn::parse_matrix("1;;2"), Catch::Contains("row 2 is empty"));
  CHECK_THROWS_WITH(nn::parse_matrix("nan"), Catch::Contains("'nan' is not a finite number (row 1, column 1)"));
  CHECK_THROWS_WITH(nn::parse_matrix("1 -inf"), Catch::Contains("'-inf' is not a finite number (row 1, column 2)"));
  CHECK_THROWS_WITH(nn::parse_matrix("1e999"), Catch::Contains("'1e999' is beyond the largest double"));
  CHECK_THROWS_WITH(nn::parse_matrix("1e-320"), Catch::Contains("'1e-320' underflows"));
  CHECK_THROWS_WITH(nn::parse_matrix("1.2.3"), Catch::Contains("not a number"));
}

TEST_CASE("parse_matrix reads every number with the one decimal grammar", "[text][errors]") {
  for (const char* text : {"0x10", "+-1", "--1", "1 0x1p3", "1e", "1,5e"}) {
    INFO(text);
    CHECK_THROWS_WITH(nn::parse_matrix(text), Catch::Contains("is not a number: numbers are written in decimal"));
  }
  CHECK(nn::parse_matrix("010")(0) == 10.0);
  CHECK(nn::parse_matrix(".5 2.")(1) == 2.0);
}

TEST_CASE("parse_matrix refuses an empty field between commas instead of dropping it", "[text][errors]") {
  CHECK_THROWS_WITH(nn::parse_matrix("1,,2", "--prediction"),
                    "parse_matrix: --prediction '1,,2': row 1, column 2 is empty (a comma with no number before "
                    "or after it)");
  CHECK_THROWS_WITH(nn::parse_matrix("1, ,2"), Catch::Contains("row 1, column 2 is empty"));
  CHECK_THROWS_WITH(nn::parse_matrix("1 2,"), Catch::Contains("row 1, column 3 is empty"));
  CHECK_THROWS_WITH(nn::parse_matrix(",1"), Catch::Contains("row 1, column 1 is empty"));
  CHECK_THROWS_WITH(nn::parse_matrix("1, 2; 3,, 4"), Catch::Contains("row 2, column 2 is empty"));
  CHECK(arma::size(nn::parse_matrix("1 , 2 ,3")) == arma::size(1, 3));
}

TEST_CASE("parse_matrix shows a control character in the text escaped, on one line", "[text][errors]") {
  try {
    nn::parse_matrix("1\n2", "--prediction");
    FAIL("no exception");
  } catch (const std::invalid_argument& error) {
    const std::string message = error.what();
    CHECK(message.find('\n') == std::string::npos);
    CHECK_THAT(message, Catch::Contains("'1\\n2'"));
  }
}

TEST_CASE("numbers print with the asked significant digits; 17 round-trips", "[text]") {
  CHECK(nn::format_number(12.25) == "12.25");
  CHECK(nn::format_number(1.0 / 3.0, 3) == "0.333");
  CHECK(nn::format_number(-0.0) == "0");
  const double x = 0.1 + 0.2;
  CHECK(std::stod(nn::format_number(x, 17)) == x);
  CHECK(nn::format_number(x, 6) == "0.3");
}

TEST_CASE("matrices print inline in the syntax parse_matrix reads, or as aligned rows", "[text]") {
  const arma::mat m = {{-4, 2.5}, {10, 0}};
  CHECK(nn::format_inline(m) == "[-4 2.5; 10 0]");
  CHECK(arma::approx_equal(nn::parse_matrix(nn::format_inline(m, 17)), m, "absdiff", 0.0));
  CHECK(nn::format_rows(m) == "   -4  2.5\n   10    0\n");  // one width for every column
  CHECK(nn::format_table({"a", "b"}, m) == "   a    b\n  -4  2.5\n  10    0\n");
  CHECK_THROWS_AS(nn::format_table({"a"}, m), std::invalid_argument);
}

TEST_CASE("a table of text: columns as wide as their widest cell, row labels on the left", "[text]") {
  const std::vector<std::vector<std::string>> rows = {{"macro", "0.5", "12"}, {"weighted", "0.75", "3"}};
  CHECK(nn::format_table({"average", "F1", "n"}, rows) == "   average    F1   n\n     macro   0.5  12\n  weighted  0.75   3\n");
  CHECK(nn::format_table({"average", "F1", "n"}, rows, "", nn::Align::left) ==
        "average     F1   n\nmacro      0.5  12\nweighted  0.75   3\n");
  CHECK_THROWS_WITH(nn::format_table({"a", "b"}, {{"1", "2"}, {"3"}}), "format_table: row 2 has 1 cells for 2 headers");
}
