// The grade report: the points each exercise declares (in its chapter's exercises.hpp), the
// graders' results as ctest writes them (`ctest --output-junit`), and what a teacher gets from
// both: a table, and Gradescope's results.json.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

namespace nn::grading {

// One exercise, as its chapter's exercises.hpp declares it:
//   // Exercise 2.1 (2 points): mean squared error, ...
struct Exercise {
  std::string chapter;  // the chapter's folder, such as "02_error_to_loss"
  std::string number;   // "2.1"
  int points = 0;
};

// Every exercise declared in `exercises_hpp` (the file's text), in order.
std::vector<Exercise> declared_exercises(const std::string& chapter, const std::string& exercises_hpp);

// One grader's run, from ctest's JUnit XML.
struct Run {
  std::string number;  // "2.1", from a test named "...Exercise 2.1: name"
  std::string name;    // "mean_squared_error"
  bool passed = false;
  double seconds = 0.0;
  std::string output;  // what the grader printed
};

// Every exercise's run in `junit_xml` (the file's text); other tests are left out.
std::vector<Run> graded_runs(const std::string& junit_xml);

// An exercise's outcome.
struct Grade {
  Exercise exercise;
  std::string name;  // the function graded, or "" when no grader ran
  int earned = 0;
  std::string feedback;  // one line
  std::string output;    // everything the grader printed
};

// Each exercise with its run (all or nothing); `time_limit` is the graders' limit in seconds:
// a run that took that long was stopped. `not_compiled` lists the chapters whose homework.cpp
// did not compile, so that their exercises say so rather than that no grader ran.
std::vector<Grade> grade(const std::vector<Exercise>& exercises, const std::vector<Run>& runs, double time_limit,
                         const std::vector<std::string>& not_compiled = {});

// The one line a student reads first: "passed", the grader's first message, the crash, the time limit.
std::string first_feedback(const Run& run, double time_limit);

// The table: chapter, exercise, points earned / possible, first line of feedback; a total per
// chapter and overall.
void print_table(std::ostream& out, const std::vector<Grade>& grades);

// Gradescope's results.json: the score, and per exercise its name, score, max_score and output.
void write_gradescope_json(std::ostream& out, const std::vector<Grade>& grades);

}  // namespace nn::grading
