// Reference solutions to the chapter 7 exercises (see exercises.hpp), line by line from
// the algorithm boxes of torch.optim's documentation.
#include <cmath>

#include "exercises.hpp"

namespace ch07 {
namespace {

// State that starts empty begins as zeros of the gradient's shape.
void start_as_zeros(arma::mat& state, const arma::mat& gradient) {
  if (state.is_empty()) state.zeros(arma::size(gradient));
}

}  // namespace

void sgd_momentum_step(arma::mat& theta, const arma::mat& gradient, MomentumState& state, double learning_rate,
                       double momentum) {
  if (state.buffer.is_empty()) {
    state.buffer = gradient;  // PyTorch's first buffer is the gradient itself
  } else {
    state.buffer = momentum * state.buffer + gradient;
  }
  theta -= learning_rate * state.buffer;
}

void rmsprop_step(arma::mat& theta, const arma::mat& gradient, RMSpropState& state, double learning_rate,
                  double alpha, double epsilon) {
  start_as_zeros(state.square_average, gradient);
  state.square_average = alpha * state.square_average + (1.0 - alpha) * arma::square(gradient);
  theta -= learning_rate * gradient / (arma::sqrt(state.square_average) + epsilon);
}

void adam_step(arma::mat& theta, const arma::mat& gradient, AdamState& state, double learning_rate, double beta1,
               double beta2, double epsilon) {
  start_as_zeros(state.m, gradient);
  start_as_zeros(state.v, gradient);
  state.t += 1;
  state.m = beta1 * state.m + (1.0 - beta1) * gradient;
  state.v = beta2 * state.v + (1.0 - beta2) * arma::square(gradient);
  const arma::mat m_hat = state.m / (1.0 - std::pow(beta1, state.t));  // bias corrections
  const arma::mat v_hat = state.v / (1.0 - std::pow(beta2, state.t));
  theta -= learning_rate * m_hat / (arma::sqrt(v_hat) + epsilon);      // epsilon outside the root
}

}  // namespace ch07
