// The user's text in a message: quoted, on one line, with nothing invisible.
#include <catch2/catch.hpp>
#include <string>

#include "nn/core/quote.hpp"

TEST_CASE("quote shows control characters and a byte-order mark escaped", "[quote]") {
  CHECK(nn::quote("mse") == "'mse'");
  CHECK(nn::quote("") == "''");
  CHECK(nn::quote("a\nb") == "'a\\nb'");
  CHECK(nn::quote("a\rb\tc") == "'a\\rb\\tc'");
  CHECK(nn::quote(std::string("a\0b", 3)) == "'a\\x00b'");
  CHECK(nn::quote("\x1b[31m") == "'\\x1b[31m'");
  CHECK(nn::quote("\x7f") == "'\\x7f'");
  CHECK(nn::quote("\xEF\xBB\xBF" "1.5") == "'\\ufeff1.5'");
  CHECK(nn::quote("caf\xC3\xA9") == "'caf\xC3\xA9'");  // printable UTF-8 stays as it is
}

TEST_CASE("quote cuts long text, never inside a UTF-8 character", "[quote]") {
  CHECK(nn::quote(std::string(60, 'x')) == "'" + std::string(60, 'x') + "'");
  CHECK(nn::quote(std::string(61, 'x')) == "'" + std::string(50, 'x') + "...'");
  std::string accents(49, 'x');
  accents.append("\xC3\xA9\xC3\xA9").append(20, 'y');
  CHECK(nn::quote(accents) == "'" + std::string(49, 'x') + "...'");
}

TEST_CASE("escaped keeps the whole text and adds no quotes", "[quote]") {
  const std::string path = "/data/" + std::string(80, 'd') + "/a\nb.csv";
  CHECK(nn::escaped(path) == "/data/" + std::string(80, 'd') + "/a\\nb.csv");
}
