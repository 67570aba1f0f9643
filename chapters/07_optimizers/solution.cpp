// Reference solutions to the chapter 7 exercises (see exercises.hpp), line by line from
// the algorithm boxes of torch.optim's documentation.
#include <algorithm>
#include <cmath>
#include <stdexcept>

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

std::vector<double> minibatch_epoch(arma::mat& weights, const arma::mat& x, const arma::mat& y,
                                    arma::uword batch_size, double learning_rate) {
  if (batch_size == 0 || x.n_rows == 0 || x.n_rows != y.n_rows || weights.n_rows != x.n_cols ||
      weights.n_cols != y.n_cols) {
    throw std::invalid_argument("minibatch_epoch: need batch_size >= 1, x N x D and y N x K with N >= 1, W D x K");
  }
  std::vector<double> losses;
  for (arma::uword first = 0; first < x.n_rows; first += batch_size) {
    const arma::uword last = std::min(first + batch_size, x.n_rows) - 1;  // the last batch may be smaller
    const arma::mat x_batch = x.rows(first, last), y_batch = y.rows(first, last);
    const double terms = static_cast<double>(y_batch.n_elem);  // mse_loss: the mean over every element
    const arma::mat error = x_batch * weights - y_batch;
    losses.push_back(arma::accu(arma::square(error)) / terms);
    weights -= learning_rate * (2.0 * x_batch.t() * error / terms);  // d mse / dW = 2 x^T (x W - y) / terms
  }
  return losses;
}

}  // namespace ch07
