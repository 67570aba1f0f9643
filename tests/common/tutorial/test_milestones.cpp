// Which steps of a long run the chapters print.
#include <catch2/catch.hpp>

#include <vector>

#include "nn/tutorial/milestones.hpp"

TEST_CASE("milestones: 0, 1, 2, 5, 10, 20, 50, ... and the last step", "[text]") {
  std::vector<int> printed;
  for (int step = 0; step <= 4999; ++step) {
    if (nn::is_milestone(step, 4999)) printed.push_back(step);
  }
  CHECK(printed == std::vector<int>{0, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 4999});
  CHECK(nn::is_milestone(7, 7));
  CHECK_FALSE(nn::is_milestone(7, 8));
}
