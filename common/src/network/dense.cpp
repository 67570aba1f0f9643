#include "nn/network/dense.hpp"

#include <stdexcept>
#include <string>
#include <utility>

#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"

namespace nn {

Dense::Dense(arma::mat initial_weights, std::shared_ptr<const Activation> activation, bool has_bias)
    : weights(std::move(initial_weights)), activation_(std::move(activation)) {
  require_non_empty("Dense", "weights", weights);
  require_finite("Dense", "weights", weights);
  if (!activation_) throw std::invalid_argument("Dense: the activation is null");
  if (has_bias) bias.zeros(weights.n_cols);
}

const arma::mat& Dense::forward(const arma::mat& input) {
  arma::mat output = output_of("Dense::forward", input);
  input_ = input;  // before output_ changes: the input may be this layer's last output
  output_ = std::move(output);
  return output_;
}

arma::mat Dense::predict(const arma::mat& input) const { return output_of("Dense::predict", input); }

arma::mat Dense::output_of(std::string_view function, const arma::mat& input) const {
  if (input.n_cols != weights.n_rows) {
    throw std::invalid_argument(std::string(function) + ": input is " + shape_of(input) + " but the weights are " +
                                shape_of(weights) + "; the input needs one column per weight row");
  }
  arma::mat z = input * weights;
  if (has_bias()) z.each_row() += bias;
  require_no_overflow(function, "the weighted sum of the inputs", z);
  return activation_->unchecked_value(std::move(z));  // z was just found finite
}

arma::mat Dense::backward(const arma::mat& doutput) {
  const arma::mat delta = parameter_gradients("Dense::backward", doutput);
  // answer: Exercise 4.3 (backward)
  arma::mat dinput = delta * weights.t();
  require_no_overflow("Dense::backward", "the gradient of the layer's input", dinput);
  return dinput;
  // end of answer
}

void Dense::backward_to_parameters(const arma::mat& doutput) {
  parameter_gradients("Dense::backward_to_parameters", doutput);
}

arma::mat Dense::parameter_gradients(std::string_view function, const arma::mat& doutput) {
  if (output_.is_empty()) throw std::logic_error(std::string(function) + ": call forward() first");
  require_same_shape(function, "doutput", doutput, "the layer's output", output_);
  // dL/dZ by the elementwise chain rule, with f'(Z) computed from the output A, as
  // A (1 - A) for the sigmoid: one multiplication instead of new exponentials. A is the
  // activation's own output, so it needs none of derivative_from_output()'s checks.
  // answer: Exercise 4.3 (backward)
  arma::mat delta = activation_->unchecked_derivative_from_output(output_);
  delta %= doutput;
  weight_gradient = input_.t() * delta;
  require_no_overflow(function, "the weight gradient", weight_gradient);
  if (has_bias()) bias_gradient = arma::sum(delta, 0);
  return delta;
  // end of answer
}

}  // namespace nn
