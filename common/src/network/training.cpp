#include "nn/network/training.hpp"

#include <ostream>
#include <stdexcept>
#include <string>

#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"
#include "nn/core/one_hot.hpp"
#include "nn/io/matrix_text.hpp"
#include "nn/metrics/classification.hpp"

namespace nn {

void TrainingHistory::write_csv(std::ostream& out) const {
  out << "iteration,loss,accuracy\n";
  for (std::size_t i = 0; i < loss.size(); ++i) {
    out << i << "," << format_number(loss[i], 17) << "," << format_number(accuracy[i], 17) << "\n";
  }
}

void step(Optimizer& optimizer, Network& network) { optimizer.step(network.parameters(), network.kept_gradients()); }

TrainingHistory train(Network& network, const Loss& loss, const arma::mat& input, const arma::mat& target,
                      Optimizer& optimizer, int iterations, History history) {
  if (iterations < 1) throw std::invalid_argument("train: iterations must be at least 1, got " + std::to_string(iterations));
  TrainingHistory record;
  arma::uvec labels;  // the target's classes, found once, after the loss has checked the target
  for (int iteration = 0; iteration < iterations; ++iteration) {
    try {
      if (history == History::none) {
        network.backward(loss.gradient(network.forward(input), target));
      } else {
        record.loss.push_back(network.loss_and_gradients(loss, input, target));
        if (iteration == 0) labels = class_labels(target);
        record.accuracy.push_back(metrics::accuracy(labels, metrics::predicted_classes(network.output())));
      }
    } catch (const Overflow& error) {
      if (iteration == 0) throw;  // the data and the initial weights themselves overflow
      throw divergence("training", "iteration", iteration, error.what());  // the parameters grew until they did
    }
    step(optimizer, network);
    if (!all_finite(network.parameters())) throw divergence("training", "iteration", iteration, "a parameter overflowed");
  }
  return record;
}

}  // namespace nn
