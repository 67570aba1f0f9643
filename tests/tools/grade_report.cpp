// grade_report --source DIR --junit FILE [--json FILE] [--time-limit SECONDS] [--not-compiled FOLDER...] [CHAPTER...]
//
// What scripts/grade prints and writes after ctest has run the graders: the table of points
// per exercise (from each chapter's exercises.hpp) and, with --json, Gradescope's results.json.
// CHAPTER is a chapter's folder (02_error_to_loss), as scripts/grade names them; none means all.
#include <CLI/CLI.hpp>
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "files.hpp"
#include "grade_report.hpp"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  CLI::App app{"The grade table and Gradescope's results.json from the graders' JUnit XML", "grade_report"};
  std::string source, junit, json;
  double time_limit = 0.0;
  std::vector<std::string> chapters, not_compiled;
  app.add_option("--source", source, "The repository (its chapters/ folder declares the points)")->required();
  app.add_option("--junit", junit, "The JUnit XML ctest wrote (ctest --output-junit)")->required();
  app.add_option("--json", json, "Write Gradescope's results.json here");
  app.add_option("--time-limit", time_limit, "The graders' time limit in seconds (a run that long was stopped)");
  app.add_option("--not-compiled", not_compiled, "A chapter (folder) whose homework.cpp did not compile; repeatable")
      ->expected(1)
      ->multi_option_policy(CLI::MultiOptionPolicy::TakeAll);
  app.add_option("chapters", chapters, "Chapters to grade, by folder; none means all");
  CLI11_PARSE(app, argc, argv);

  try {
    std::vector<fs::path> folders;
    for (const auto& entry : fs::directory_iterator(fs::path(source) / "chapters")) {
      const std::string folder = entry.path().filename().string();
      const bool named = chapters.empty() || std::find(chapters.begin(), chapters.end(), folder) != chapters.end();
      if (entry.is_directory() && named) folders.push_back(entry.path());
    }
    std::sort(folders.begin(), folders.end());
    if (folders.empty()) throw std::invalid_argument("no chapter matches the ones named");
    std::vector<nn::grading::Exercise> exercises;
    for (const fs::path& folder : folders) {
      for (const auto& exercise : nn::grading::declared_exercises(folder.filename().string(), nn::test::read_file(folder / "exercises.hpp"))) {
        exercises.push_back(exercise);
      }
    }
    const auto grades = nn::grading::grade(exercises, nn::grading::graded_runs(nn::test::read_file(junit)), time_limit, not_compiled);
    nn::grading::print_table(std::cout, grades);
    if (!json.empty()) {
      std::ofstream out(json);
      if (!out) throw std::runtime_error("cannot write " + json);
      nn::grading::write_gradescope_json(out, grades);
      std::cout << "Gradescope results: " << json << "\n";
    }
  } catch (const std::invalid_argument& error) {
    std::cerr << "grade_report: error: " << error.what() << "\n";
    return 2;
  } catch (const std::exception& error) {
    std::cerr << "grade_report: " << error.what() << "\n";
    return 1;
  }
  return 0;
}
