#include "nn/losses/loss.hpp"

#include <stdexcept>

#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"

namespace nn {

void Loss::check(const std::string& function, const arma::mat& prediction, const arma::mat& target) const {
  require_matching_pair(class_name_ + "::" + function, "prediction", prediction, "target", target);
}

arma::mat Loss::terms(const arma::mat& prediction, const arma::mat& target) const {
  check("terms", prediction, target);
  arma::mat terms = unchecked_terms(prediction, target);
  require_no_overflow(class_name_ + "::terms", "the loss", terms);
  return terms;
}

double Loss::value(const arma::mat& prediction, const arma::mat& target) const {
  check("value", prediction, target);
  const double total = arma::accu(unchecked_terms(prediction, target));
  require_no_overflow(class_name_ + "::value", "the loss", total);
  switch (reduction_) {
    case Reduction::mean: return total / mean_divisor(prediction, target);
    case Reduction::sum: return total;
    case Reduction::none: break;
  }
  throw std::invalid_argument(class_name_ + "::value: reduction 'none' keeps one loss per term; call terms()");
}

arma::mat Loss::gradient(const arma::mat& prediction, const arma::mat& target) const {
  check("gradient", prediction, target);
  arma::mat gradient_of_sum = unchecked_gradient(prediction, target);
  if (reduction_ == Reduction::mean) {
    gradient_of_sum /= mean_divisor(prediction, target);  // d(mean)/dy = d(sum)/dy / N
  }
  require_no_overflow(class_name_ + "::gradient", "the gradient", gradient_of_sum);
  return gradient_of_sum;
}

}  // namespace nn
