/// \file
/// What every chapter's command line shares: `--help`, `--digits`, validated
/// numbers, and the rule that bad input gives one clear line and exit status 2.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdint>
#include <functional>
#include <string>

namespace nn::cli {

/// Exit status for a bad flag or value: the reader can fix the command.
inline constexpr int bad_input = 2;
/// Exit status for any other failure, including a result that overflows (nn::Overflow) and
/// a run that diverges (nn::Diverged) on input that passed every check.
inline constexpr int failure = 1;

/// Parses the flags into `app`'s variables, then calls `body`.
///
/// Before parsing, an argument holding a control character (but a tab) or a byte-order mark
/// is refused, shown escaped, and every numeric flag of `app` and of its subcommands gets a check ahead of its
/// own validators: its value is a number of the one decimal grammar (nn/core/numbers.hpp), an
/// integer flag's a whole number (`010` is 10, never octal 8; `0x10`, `inf` and `1e2` are
/// refused). A flag that takes no value is given alone, or as `--flag=false`; CLI11 would
/// read `--flag=2` as on and `--flag=0x1` as off.
///
/// `--help` prints the flags and returns 0. A bad flag or value (CLI11's parse
/// errors, and std::invalid_argument from the library, which names what was wrong)
/// prints `<program>: error: <what>` on stderr and returns bad_input. nn::Overflow and
/// nn::Diverged print `<program>: error: <what>` and return failure; any other exception
/// prints `<program>: failed: <what>` and returns failure.
/// \return the exit status for main() to return.
int run(CLI::App& app, int argc, char** argv, const std::function<void()>& body);

/// Adds `--digits N` (significant digits printed, 1 to 17; 17 round-trips a double).
void add_digits_flag(CLI::App& app, int& digits);

/// Accepts only finite numbers greater than 0 (CLI11's PositiveNumber lets inf and NaN through).
extern const CLI::Validator positive_finite;
/// Accepts only finite numbers (no inf, no NaN).
extern const CLI::Validator finite;
/// Accepts only numbers strictly between 0 and 1.
extern const CLI::Validator open_unit_interval;
/// Accepts only finite numbers of 0 or more (CLI11's NonNegativeNumber names the largest
/// double in all its 309 digits when it refuses a value).
extern const CLI::Validator non_negative;
/// Accepts only numbers from 0 to 1, both included.
extern const CLI::Validator unit_interval;
/// Accepts only whole numbers from `low` to `high`, written in decimal digits: `1e2` and `2.5`
/// are refused with a message asking for a whole number, and an out-of-range one names the range.
CLI::Validator whole_number(std::uint64_t low, std::uint64_t high);

}  // namespace nn::cli
