// Comparing a chapter's output with its expected output, number by number.
#pragma once

#include <optional>
#include <string>

namespace nn::test {

// Compares two texts line by line and word by word. Words that both parse as
// numbers may differ by a relative `tolerance`, or by `absolute`: the chapters'
// numbers below 1e-6 are residuals (a gradient check's relative error, say),
// made of rounding that differs between CPUs and BLAS builds. Every other word
// must be equal. Returns nullopt when they match, or a message
// that names the first differing line and shows both versions of it.
std::optional<std::string> compare_output(const std::string& expected, const std::string& actual,
                                          double tolerance = 1e-6, double absolute = 1e-6);

// Whether `text` shows an infinity or a NaN as a value: inf, -inf, infinity or nan (any case)
// standing alone, not inside a word such as "infinite".
bool shows_inf_or_nan(const std::string& text);

}  // namespace nn::test
