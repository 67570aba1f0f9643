// Reading a chapter's modes and flags from CLI11's --help, so that tests follow the chapters
// instead of listing their flags again.
#pragma once

#include <sstream>
#include <string>
#include <vector>

namespace nn::test {

struct HelpFlag {
  std::string name;                // the long name, such as --learning-rate
  std::string type;                // INT, UINT, FLOAT or TEXT; empty for a flag that takes no value
  std::vector<std::string> needs;  // the flags CLI11 requires with it
};

// Reads CLI11's help: "  --name TYPE[:...][=default] [Needs: ...] [Excludes: ...]" per option
// (without --help itself), and the names listed under "Subcommands:".
inline void read_help(const std::string& help, std::vector<HelpFlag>& flags, std::vector<std::string>& subcommands) {
  const auto words = [](const std::string& line) {
    std::istringstream in(line);
    std::vector<std::string> result;
    for (std::string word; in >> word;) result.push_back(word);
    return result;
  };
  std::istringstream lines(help);
  bool in_subcommands = false;
  for (std::string line; std::getline(lines, line);) {
    if (line.rfind("Subcommands:", 0) == 0 || line.rfind("SUBCOMMANDS:", 0) == 0) {
      in_subcommands = true;
      continue;
    }
    if (line.empty() || line[0] != ' ') in_subcommands = false;
    const std::vector<std::string> tokens = words(line);
    if (tokens.empty()) continue;
    if (in_subcommands && line.rfind("  ", 0) == 0 && line.rfind("   ", 0) != 0 && tokens[0][0] != '-') {
      subcommands.push_back(tokens[0]);
      continue;
    }
    if (line.rfind("  -", 0) != 0) continue;
    HelpFlag flag;
    std::istringstream names(tokens[0]);
    for (std::string name; std::getline(names, name, ',');) {
      if (name.rfind("--", 0) == 0) flag.name = name;
    }
    if (flag.name.empty() || flag.name == "--help" || flag.name == "--help-all") continue;
    std::size_t i = 1;
    const std::string type = i < tokens.size() ? tokens[i].substr(0, tokens[i].find_first_of(":=")) : "";
    if (type == "TEXT" || type == "INT" || type == "UINT" || type == "FLOAT") {  // CLI11's names of the types
      flag.type = type;
      ++i;
    }
    for (bool needs = false; i < tokens.size(); ++i) {
      if (tokens[i] == "Needs:" || tokens[i] == "Excludes:") {
        needs = tokens[i] == "Needs:";
      } else if (needs && tokens[i].rfind("--", 0) == 0) {
        flag.needs.push_back(tokens[i]);
      }
    }
    flags.push_back(flag);
  }
}

}  // namespace nn::test
