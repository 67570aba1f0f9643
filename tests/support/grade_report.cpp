#include "grade_report.hpp"

#include <algorithm>
#include <iomanip>
#include <map>
#include <ostream>
#include <regex>
#include <sstream>

namespace nn::grading {

std::vector<Exercise> declared_exercises(const std::string& chapter, const std::string& exercises_hpp) {
  static const std::regex declaration(R"(// Exercise ([0-9]+\.[0-9]+) \(([0-9]+) points?\):)");
  std::vector<Exercise> exercises;
  for (auto it = std::sregex_iterator(exercises_hpp.begin(), exercises_hpp.end(), declaration);
       it != std::sregex_iterator(); ++it) {
    exercises.push_back({chapter, (*it)[1], std::stoi((*it)[2])});
  }
  return exercises;
}

namespace {

std::string unescape_xml(const std::string& text) {
  static const std::map<std::string, std::string> entities = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&amp;", "&"}, {"&quot;", "\""}, {"&apos;", "'"}};
  std::string plain;
  for (std::size_t i = 0; i < text.size();) {
    bool replaced = false;
    if (text[i] == '&') {
      for (const auto& [entity, character] : entities) {
        if (text.compare(i, entity.size(), entity) == 0) {
          plain += character;
          i += entity.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) plain += text[i++];
  }
  return plain;
}

// The value of `attribute="..."` in an XML start tag.
std::string attribute(const std::string& tag, const std::string& name) {
  const std::string key = " " + name + "=\"";
  const std::size_t start = tag.find(key);
  if (start == std::string::npos) return "";
  const std::size_t from = start + key.size();
  return unescape_xml(tag.substr(from, tag.find('"', from) - from));
}

}  // namespace

std::vector<Run> graded_runs(const std::string& junit_xml) {
  static const std::regex exercise_name(R"(Exercise ([0-9]+\.[0-9]+): ([A-Za-z_0-9]+))");
  std::vector<Run> runs;
  for (std::size_t at = junit_xml.find("<testcase "); at != std::string::npos;
       at = junit_xml.find("<testcase ", at + 1)) {
    const std::size_t tag_end = junit_xml.find('>', at);
    const std::string tag = junit_xml.substr(at, tag_end - at);
    std::smatch match;
    const std::string name = attribute(tag, "name");
    if (!std::regex_search(name, match, exercise_name)) continue;
    Run run{match[1], match[2], attribute(tag, "status") == "run", std::atof(attribute(tag, "time").c_str()), ""};
    const std::size_t case_end = junit_xml.find("</testcase>", at);
    const std::size_t out = junit_xml.find("<system-out>", at);
    if (out != std::string::npos && out < case_end) {
      const std::size_t from = out + std::string("<system-out>").size();
      run.output = unescape_xml(junit_xml.substr(from, junit_xml.find("</system-out>", from) - from));
    }
    runs.push_back(run);
  }
  return runs;
}

namespace {

std::string trim(const std::string& text) {
  const std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string::npos) return "";
  return text.substr(first, text.find_last_not_of(" \t\r\n") - first + 1);
}

// Joins `line` to `text`: with a space, or with nothing after a "/" where Catch2 broke a path.
void append(std::string& text, const std::string& line) {
  text += (text.empty() || text.back() == '/' ? "" : " ") + trim(line);
}

// How many spaces `line` starts with.
std::size_t indent(const std::string& line) {
  const std::size_t first = line.find_first_not_of(' ');
  return first == std::string::npos ? line.size() : first;
}

// The message after the first line of `output` that ends with `marker`. Catch2 indents it by two
// spaces and wraps it at 80 columns onto lines indented by two, so those are joined; a grader's
// second line, the mistake it recognised, is indented by two more, and is added after a "; ".
std::string message_after(const std::string& output, const std::string& marker) {
  std::istringstream lines(output);
  for (std::string line; std::getline(lines, line);) {
    if (line.size() < marker.size() || line.compare(line.size() - marker.size(), marker.size(), marker) != 0) continue;
    std::string message, mistake;
    for (std::string next; std::getline(lines, next) && !trim(next).empty();) {
      if (indent(next) == 2) {
        append(mistake.empty() ? message : mistake, next);
      } else if (indent(next) == 4 && mistake.empty()) {
        append(mistake, next);
      } else {
        break;  // what follows, such as both matrices, is for the full output
      }
    }
    return mistake.empty() ? message : message + "; " + mistake;
  }
  return "";
}

}  // namespace

