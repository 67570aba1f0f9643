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

TrainingHistory train(Network& network, const Loss& loss, const arma::mat& input, const arma::mat& target,
                      Optimizer& optimizer, int iterations) {
  if (iterations < 1) throw std::invalid_argument("train: iterations must be at least 1, got " + std::to_string(iterations));
  TrainingHistory history;
  for (int iteration = 0; iteration < iterations; ++iteration) {
    try {
      const arma::mat output = network.forward(input);
      history.loss.push_back(loss.value(output, target));
      history.accuracy.push_back(metrics::accuracy(class_labels(target), metrics::predicted_classes(output)));
      network.backward(loss.gradient(output, target));
    } catch (const Overflow& error) {
      if (iteration == 0) throw;  // the data and the initial weights themselves overflow
      throw divergence("training", "iteration", iteration, error.what());  // the parameters grew until they did
    }
    optimizer.step(network.parameters(), network.gradients());
    if (!all_finite(network.parameters())) throw divergence("training", "iteration", iteration, "a parameter overflowed");
  }
  return history;
}

}  // namespace nn
