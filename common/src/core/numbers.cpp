#include "nn/core/numbers.hpp"

#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

#include "nn/core/quote.hpp"

namespace nn {
namespace {

constexpr std::string_view decimal_examples = "numbers are written in decimal, such as -12, 3.5, .5 or 1e-3";

[[noreturn]] void fail(std::string_view what, std::string_view text, std::string_view problem) {
  std::string message = what.empty() ? "" : std::string(what) + ": ";
  throw std::invalid_argument(message + quote(text) + " " + std::string(problem));
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Skips the digits from `i`; returns how many there were.
std::size_t skip_digits(std::string_view text, std::size_t& i) {
  const std::size_t start = i;
  while (i < text.size() && is_digit(text[i])) ++i;
  return i - start;
}

bool has_sign(std::string_view text) { return !text.empty() && (text.front() == '+' || text.front() == '-'); }

// inf, infinity and nan in any case, with an optional sign: a number, but not a finite one.
bool names_a_non_finite(std::string_view text) {
  std::string lower;
  for (const char c : has_sign(text) ? text.substr(1) : text) {
    lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return lower == "inf" || lower == "infinity" || lower == "nan" || lower.rfind("nan(", 0) == 0;
}

// Whether a number of the grammar whose value does not fit a double is large (true) or
// close to 0 (false): the position of its first nonzero digit plus its exponent.
bool is_large(std::string_view text) {
  const std::size_t e = text.find_first_of("eE");
  const std::string_view mantissa = text.substr(0, e);
  long long exponent = 0;
  if (e != std::string_view::npos) {
    std::size_t i = e + 1;
    const bool negative = text[i] == '-';
    if (text[i] == '+' || text[i] == '-') ++i;
    for (; i < text.size(); ++i) exponent = std::min(exponent * 10 + (text[i] - '0'), 1'000'000'000LL);
    if (negative) exponent = -exponent;
  }
  const std::size_t point = std::min(mantissa.find('.'), mantissa.size());
  const std::size_t first = mantissa.find_first_of("123456789");
  const long long position = first < point ? static_cast<long long>(point - first) - 1
                                           : -static_cast<long long>(first - point);
  return position + exponent > 0;
}

std::string range_of(std::uint64_t low, std::uint64_t high) {
  return "a whole number from " + std::to_string(low) + " to " + std::to_string(high) + " is needed";
}

}  // namespace

bool is_decimal_number(std::string_view text) {
  std::size_t i = has_sign(text) ? 1 : 0;
  std::size_t digits = skip_digits(text, i);
  if (i < text.size() && text[i] == '.') {
    ++i;
    digits += skip_digits(text, i);
  }
  if (digits == 0) return false;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) ++i;
    if (skip_digits(text, i) == 0) return false;
  }
  return i == text.size();
}

bool is_whole_number(std::string_view text) {
  std::size_t i = has_sign(text) ? 1 : 0;
  return skip_digits(text, i) > 0 && i == text.size();
}

double parse_number(std::string_view text, std::string_view what) {
  if (text.empty()) fail(what, text, "is empty; a number is needed");
  if (names_a_non_finite(text)) fail(what, text, "is not a finite number");
  if (!is_decimal_number(text)) fail(what, text, "is not a number: " + std::string(decimal_examples));
  const std::string_view digits = text.front() == '+' ? text.substr(1) : text;  // from_chars takes no '+'
  double value = 0.0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
  const bool nonzero = text.substr(0, text.find_first_of("eE")).find_first_of("123456789") != std::string_view::npos;
  if (error == std::errc::result_out_of_range && is_large(text)) {
    fail(what, text, "is beyond the largest double (about 1.8e+308)");
  }
  if (error == std::errc::result_out_of_range || (nonzero && std::abs(value) < std::numeric_limits<double>::min())) {
    fail(what, text, "underflows: it is not 0 but closer to 0 than a double holds at full precision (about 2.2e-308)");
  }
  if (error != std::errc() || end != digits.data() + digits.size()) {
    fail(what, text, "is not a number: " + std::string(decimal_examples));
  }
  return value;
}

std::uint64_t parse_whole_number(std::string_view text, std::string_view what, std::uint64_t low,
                                 std::uint64_t high) {
  if (text.empty()) fail(what, text, "is empty; " + range_of(low, high));
  if (!is_whole_number(text)) {
    if (is_decimal_number(text) || names_a_non_finite(text)) {
      fail(what, text, "is not written as a whole number (digits only); " + range_of(low, high));
    }
    fail(what, text, "is not a number; " + range_of(low, high));
  }
  const std::string_view digits = has_sign(text) ? text.substr(1) : text;
  std::uint64_t value = 0;
  const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value, 10);
  const bool negative = text.front() == '-' && value != 0;
  if (error != std::errc() || negative || value < low || value > high) {
    fail(what, text, "is out of range: " + range_of(low, high));
  }
  return value;
}

}  // namespace nn
