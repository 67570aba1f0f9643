/// \file
/// The two ways a computation on valid input can fail: a result beyond the range of a double,
/// and an iterative method whose numbers grow without bound. Both are reported, never printed
/// as `inf` or `nan`.
#pragma once

#include <armadillo>
#include <stdexcept>
#include <string_view>

namespace nn {

/// A result that does not fit a double (beyond about 1.8e+308), computed from finite input.
class Overflow : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// An iterative method (gradient descent, training) whose numbers grew until they overflowed
/// or kept growing: its step, usually the learning rate, is too large.
class Diverged : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

/// The one wording of divergence, in the library and in every chapter:
/// "<method> diverged at <unit> <step>: <cause>; try a smaller learning rate", such as
/// "gradient descent diverged at step 37: the prediction overflowed; try a smaller learning rate".
Diverged divergence(std::string_view method, std::string_view unit, long long step, std::string_view cause);

/// Throws Overflow("<function>: <name> overflows the range of a double (about 1.8e+308)") when
/// `x` is not finite; for results whose inputs were checked to be finite.
void require_no_overflow(std::string_view function, std::string_view name, double x);

/// The same for every element of `m`, naming the row and column of the first that is not finite.
void require_no_overflow(std::string_view function, std::string_view name, const arma::mat& m);

}  // namespace nn
