// Reference solutions to the chapter 4 exercises (see exercises.hpp), with the
// sigmoid and the softmax written out so they depend on nothing but Armadillo.
#include <cmath>
#include <stdexcept>

#include "exercises.hpp"

namespace ch04 {
namespace {

arma::mat sigmoid(const arma::mat& z) { return 1.0 / (1.0 + arma::exp(-z)); }

// Each row's exponentials over their sum, shifted by the row's maximum so none overflows.
arma::mat softmax(const arma::mat& z) {
  arma::mat e = arma::exp(z.each_col() - arma::max(z, 1));
  e.each_col() /= arma::sum(e, 1);
  return e;
}

}  // namespace

double question_loss(const arma::mat& A2, const arma::mat& Y) {
  if (A2.is_empty() || arma::size(A2) != arma::size(Y)) {
    throw std::invalid_argument("question_loss: A2 and Y need one non-empty shape");
  }
  return arma::accu(arma::square(A2 - Y)) / (2.0 * static_cast<double>(A2.n_elem));
}

arma::mat output_delta(const arma::mat& A2, const arma::mat& Y) {
  const arma::mat dloss_dA2 = (A2 - Y) / static_cast<double>(A2.n_elem);  // d/dA2 of sum(e^2) / (2N)
  return dloss_dA2 % A2 % (1.0 - A2);                                     // times sigmoid'(Z2) = A2 (1 - A2)
}

Gradients backward(const arma::mat& X, const arma::mat& Y, const arma::mat& W1, const arma::mat& W2) {
  const arma::mat A1 = sigmoid(X * W1);
  const arma::mat A2 = sigmoid(A1 * W2);
  const arma::mat delta2 = output_delta(A2, Y);                  // dL/dZ2
  const arma::mat delta1 = (delta2 * W2.t()) % A1 % (1.0 - A1);  // dL/dZ1: back through W2 and the sigmoid
  return {X.t() * delta1, A1.t() * delta2};
}

Gradients backward_cross_entropy(const arma::mat& X, const arma::mat& Y, const arma::mat& W1, const arma::mat& W2) {
  const arma::mat A1 = sigmoid(X * W1);
  const arma::mat A2 = softmax(A1 * W2);
  // The softmax's Jacobian and the cross-entropy's -Y / A2 multiply out to A2 - Y: the error
  // vector at the logits, averaged over the samples. The rest of the pass is unchanged.
  const arma::mat delta2 = (A2 - Y) / static_cast<double>(A2.n_rows);
  const arma::mat delta1 = (delta2 * W2.t()) % A1 % (1.0 - A1);
  return {X.t() * delta1, A1.t() * delta2};
}

}  // namespace ch04
