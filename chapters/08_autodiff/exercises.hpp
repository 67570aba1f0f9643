// Chapter 8 exercises. Write them in homework.cpp; build with the homework preset and grade
// them with `ctest --preset homework -L ch08`. The graders check gradients against finite
// differences, as the chapter does, and against values computed with numpy.
#pragma once

#include <armadillo>

#include "nn/autodiff/variable.hpp"

namespace ch08 {

// Exercise 8.1 (3 points): the backward rule of the row-wise log-softmax. `output` is log_softmax(z) of a
// matrix z (one sample per row) and `upstream` is dL/d(output); return dL/dz, in z's shape.
// Hint: d log s_j / d z_i = [i == j] - s_i, and s = exp(output).
arma::mat log_softmax_backward(const arma::mat& upstream, const arma::mat& output);

// Exercise 8.2 (3 points): the learner's wish as a loss, written as an expression of nn::autodiff
// operations (no derivative by hand): the mean over every element of
//   e^2           where e = prediction - target >= 0 (over the truth),
//   weight * e^2  where e < 0 (under the truth),
// so that falling short costs `weight` times as much. Its gradient comes from backward().
nn::autodiff::Variable asymmetric_squared_error(const nn::autodiff::Variable& prediction,
                                                const nn::autodiff::Variable& target, double weight);

// Exercise 8.3 (4 points): an operation of your own for nn::autodiff, made with
// nn::autodiff::Variable::make as the library's operations are (common/src/autodiff/
// operations.cpp): softplus(Z) = log(1 + e^Z), element by element (PyTorch's
// nn.functional.softplus with beta 1). Its value must be finite for any finite Z (softplus of
// 1000 is 1000), and its backward rule sends back G * sigmoid(Z), with G the gradient of the
// loss with respect to its output, again without overflow.
nn::autodiff::Variable softplus(const nn::autodiff::Variable& z);

}  // namespace ch08
