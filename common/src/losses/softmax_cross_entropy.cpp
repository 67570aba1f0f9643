#include "nn/losses/softmax_cross_entropy.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>

#include "nn/activations/softmax.hpp"
#include "nn/core/checks.hpp"
#include "nn/core/one_hot.hpp"

namespace nn {

SoftmaxCrossEntropy::SoftmaxCrossEntropy(double label_smoothing, Reduction reduction)
    : Loss("SoftmaxCrossEntropy", reduction), label_smoothing_(label_smoothing) {
  if (!(label_smoothing >= 0.0 && label_smoothing <= 1.0)) {
    std::ostringstream message;  // 1e+308 in short form, not std::to_string's 309 digits
    message << "SoftmaxCrossEntropy: label_smoothing must lie in [0, 1], got " << label_smoothing;
    throw std::invalid_argument(message.str());
  }
}

void SoftmaxCrossEntropy::check(const std::string& function, const arma::mat& prediction,
                                const arma::mat& target) const {
  const std::string where = class_name() + "::" + function;
  require_non_empty(where, "prediction", prediction);
  require_non_empty(where, "target", target);
  const arma::uword samples = prediction.n_rows, classes = prediction.n_cols;
  const bool probabilities = target.n_rows == samples && target.n_cols == classes;
  const bool indices = target.n_rows == samples && target.n_cols == 1;
  if (!probabilities && !indices) {
    std::ostringstream message;
    message << where << ": prediction (logits) is " << shape_of(prediction) << " but target is " << shape_of(target)
            << "; the target must be " << samples << "x1 (class indices) or " << samples << "x" << classes
            << " (class probabilities)";
    throw std::invalid_argument(message.str());
  }
  require_finite(where, "prediction", prediction);
  require_finite(where, "target", target);
  if (probabilities) {
    require_in_range(where, "target", target, 0.0, 1.0, "a class probability lies in [0, 1]");
    return;
  }
  for (arma::uword n = 0; n < samples; ++n) {
    const double label = target(n);
    if (label < 0.0 || label != std::floor(label) || label >= static_cast<double>(classes)) {
      std::ostringstream message;
      message << where << ": target (" << shape_of(target) << ", class indices) holds " << label << " at row "
              << n + 1 << "; a class index is a whole number from 0 to " << classes - 1;
      throw std::invalid_argument(message.str());
    }
  }
}

arma::mat SoftmaxCrossEntropy::target_distribution(const arma::mat& prediction, const arma::mat& target) const {
  check("target_distribution", prediction, target);
  return unchecked_distribution(prediction, target);
}

// q = (1 - eps) y + eps / C, y the target's probabilities or the one-hot rows of its indices.
arma::mat SoftmaxCrossEntropy::unchecked_distribution(const arma::mat& prediction, const arma::mat& target) const {
  const arma::uword classes = prediction.n_cols;
  const arma::mat y = target.n_cols == classes ? target : one_hot(arma::conv_to<arma::uvec>::from(target), classes);
  if (label_smoothing_ == 0.0) return y;
  return (1.0 - label_smoothing_) * y + label_smoothing_ / static_cast<double>(classes);
}

// l_n = -sum_j q_nj log s_nj: one loss per sample, an N x 1 column.
arma::mat SoftmaxCrossEntropy::unchecked_terms(const arma::mat& prediction, const arma::mat& target) const {
  const arma::mat log_s = Softmax().log_value(prediction);
  return -arma::sum(unchecked_distribution(prediction, target) % log_s, 1);
}

// dl_n/dz_ni = s_ni sum_j q_nj - q_ni, which is s - q for rows of q that sum to 1.
arma::mat SoftmaxCrossEntropy::unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const {
  const arma::mat q = unchecked_distribution(prediction, target);
  arma::mat gradient = Softmax().value(prediction);
  gradient.each_col() %= arma::sum(q, 1);
  return gradient - q;
}

}  // namespace nn
