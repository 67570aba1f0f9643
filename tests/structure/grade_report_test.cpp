// The grade report of scripts/grade: points read from exercises.hpp, runs read from ctest's
// JUnit XML, the feedback a student reads first, the table's totals and Gradescope's JSON.
#include <catch2/catch.hpp>
#include <sstream>

#include "grade_report.hpp"

using nn::grading::Run;

namespace {

// What ctest writes for two graders, one passed and one failed (Catch2 wraps messages at 80 columns).
const std::string junit = R"xml(<?xml version="1.0" encoding="UTF-8"?>
<testsuite name="(empty)" tests="3">
	<testcase name="ch02:Exercise 2.1: mean_squared_error" classname="x" time="0.01" status="run">
		<system-out>All tests passed (4 assertions in 1 test case)
</system-out>
	</testcase>
	<testcase name="ch02:Exercise 2.2: mean_absolute_error" classname="x" time="0.02" status="fail">
		<failure message=""/>
		<system-out>grading.hpp:111: FAILED:
explicitly with message:
  mean_absolute_error on a 4x3 batch: expected 0.854, got -0.1 &lt;&amp;&gt; and a long
  message
    it is wrong

</system-out>
	</testcase>
	<testcase name="ch02: output matches expected_output.txt" classname="x" time="0.1" status="run"/>
</testsuite>)xml";

}  // namespace

TEST_CASE("points are read from each exercise's declaration", "[structure][grading]") {
  const auto exercises = nn::grading::declared_exercises(
      "02_error_to_loss", "// Exercise 2.1 (2 points): mean squared error\n// Exercise 2.2 (1 point): mean absolute\n");
  REQUIRE(exercises.size() == 2);
  CHECK(exercises[0].number == "2.1");
  CHECK(exercises[0].points == 2);
  CHECK(exercises[1].points == 1);
}

TEST_CASE("runs are read from ctest's JUnit XML, other tests left out", "[structure][grading]") {
  const auto runs = nn::grading::graded_runs(junit);
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].number == "2.1");
  CHECK(runs[0].name == "mean_squared_error");
  CHECK(runs[0].passed);
  CHECK_FALSE(runs[1].passed);
  CHECK_THAT(runs[1].output, Catch::Matchers::Contains("got -0.1 <&> and a long"));
}

TEST_CASE("the first feedback joins a wrapped message and names a crash or a time limit", "[structure][grading]") {
  const auto runs = nn::grading::graded_runs(junit);
  CHECK(nn::grading::first_feedback(runs[0], 20) == "passed");
  CHECK(nn::grading::first_feedback(runs[1], 20) ==
        "mean_absolute_error on a 4x3 batch: expected 0.854, got -0.1 <&> and a long message; it is wrong");
  const Run not_done{"2.1", "f", false, 0.01,
                     "due to unexpected exception with message:\n  Exercise 2.1 (mean_squared_error) is not done yet: write it in chapters/\n  02_error_to_loss/homework.cpp\n\n"};
  CHECK(nn::grading::first_feedback(not_done, 20) ==
        "Exercise 2.1 (mean_squared_error) is not done yet: write it in chapters/02_error_to_loss/homework.cpp");
  const Run crashed{"2.1", "f", false, 0.01, "FAILED:\ndue to a fatal error condition:\n  SIGSEGV - Segmentation violation signal\n"};
  CHECK(nn::grading::first_feedback(crashed, 20) == "crashed: SIGSEGV - Segmentation violation signal");
  const Run hung{"2.1", "f", false, 20.003, ""};
  CHECK_THAT(nn::grading::first_feedback(hung, 20), Catch::Matchers::StartsWith("stopped after 20 s"));
}

TEST_CASE("all or nothing per exercise, totals per chapter and overall, and an exercise that did not run", "[structure][grading]") {
  const std::vector<nn::grading::Exercise> exercises = {
      {"02_error_to_loss", "2.1", 2}, {"02_error_to_loss", "2.2", 3}, {"03_mse_gradient", "3.1", 4}};
  const auto grades = nn::grading::grade(exercises, nn::grading::graded_runs(junit), 20);
  REQUIRE(grades.size() == 3);
  CHECK(grades[0].earned == 2);
  CHECK(grades[1].earned == 0);
  CHECK(grades[2].earned == 0);
  CHECK_THAT(grades[2].feedback, Catch::Matchers::StartsWith("not graded"));
  CHECK(nn::grading::grade(exercises, {}, 20, {"03_mse_gradient"})[2].feedback ==
        "the chapter's homework.cpp does not compile");
  std::ostringstream table;
  nn::grading::print_table(table, grades);
  CHECK_THAT(table.str(), Catch::Matchers::Contains("2/5") && Catch::Matchers::Contains("0/4") &&
                              Catch::Matchers::Contains("2/9"));
  std::ostringstream json;
  nn::grading::write_gradescope_json(json, grades);
  CHECK_THAT(json.str(), Catch::Matchers::Contains("\"score\": 2,") &&
                             Catch::Matchers::Contains("\"name\": \"Exercise 2.1 (mean_squared_error)\"") &&
                             Catch::Matchers::Contains("\"max_score\": 3") &&
                             Catch::Matchers::Contains("got -0.1 <&> and a long\\n"));
}
