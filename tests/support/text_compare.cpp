#include "text_compare.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <regex>
#include <sstream>
#include <vector>

namespace nn::test {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream stream(text);
  while (std::getline(stream, part, separator)) parts.push_back(part);
  return parts;
}

std::vector<std::string> words(const std::string& line) {
  std::vector<std::string> result;
  std::istringstream stream(line);
  for (std::string word; stream >> word;) result.push_back(word);
  return result;
}

// Strips the punctuation that surrounds numbers in the chapters' output ("[1;", "2]", "4,").
std::optional<double> as_number(std::string word) {
  while (!word.empty() && std::string("[(,;:").find(word.front()) != std::string::npos) word.erase(0, 1);
  while (!word.empty() && std::string("]),;:%").find(word.back()) != std::string::npos) word.pop_back();
  if (word.empty()) return std::nullopt;
  char* end = nullptr;
  const double value = std::strtod(word.c_str(), &end);
  if (end != word.c_str() + word.size()) return std::nullopt;
  return value;
}

bool same_word(const std::string& expected, const std::string& actual, double tolerance, double absolute) {
  if (expected == actual) return true;
  const auto a = as_number(expected), b = as_number(actual);
  if (!a || !b) return false;
  return std::abs(*a - *b) <= std::max(absolute, tolerance * std::max(std::abs(*a), std::abs(*b)));
}

}  // namespace

std::optional<std::string> compare_output(const std::string& expected, const std::string& actual, double tolerance,
                                          double absolute) {
  const std::vector<std::string> want = split(expected, '\n'), got = split(actual, '\n');
  for (std::size_t i = 0; i < std::max(want.size(), got.size()); ++i) {
    const std::string w = i < want.size() ? want[i] : "<end of output>";
    const std::string g = i < got.size() ? got[i] : "<end of output>";
    const std::vector<std::string> ww = words(w), gw = words(g);
    bool same = ww.size() == gw.size();
    for (std::size_t k = 0; same && k < ww.size(); ++k) same = same_word(ww[k], gw[k], tolerance, absolute);
    if (!same) {
      std::ostringstream message;
      message << "line " << i + 1 << " differs\n  expected: " << w << "\n  actual:   " << g;
      return message.str();
    }
  }
  return std::nullopt;
}

bool shows_inf_or_nan(const std::string& text) {
  static const std::regex value(R"((^|[^A-Za-z])[-+]?(inf|infinity|nan)([^A-Za-z]|$))", std::regex::icase);
  return std::regex_search(text, value);
}

}  // namespace nn::test
