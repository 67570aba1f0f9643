// Chapter 7 exercises. Write them in homework.cpp; build with the homework preset and
// grade them with `ctest --preset homework -L ch07`. Exercises 7.1 to 7.3 each do one step of
// an optimizer on one parameter, exactly as torch.optim documents it, keeping its state in a
// struct that starts empty (empty matrices: treat them as zeros of the gradient's shape).
#pragma once

#include <armadillo>
#include <vector>

namespace ch07 {

// Exercise 7.1 (2 points): SGD with momentum mu (no dampening, no Nesterov, no weight decay):
// on the first step the buffer b is the gradient itself, afterwards b = mu b + g; then theta -= lr b.
struct MomentumState {
  arma::mat buffer;  // b; empty before the first step
};
void sgd_momentum_step(arma::mat& theta, const arma::mat& gradient, MomentumState& state, double learning_rate,
                       double momentum);

// Exercise 7.2 (2 points): RMSprop (not centered, no momentum): v = alpha v + (1 - alpha) g^2, then
// theta -= lr g / (sqrt(v) + eps).
struct RMSpropState {
  arma::mat square_average;  // v; empty before the first step
};
void rmsprop_step(arma::mat& theta, const arma::mat& gradient, RMSpropState& state, double learning_rate,
                  double alpha, double epsilon);

// Exercise 7.3 (3 points): Adam (no weight decay, no AMSGrad), with PyTorch's epsilon placement:
// t += 1, m = b1 m + (1 - b1) g, v = b2 v + (1 - b2) g^2,
// theta -= lr (m / (1 - b1^t)) / (sqrt(v / (1 - b2^t)) + eps).
struct AdamState {
  arma::mat m;  // first moment; empty before the first step
  arma::mat v;  // second moment; empty before the first step
  int t = 0;    // steps taken
};
void adam_step(arma::mat& theta, const arma::mat& gradient, AdamState& state, double learning_rate, double beta1,
               double beta2, double epsilon);

// Exercise 7.4 (4 points): one epoch of minibatch SGD for the linear model x W (one sample per
// row), as PyTorch's DataLoader(shuffle=False, drop_last=False) feeds it: the rows in order,
// batch_size at a time, the last batch holding what is left. For each batch, at the current
// weights, its loss is the mean squared error over every element of the batch (mse_loss of
// x_b W against y_b); then step W -= learning_rate * d loss / d W. Return the batches'
// losses, each measured before its step. Throw std::invalid_argument when batch_size is 0,
// x has no rows, x and y differ in rows, or W is not (columns of x) x (columns of y).
std::vector<double> minibatch_epoch(arma::mat& weights, const arma::mat& x, const arma::mat& y,
                                    arma::uword batch_size, double learning_rate);

}  // namespace ch07
