#include "nn/core/quote.hpp"

#include <cstdio>

namespace nn {
namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";
constexpr std::size_t longest = 60;  // longer text is cut to its first `kept` bytes
constexpr std::size_t kept = 50;

std::string escaped_byte(unsigned char c) {
  switch (c) {
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\t': return "\\t";
    default: break;
  }
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "\\x%02x", static_cast<unsigned>(c));
  return buffer;
}

}  // namespace

std::string escaped(std::string_view text) {
  std::string result;
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (text.substr(i, byte_order_mark.size()) == byte_order_mark) {
      result += "\\ufeff";
      i += byte_order_mark.size() - 1;
    } else if (c < 0x20 || c == 0x7F) {
      result += escaped_byte(c);
    } else {
      result += static_cast<char>(c);
    }
  }
  return result;
}

std::string quote(std::string_view text) {
  if (text.size() <= longest) return "'" + escaped(text) + "'";
  std::size_t cut = kept;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // not inside a UTF-8 character
  return "'" + escaped(text.substr(0, cut)) + "...'";
}

}  // namespace nn
