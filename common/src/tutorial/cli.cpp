#include "nn/tutorial/cli.hpp"

#include "nn/tutorial/modes.hpp"

#include <cmath>
#include <exception>
#include <iostream>
#include <stdexcept>


namespace nn::cli {
namespace {

// Reads a flag's text as a double, or says why not; the three validators share it.
std::string check_number(const std::string& text, const std::function<bool(double)>& accept,
                         const std::string& wanted) {
  double value = 0.0;
  try {
    std::size_t used = 0;
    value = std::stod(text, &used);
    if (used != text.size()) return "'" + text + "' is not a number";
  } catch (const std::exception&) {
    return "'" + text + "' is not a number";
  }
  if (!std::isfinite(value) || !accept(value)) return "'" + text + "' is not " + wanted;
  return {};
}

}  // namespace

const CLI::Validator positive_finite(
    [](std::string& text) { return check_number(text, [](double x) { return x > 0.0; }, "a finite number above 0"); },
    "POSITIVE");

const CLI::Validator finite(
    [](std::string& text) { return check_number(text, [](double) { return true; }, "a finite number"); }, "FINITE");

const CLI::Validator open_unit_interval(
    [](std::string& text) {
      return check_number(text, [](double x) { return x > 0.0 && x < 1.0; }, "strictly between 0 and 1");
    },
    "(0,1)");

int run(CLI::App& app, int argc, char** argv, const std::function<void()>& body) {
  const std::string program = app.get_name();
  app.require_subcommand(0, 1);  // the walk-through, or one other mode
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
    body();
    return 0;
  } catch (const std::invalid_argument& error) {
    std::cerr << program << ": error: " << error.what() << "\n";
    return bad_input;
  } catch (const std::exception& error) {
    std::cerr << program << ": failed: " << error.what() << "\n";
    return failure;
  }
}

void add_digits_flag(CLI::App& app, int& digits) {
  app.add_option("--digits", digits, "Significant digits printed (17 round-trips a double)")
      ->check(CLI::Range(1, 17))
      ->capture_default_str();
}

}  // namespace nn::cli
