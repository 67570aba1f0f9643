/// \file
/// What every chapter's command line shares: `--help`, `--digits`, validated
/// numbers, and the rule that bad input gives one clear line and exit status 2.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <string>

namespace nn::cli {

/// Exit status for a bad flag or value: the reader can fix the command.
inline constexpr int bad_input = 2;
/// Exit status for any other failure.
inline constexpr int failure = 1;

/// Parses the flags into `app`'s variables, then calls `body`.
///
/// `--help` prints the flags and returns 0. A bad flag or value (CLI11's parse
/// errors, and std::invalid_argument from the library, which names what was wrong)
/// prints `<program>: error: <what>` on stderr and returns bad_input; any other
/// exception prints `<program>: failed: <what>` and returns failure.
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

}  // namespace nn::cli
