#include "nn/tutorial/cli.hpp"

#include "nn/tutorial/modes.hpp"

#include <algorithm>
#include <cmath>
#include <exception>
#include <iostream>
#include <limits>
#include <stdexcept>

#include "nn/core/failures.hpp"
#include "nn/core/numbers.hpp"
#include "nn/core/quote.hpp"

namespace nn::cli {
namespace {

// Reads a flag's text as a number of the one grammar, or says why not; the validators share it.
std::string check_number(const std::string& text, const std::function<bool(double)>& accept,
                         const std::string& wanted) {
  try {
    const double value = parse_number(text, "");
    if (accept && !accept(value)) return quote(text) + " is not " + wanted;
  } catch (const std::invalid_argument& error) {
    return error.what();
  }
  return {};
}

// The message of parse_whole_number() for `text`, or nothing; with `canonical`, `text` becomes
// the number's plain decimal digits, which is how CLI11 must see it (it reads 010 as octal).
std::string check_whole_number(std::string& text, std::uint64_t low, std::uint64_t high, bool canonical) {
  try {
    const std::uint64_t value = parse_whole_number(text, "", low, high);
    if (canonical) text = std::to_string(value);
  } catch (const std::invalid_argument& error) {
    return error.what();
  }
  return {};
}

bool is_one_line(std::string_view text) {
  return std::none_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return (byte < 0x20 && c != '\t') || byte == 0x7F;
  });
}

// Why an argument is refused before CLI11 reads it (CLI11 would quote it raw in its messages,
// breaking the one-line rule or hiding a character), or an empty string.
std::string invisible_character_in(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view argument = argv[i];
    const bool marked = argument.find("\xEF\xBB\xBF") != std::string_view::npos;
    if (is_one_line(argument) && !marked) continue;
    const std::string_view previous = i > 1 ? argv[i - 1] : "";
    const std::string flag = previous.rfind("-", 0) == 0 ? std::string(previous) + ": " : "";
    return flag + quote(argument) + (marked ? " holds an invisible byte-order mark" : " holds a control character");
  }
  return {};
}

// `text` as plain decimal digits with a sign only if negative: `+010` becomes `10`.
std::string plain_digits(std::string_view text) {
  const bool negative = text.front() == '-';
  std::string_view digits = text.front() == '+' || negative ? text.substr(1) : text;
  digits.remove_prefix(std::min(digits.find_first_not_of('0'), digits.size() - 1));
  return (negative && digits != "0" ? "-" : "") + std::string(digits);
}

// An integer flag's text must be written as a whole number; it becomes plain decimal digits,
// since CLI11 reads a leading 0 as octal (010 is 8) and 0x as hexadecimal. The range is the
// flag's own check, except that an unsigned flag's values stop at 0 and 2^64 - 1.
std::string check_integer_text(std::string& text, bool is_unsigned) {
  if (!is_whole_number(text)) {
    return quote(text) + (is_decimal_number(text) ? " is not written as a whole number (digits only)"
                                                   : " is not a number; a whole number is needed");
  }
  if (is_unsigned) return check_whole_number(text, 0, std::numeric_limits<std::uint64_t>::max(), true);
  text = plain_digits(text);
  return {};
}

// A flag that takes no value is on when given; `--csv=false` is CLI11's way to turn it off.
// Any other value (CLI11 reads `--csv=2` as on and `--csv=0x1` as off) is refused.
std::string check_flag_value(const std::string& text) {
  if (text == "true" || text == "false") return {};
  return quote(text) + " is not a value this flag takes; give the flag alone (or =false)";
}

// Puts the grammar in front of the validators of every numeric flag; see run().
void require_one_grammar(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    if (option->get_items_expected_max() == 0) {  // a flag without a value
      option->transform(CLI::Validator([](std::string& text) { return check_flag_value(text); }, ""));
      continue;
    }
    const std::string full_type = option->get_type_name();
    const std::string type = full_type.substr(0, full_type.find(':'));
    if (type == "INT" || type == "UINT") {
      const bool is_unsigned = type == "UINT";
      option->transform(
          CLI::Validator([is_unsigned](std::string& text) { return check_integer_text(text, is_unsigned); }, ""));
    } else if (type == "FLOAT") {
      option->transform(CLI::Validator([](std::string& text) { return check_number(text, nullptr, ""); }, ""));
    }
  }
  for (CLI::App* subcommand : app.get_subcommands([](CLI::App*) { return true; })) require_one_grammar(*subcommand);
}

}  // namespace

const CLI::Validator positive_finite(
    [](std::string& text) { return check_number(text, [](double x) { return x > 0.0; }, "above 0"); }, "POSITIVE");

const CLI::Validator finite([](std::string& text) { return check_number(text, nullptr, ""); }, "FINITE");

const CLI::Validator open_unit_interval(
    [](std::string& text) {
      return check_number(text, [](double x) { return x > 0.0 && x < 1.0; }, "strictly between 0 and 1");
    },
    "(0,1)");

const CLI::Validator non_negative(
    [](std::string& text) { return check_number(text, [](double x) { return x >= 0.0; }, "0 or more"); },
    "NONNEGATIVE");

const CLI::Validator unit_interval(
    [](std::string& text) {
      return check_number(text, [](double x) { return x >= 0.0 && x <= 1.0; }, "from 0 to 1");
    },
    "[0,1]");

CLI::Validator whole_number(std::uint64_t low, std::uint64_t high) {
  return CLI::Validator([low, high](std::string& text) { return check_whole_number(text, low, high, false); },
                        "in [" + std::to_string(low) + " - " + std::to_string(high) + "]");
}

int run(CLI::App& app, int argc, char** argv, const std::function<void()>& body) {
  const std::string program = app.get_name();
  app.require_subcommand(0, 1);  // the walk-through, or one other mode
  require_one_grammar(app);
  if (const std::string problem = invisible_character_in(argc, argv); !problem.empty()) {
    std::cerr << program << ": error: " << problem << "\n";
    return bad_input;
  }
  try {
    app.parse(argc, argv);
    check_modes(app);
  } catch (const CLI::CallForHelp&) {
    std::cout << app.help();  // the chosen subcommand's help, if one was given
    return 0;
  } catch (const CLI::ExtrasError&) {
    std::cerr << program << ": error: " << explain_unexpected(app, std::vector<std::string>(argv + 1, argv + argc)) << " (see --help)\n";
    return bad_input;
  } catch (const CLI::ParseError& error) {
    std::cerr << program << ": error: " << error.what() << " (see --help)\n";
    return bad_input;
  }
  try {
    // OpenBLAS keeps its default threads: a chapter's products are too small to use them (README).
    body();
    return 0;
  } catch (const std::invalid_argument& error) {
    std::cerr << program << ": error: " << error.what() << "\n";
    return bad_input;
  } catch (const Overflow& error) {
    std::cerr << program << ": error: " << error.what() << "\n";
    return failure;
  } catch (const Diverged& error) {
    std::cerr << program << ": error: " << error.what() << "\n";
    return failure;
  } catch (const std::exception& error) {
    std::cerr << program << ": failed: " << error.what() << "\n";
    return failure;
  }
}

void add_digits_flag(CLI::App& app, int& digits) {
  app.add_option("--digits", digits, "Significant digits printed (17 round-trips a double)")
      ->check(whole_number(1, 17))
      ->capture_default_str();
}

}  // namespace nn::cli
