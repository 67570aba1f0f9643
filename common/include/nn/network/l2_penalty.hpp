/// \file
/// The L2 penalty: a term added to the loss that pulls every parameter toward 0 (chapter 9).
#pragma once

#include <armadillo>

#include "nn/losses/loss.hpp"
#include "nn/network/network.hpp"

namespace nn {

/// \f$ \frac{\lambda}{2} \sum_\theta \lVert\theta\rVert^2 \f$ over every parameter of the
/// network, biases included, as an optimizer's `weight_decay` treats every parameter it is given.
/// \throws std::invalid_argument unless lambda is finite and at least 0.
double l2_penalty(const Network& network, double lambda);

/// loss_and_gradients() of \f$ L + \frac{\lambda}{2} \sum_\theta \lVert\theta\rVert^2 \f$: returns
/// that sum and leaves its gradient, the loss's plus \f$ \lambda\theta \f$, in the layers
/// (\ref ch09_why_this_loss).
/// \throws std::invalid_argument as l2_penalty() and Network::loss_and_gradients() do.
double loss_and_gradients_with_l2(Network& network, const Loss& loss, const arma::mat& input,
                                  const arma::mat& target, double lambda);

}  // namespace nn
