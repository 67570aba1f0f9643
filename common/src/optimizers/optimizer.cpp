#include "nn/optimizers/optimizer.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <utility>

#include "nn/core/checks.hpp"

namespace nn {

namespace {

std::string count(std::size_t n, const std::string& noun) {
  return std::to_string(n) + " " + noun + (n == 1 ? "" : "s");
}

std::string indexed(std::string_view list, std::size_t i) {
  return std::string(list) + "[" + std::to_string(i) + "]";
}

// Whether a parameter passes every check of step() that does not depend on the first step.
bool fits(const arma::mat* parameter, const arma::mat* gradient) {
  return parameter != nullptr && gradient != nullptr && !parameter->is_empty() &&
         arma::size(*parameter) == arma::size(*gradient) && gradient->is_finite();
}

}  // namespace

Optimizer::Optimizer(std::string class_name, double learning_rate)
    : class_name_(std::move(class_name)), learning_rate_(learning_rate) {
  require(std::isfinite(learning_rate) && learning_rate >= 0.0, "learning_rate", "finite and at least 0",
          learning_rate);
}

void Optimizer::step(const std::vector<arma::mat*>& parameters, const std::vector<arma::mat>& gradients) {
  std::vector<const arma::mat*> kept;
  for (const arma::mat& gradient : gradients) kept.push_back(&gradient);
  step(parameters, kept);
}

void Optimizer::step(const std::vector<arma::mat*>& parameters, const std::vector<const arma::mat*>& gradients) {
  check(parameters, gradients);
  if (shapes_.empty()) {
    for (const arma::mat* parameter : parameters) shapes_.push_back(arma::size(*parameter));
    start(shapes_);
  }
  ++steps_;
  for (std::size_t i = 0; i < parameters.size(); ++i) update(i, *parameters[i], *gradients[i]);
}

void Optimizer::step(arma::mat& parameter, const arma::mat& gradient) {
  step(std::vector<arma::mat*>{&parameter}, std::vector<arma::mat>{gradient});
}

void Optimizer::reset() {
  forget();
  shapes_.clear();
  steps_ = 0;
}

// All checks come before any change, so a rejected step leaves parameters and state as they were.
void Optimizer::check(const std::vector<arma::mat*>& parameters, const std::vector<const arma::mat*>& gradients) const {
  const std::string function = class_name_ + "::step";
  if (parameters.size() != gradients.size()) {
    throw std::invalid_argument(function + ": got " + count(parameters.size(), "parameter") + " but " +
                                count(gradients.size(), "gradient") + "; give one gradient per parameter");
  }
  if (parameters.empty()) throw std::invalid_argument(function + ": there are no parameters to update");
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    // A training run takes thousands of steps: the names in the messages are written only for a
    // parameter that fails.
    if (fits(parameters[i], gradients[i])) continue;
    if (parameters[i] == nullptr) throw std::invalid_argument(function + ": " + indexed("parameters", i) + " is null");
    if (gradients[i] == nullptr) throw std::invalid_argument(function + ": " + indexed("gradients", i) + " is null");
    require_non_empty(function, indexed("parameters", i), *parameters[i]);
    require_same_shape(function, indexed("parameters", i), *parameters[i], indexed("gradients", i), *gradients[i]);
    require_finite(function, indexed("gradients", i), *gradients[i]);
  }
  if (shapes_.empty()) return;  // a first step: any parameters will do
  if (parameters.size() != shapes_.size()) {
    throw std::invalid_argument(function + ": got " + count(parameters.size(), "parameter") +
                                ", but the state is for the " + count(shapes_.size(), "parameter") +
                                " of the first step; call reset() to optimize other parameters");
  }
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    if (arma::size(*parameters[i]) != shapes_[i]) {
      throw std::invalid_argument(function + ": " + indexed("parameters", i) + " is " + shape_of(*parameters[i]) +
                                  ", but its state is " + shape_of(shapes_[i]) +
                                  " from the first step; call reset() to optimize other parameters");
    }
  }
}

void Optimizer::require(bool valid, std::string_view hyperparameter, std::string_view rule, double value) const {
  if (!valid) fail(std::string(hyperparameter) + " must be " + std::string(rule) + ", got " + number(value));
}

void Optimizer::fail(const std::string& message) const { throw std::invalid_argument(class_name_ + ": " + message); }

std::string Optimizer::number(double value) {
  std::ostringstream text;
  text << value;  // the default %g form: "0.9", "1e-08", "nan", "inf"
  return text.str();
}

}  // namespace nn
