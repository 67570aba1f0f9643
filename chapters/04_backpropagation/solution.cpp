// Reference solutions to the chapter 4 exercises (see exercises.hpp), with the
// sigmoid written out so they depend on nothing but Armadillo.
#include <cmath>
#include <stdexcept>

#include "exercises.hpp"

namespace ch04 {
namespace {

arma::mat sigmoid(const arma::mat& z) { return 1.0 / (1.0 + arma::exp(-z)); }

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

}  // namespace ch04
