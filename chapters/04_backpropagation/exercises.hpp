// Chapter 4 exercises. Write them in homework.cpp; build with the homework preset and
// grade them with `ctest --preset homework -L ch04`. The network is the question's:
// X (N x 4) -> sigmoid(X W1) = A1 (N x H) -> sigmoid(A1 W2) = A2 (N x 3), no biases,
// and the loss is the question's L = ((A2 - Y)^2).sum() / (2 * A2.size).
#pragma once

#include <armadillo>

namespace ch04 {

// Exercise 4.1 (2 points): the question's loss, ((A2 - Y)^2).sum() / (2 * A2.size).
// Throw std::invalid_argument when the shapes differ or are empty.
double question_loss(const arma::mat& A2, const arma::mat& Y);

// Exercise 4.2 (3 points): the output layer's delta dL/dZ2, where A2 = sigmoid(Z2):
// the loss's gradient dL/dA2 times the sigmoid's derivative A2 (1 - A2), element by element.
arma::mat output_delta(const arma::mat& A2, const arma::mat& Y);

// The gradients of the loss with respect to both weight matrices.
struct Gradients {
  arma::mat dW1;  // dL/dW1, the shape of W1
  arma::mat dW2;  // dL/dW2, the shape of W2
};

// Exercise 4.3 (4 points): the whole backward pass: forward X through W1 and W2, then carry the
// output delta back to dL/dW2 and, through W2 and the hidden sigmoid, to dL/dW1.
Gradients backward(const arma::mat& X, const arma::mat& Y, const arma::mat& W1, const arma::mat& W2);

// Exercise 4.4 (5 points): the same network trained on cross-entropy instead: its outputs are
// A2 = softmax(A1 W2), row by row, and its loss is PyTorch's cross_entropy with the rows of Y as
// class probabilities, L = -(Y % log(A2)).sum() / N over the N samples (rows). Only the first
// line of the question's backward pass, the output delta, changes: work out dL/dZ2 for this
// pair. The grader checks the gradients by finite differences, then trains the question's
// network for 300 steps with them.
Gradients backward_cross_entropy(const arma::mat& X, const arma::mat& Y, const arma::mat& W1, const arma::mat& W2);

}  // namespace ch04
