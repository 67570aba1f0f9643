/// \file
/// The one number grammar of every flag and data file: decimal, finite, and said plainly
/// when it is not. The grammar is
///
///     number = [+|-] (digits [. [digits]] | . digits) [(e|E) [+|-] digits]
///
/// so `-12`, `3.5`, `1e-3`, `.5` and `2.` are numbers, and `0x10`, `+-1`, `--1`, `1,5`, `inf`,
/// `nan`, an empty text and any space are not. A whole number is `[+|-] digits`, read in
/// decimal even with leading zeros (`010` is 10, never octal 8).
#pragma once

#include <cstdint>
#include <string_view>

namespace nn {

/// Reads `text` as a finite decimal number of the grammar above.
/// \param text the number, exactly: no space around it.
/// \param what names the text in messages, such as `--learning-rate` or `data/iris.csv, line 3,
///        field 2`; a message starts with `<what>: ` unless it is empty.
/// \throws std::invalid_argument that quotes the text (see nn::quote()) and says what is wrong:
///         not a number, not finite (`inf`, `nan`), beyond the largest double (about 1.8e+308), or
///         nonzero but closer to 0 than a double holds at full precision (about 2.2e-308).
double parse_number(std::string_view text, std::string_view what);

/// Reads `text` as a whole number (`[+|-] digits`) from `low` to `high`.
/// \throws std::invalid_argument naming the range: for a number that is not whole or not written
///         with digits only (`1e2`, `2.5`), for text that is no number at all, and for a whole
///         number out of the range (including one beyond 2^64 - 1, which is never clamped).
std::uint64_t parse_whole_number(std::string_view text, std::string_view what, std::uint64_t low, std::uint64_t high);

/// Whether `text` is a number of the grammar above, without reading its value.
bool is_decimal_number(std::string_view text);

/// Whether `text` is written as a whole number, `[+|-] digits`, without reading its value.
bool is_whole_number(std::string_view text);

}  // namespace nn
