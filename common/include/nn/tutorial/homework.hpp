/// \file
/// What an exercise stub says before the student has written it.
#pragma once

#include <stdexcept>
#include <string_view>

namespace nn {

/// Thrown by an exercise stub that has not been written yet. Catch2 reports its
/// message as the test's failure, so an untouched stub fails clearly instead of crashing.
class ExerciseNotDone : public std::logic_error {
 public:
  /// \param exercise such as "Exercise 2.1 (mean_squared_error)".
  /// \param file where the stub is, such as "chapters/02_error_to_loss/homework.cpp".
  ExerciseNotDone(std::string_view exercise, std::string_view file);
};

}  // namespace nn
