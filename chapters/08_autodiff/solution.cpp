// Reference solutions to the chapter 8 exercises.
#include <cmath>
#include <vector>

#include "exercises.hpp"
#include "nn/autodiff/operations.hpp"

namespace ch08 {

arma::mat log_softmax_backward(const arma::mat& upstream, const arma::mat& output) {
  const arma::mat softmax = arma::exp(output);
  return upstream - softmax.each_col() % arma::sum(upstream, 1);
}

nn::autodiff::Variable asymmetric_squared_error(const nn::autodiff::Variable& prediction,
                                                const nn::autodiff::Variable& target, double weight) {
  namespace ad = nn::autodiff;
  const ad::Variable e = prediction - target;
  return ad::mean(ad::square(ad::relu(e)) + weight * ad::square(ad::relu(-e)));
}

namespace {

// 1 / (1 + e^-z) for z >= 0 and e^z / (1 + e^z) below: no e^|z| is formed.
arma::mat sigmoid_of(arma::mat z) {
  return z.transform([](double x) { return x >= 0.0 ? 1.0 / (1.0 + std::exp(-x)) : std::exp(x) / (1.0 + std::exp(x)); });
}

}  // namespace

nn::autodiff::Variable softplus(const nn::autodiff::Variable& z) {
  // log(1 + e^z) = max(z, 0) + log(1 + e^-|z|): the exponential is at most 1
  const arma::mat value = arma::clamp(z.value(), 0.0, arma::datum::inf) + arma::log1p(arma::exp(-arma::abs(z.value())));
  return nn::autodiff::Variable::make("softplus", value, {z}, [z](const arma::mat& upstream, const arma::mat&) {
    return std::vector<arma::mat>{upstream % sigmoid_of(z.value())};  // d softplus / dz = sigmoid(z)
  });
}

}  // namespace ch08
