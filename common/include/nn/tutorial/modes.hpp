/// \file
/// A chapter's modes: the walk-through it prints when run without a subcommand, and the
/// subcommands (a calculator, a single run, the data behind a plot). Each flag belongs to the
/// modes that use it, so a flag given where it would have no effect is an error that says
/// where it belongs, instead of being silently ignored.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace nn::cli {

/// The name the messages give the mode without a subcommand.
inline constexpr std::string_view walk_through = "the walk-through";

/// The modes of `app` that have `flag` (such as "--delta"): "the walk-through" for `app`
/// itself, then the names of its subcommands, in the order they were added.
std::vector<std::string> modes_with(const CLI::App& app, std::string_view flag);

/// Adds the mode `plot-data NAME`, which prints the CSV behind one of the book's figures
/// (`names` lists them); the book's build runs it. Returns the subcommand, to add the flags
/// the data depends on.
CLI::App* add_plot_data_mode(CLI::App& app, std::string& name, const std::vector<std::string>& names);

/// After a successful parse: throws CLI::ValidationError when a flag of the walk-through was
/// given together with a subcommand, where the walk-through's flags have no effect.
void check_modes(const CLI::App& app);

/// The one line that explains why CLI11 found arguments it did not expect: a flag given in a
/// mode that does not have it (naming the modes that do), an unknown flag, an unknown
/// subcommand, or a stray word. `arguments` are the command line's, without the program name.
std::string explain_unexpected(const CLI::App& app, const std::vector<std::string>& arguments);

}  // namespace nn::cli
