/// \file
/// What the student edition's library does where the teacher's library holds an exercise's answer.
#pragma once

#include <stdexcept>
#include <string_view>

namespace nn {

/// Thrown in the student edition (`scripts/student-edition`) by a library function whose body
/// is a graded answer: the edition leaves it out, so that the library does not give it away.
class AnswerLeftOut : public std::logic_error {
 public:
  /// \param exercise such as "Exercise 2.1 (mean_squared_error)".
  explicit AnswerLeftOut(std::string_view exercise);
};

}  // namespace nn
