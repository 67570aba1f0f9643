#include "nn/tutorial/modes.hpp"

#include <algorithm>

namespace nn::cli {
namespace {

bool has_flag(const CLI::App& app, std::string_view flag) {
  return app.get_option_no_throw(std::string(flag)) != nullptr;  // CLI11 matches any of an option's names
}

std::string mode_name(std::string_view mode) {
  return mode == walk_through ? std::string(mode) : "'" + std::string(mode) + "'";
}

// "a", "a or b", "a, b or c".
std::string either(const std::vector<std::string>& modes) {
  std::string text;
  for (std::size_t i = 0; i < modes.size(); ++i) {
    if (i > 0) text += i + 1 == modes.size() ? " or " : ", ";
    text += mode_name(modes[i]);
  }
  return text;
}

// The subcommand the command line chose, or nullptr for the walk-through.
const CLI::App* chosen_mode(const CLI::App& app) {
  const std::vector<const CLI::App*> chosen = app.get_subcommands([](const CLI::App* sub) { return sub->parsed(); });
  return chosen.empty() ? nullptr : chosen.front();
}

}  // namespace

std::vector<std::string> modes_with(const CLI::App& app, std::string_view flag) {
  std::vector<std::string> modes;
  if (has_flag(app, flag)) modes.emplace_back(walk_through);
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) {
    if (has_flag(*sub, flag)) modes.push_back(sub->get_name());
  }
  return modes;
}

CLI::App* add_plot_data_mode(CLI::App& app, std::string& name, const std::vector<std::string>& names) {
  CLI::App* mode = app.add_subcommand("plot-data", "Print the CSV behind a figure of the book");
  mode->add_option("figure", name, "Which figure")->required()->check(CLI::IsMember(names));
  return mode;
}

void check_modes(const CLI::App& app) {
  const CLI::App* mode = chosen_mode(app);
  if (mode == nullptr) return;
  for (const CLI::Option* option : app.get_options()) {
    if (option->count() == 0 || option->get_name() == "--help") continue;
    const std::string flag = option->get_name();
    std::string message = flag + " belongs to " + std::string(walk_through) + " (no subcommand), not to '" +
                          mode->get_name() + "'";
    if (has_flag(*mode, flag)) message += "; give it after '" + mode->get_name() + "'";
    throw CLI::ValidationError(message);
  }
}

std::string explain_unexpected(const CLI::App& app, const std::vector<std::string>& arguments) {
  const CLI::App* mode = chosen_mode(app);
  const std::string here = mode == nullptr ? std::string(walk_through) : "'" + mode->get_name() + "'";
  const std::vector<std::string> left = app.remaining(true);
  if (left.empty()) return "unexpected arguments";
  const bool first_is_a_word = !arguments.empty() && !arguments.front().empty() && arguments.front().front() != '-';
  std::vector<std::string> names;
  for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; })) names.push_back(sub->get_name());
  if (mode == nullptr && first_is_a_word && !names.empty()) {  // a misspelt subcommand
    return "'" + arguments.front() + "' is not a subcommand; choose one of " + either(names);
  }
  for (const std::string& argument : left) {
    if (argument.size() < 2 || argument.front() != '-') continue;
    const std::string flag = argument.substr(0, argument.find('='));
    const std::vector<std::string> modes = modes_with(app, flag);
    if (modes.empty()) return "unknown flag " + flag;
    return flag + " has no effect in " + here + "; it belongs to " + either(modes);
  }
  return "unexpected argument '" + left.front() + "' in " + here;
}

}  // namespace nn::cli