std::string first_feedback(const Run& run, double time_limit) {
  if (run.passed) return "passed";
  if (time_limit > 0.0 && run.seconds >= time_limit * 0.99) {
    std::ostringstream line;
    line << "stopped after " << time_limit << " s: the exercise did not finish (an endless loop?)";
    return line.str();
  }
  if (const std::string signal = message_after(run.output, "due to a fatal error condition:"); !signal.empty()) {
    return "crashed: " + signal;
  }
  for (const std::string marker : {"with message:", "with messages:", "with message", "FAILED:"}) {
    if (const std::string line = message_after(run.output, marker); !line.empty()) return line;
  }
  if (run.output.empty()) return "failed with no output (did the grader crash before it started?)";
  return "failed";
}

std::vector<Grade> grade(const std::vector<Exercise>& exercises, const std::vector<Run>& runs, double time_limit,
                         const std::vector<std::string>& not_compiled) {
  std::vector<Grade> grades;
  for (const Exercise& exercise : exercises) {
    const bool compiled =
        std::find(not_compiled.begin(), not_compiled.end(), exercise.chapter) == not_compiled.end();
    Grade grade{exercise, "", 0,
                compiled ? "not graded: its grader did not run" : "the chapter's homework.cpp does not compile", ""};
    for (const Run& run : runs) {
      if (run.number != exercise.number) continue;
      grade.name = run.name;
      grade.earned = run.passed ? exercise.points : 0;
      grade.feedback = first_feedback(run, time_limit);
      grade.output = run.output;
    }
    grades.push_back(grade);
  }
  return grades;
}

void print_table(std::ostream& out, const std::vector<Grade>& grades) {
  const auto row = [&](const std::string& chapter, const std::string& exercise, const std::string& points,
                       const std::string& feedback) {
    out << std::left << std::setw(20) << chapter << std::setw(40) << exercise << std::setw(8) << points << feedback
        << "\n";
  };
  const auto fraction = [](int earned, int possible) { return std::to_string(earned) + "/" + std::to_string(possible); };
  row("chapter", "exercise", "points", "feedback");
  int earned = 0, possible = 0, chapter_earned = 0, chapter_possible = 0;
  for (std::size_t i = 0; i < grades.size(); ++i) {
    const Grade& g = grades[i];
    row(g.exercise.chapter, g.exercise.number + (g.name.empty() ? "" : " " + g.name),
        fraction(g.earned, g.exercise.points), g.feedback);
    chapter_earned += g.earned;
    chapter_possible += g.exercise.points;
    if (i + 1 == grades.size() || grades[i + 1].exercise.chapter != g.exercise.chapter) {
      row("", "  chapter total", fraction(chapter_earned, chapter_possible), "");
      earned += chapter_earned;
      possible += chapter_possible;
      chapter_earned = chapter_possible = 0;
    }
  }
  row("total", "", fraction(earned, possible), "");
}

namespace {

std::string json_string(const std::string& text) {
  std::ostringstream out;
  out << '"';
  for (const unsigned char c : text) {
    switch (c) {
      case '"': out << "\\\""; break;
      case '\\': out << "\\\\"; break;
      case '\n': out << "\\n"; break;
      case '\r': out << "\\r"; break;
      case '\t': out << "\\t"; break;
      default:
        if (c < 0x20) {
          out << "\\u" << std::hex << std::setw(4) << std::setfill('0') << static_cast<int>(c) << std::dec
              << std::setfill(' ');
        } else {
          out << c;
        }
    }
  }
  out << '"';
  return out.str();
}

}  // namespace

void write_gradescope_json(std::ostream& out, const std::vector<Grade>& grades) {
  int score = 0;
  for (const Grade& g : grades) score += g.earned;
  out << "{\n  \"score\": " << score << ",\n  \"tests\": [";
  for (std::size_t i = 0; i < grades.size(); ++i) {
    const Grade& g = grades[i];
    const std::string name = "Exercise " + g.exercise.number + (g.name.empty() ? "" : " (" + g.name + ")");
    out << (i ? "," : "") << "\n    {\"name\": " << json_string(name) << ", \"number\": " << json_string(g.exercise.number)
        << ", \"score\": " << g.earned << ", \"max_score\": " << g.exercise.points
        << ", \"output\": " << json_string(g.feedback + (g.output.empty() ? "" : "\n\n" + g.output)) << "}";
  }
  out << "\n  ]\n}\n";
}

}  // namespace nn::grading
