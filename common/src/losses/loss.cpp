#include "nn/losses/loss.hpp"

#include <stdexcept>

#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"

namespace nn {

void Loss::check(const std::string& function, const arma::mat& prediction, const arma::mat& target) const {
  require_matching_pair(function, "prediction", prediction, "target", target);
}

arma::mat Loss::terms(const arma::mat& prediction, const arma::mat& target) const {
  const std::string function = class_name_ + "::terms";
  check(function, prediction, target);
  arma::mat terms = unchecked_terms(prediction, target);
  require_no_overflow(function, "the loss", terms);
  return terms;
}

double Loss::value(const arma::mat& prediction, const arma::mat& target) const {
  const std::string function = class_name_ + "::value";
  check(function, prediction, target);
  return reduced_value(function, prediction, target);
}

arma::mat Loss::gradient(const arma::mat& prediction, const arma::mat& target) const {
  const std::string function = class_name_ + "::gradient";
  check(function, prediction, target);
  return reduced_gradient(function, prediction, target);
}

Loss::ValueAndGradient Loss::value_and_gradient(const arma::mat& prediction, const arma::mat& target) const {
  const std::string function = class_name_ + "::value_and_gradient";
  check(function, prediction, target);
  return {reduced_value(function, prediction, target), reduced_gradient(function, prediction, target)};
}

double Loss::reduced_value(const std::string& function, const arma::mat& prediction, const arma::mat& target) const {
  const double total = arma::accu(unchecked_terms(prediction, target));
  require_no_overflow(function, "the loss", total);
  switch (reduction_) {
    case Reduction::mean: return total / mean_divisor(prediction, target);
    case Reduction::sum: return total;
    case Reduction::none: break;
  }
  throw std::invalid_argument(function + ": reduction 'none' keeps one loss per term; call terms()");
}

arma::mat Loss::reduced_gradient(const std::string& function, const arma::mat& prediction,
                                 const arma::mat& target) const {
  arma::mat gradient_of_sum = unchecked_gradient(prediction, target);
  if (reduction_ == Reduction::mean) {
    gradient_of_sum /= mean_divisor(prediction, target);  // d(mean)/dy = d(sum)/dy / N
  }
  require_no_overflow(function, "the gradient", gradient_of_sum);
  return gradient_of_sum;
}

}  // namespace nn
