/// \file
/// Printing a loss's value and gradient, as the `--loss` flags of chapters 2 and 5 do.
#pragma once

#include <armadillo>
#include <iosfwd>

#include "nn/losses/loss.hpp"

namespace nn {

/// Writes `loss: VALUE` (or, with reduction none, `loss:` and one term per element in the
/// prediction's shape), then `gradient:` and the gradient in the prediction's shape, each
/// number with `digits` significant digits.
/// \throws std::invalid_argument as the loss does for inputs it rejects, and nn::Overflow when
///         the loss or its gradient overflows; nothing is written then.
void print_loss_and_gradient(std::ostream& out, const Loss& loss, const arma::mat& prediction,
                             const arma::mat& target, int digits);

}  // namespace nn
