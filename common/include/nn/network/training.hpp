/// \file
/// Full-batch training: forward, loss, backward, optimizer step, and a record of each iteration.
#pragma once

#include <armadillo>
#include <iosfwd>
#include <vector>

#include "nn/losses/loss.hpp"
#include "nn/network/network.hpp"
#include "nn/optimizers/optimizer.hpp"

namespace nn {

/// The loss and accuracy of every iteration, measured on the forward pass before that
/// iteration's update (the question's `results` table).
struct TrainingHistory {
  std::vector<double> loss;      ///< the training loss, one per iteration
  std::vector<double> accuracy;  ///< the share of samples whose largest output is their class (class_labels())

  /// Writes `iteration,loss,accuracy`, then one line per iteration at round-trip precision.
  void write_csv(std::ostream& out) const;
};

/// One step of `optimizer` on every parameter of `network`, with the gradients of its last
/// backward() read where the layers keep them: optimizer.step(network.parameters(),
/// network.gradients()) without copying the gradients. train() steps with it.
/// \throws std::invalid_argument as Optimizer::step() does.
void step(Optimizer& optimizer, Network& network);

/// What train() records of each iteration.
enum class History {
  every_iteration,  ///< the loss and the accuracy, in the TrainingHistory it returns
  none,             ///< nothing: the history is empty, and the loss's value is never computed
};

/// Trains `network` on the whole batch for `iterations` steps of `optimizer` on `loss`
/// (\ref ch04_backpropagation).
/// \throws std::invalid_argument for iterations < 1 or inputs the network or loss reject;
///         nn::Overflow when the first forward or backward pass overflows (the data and the
///         initial weights are too large); nn::Diverged naming the iteration (counted from 0,
///         as the history) when a later pass, the loss (when recorded) or a parameter overflows
///         (the learning rate is too large).
TrainingHistory train(Network& network, const Loss& loss, const arma::mat& input, const arma::mat& target,
                      Optimizer& optimizer, int iterations, History history = History::every_iteration);

}  // namespace nn
