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
    : SoftmaxCrossEntropy(SoftmaxCrossEntropyOptions{.label_smoothing = label_smoothing, .reduction = reduction}) {}

SoftmaxCrossEntropy::SoftmaxCrossEntropy(const SoftmaxCrossEntropyOptions& options)
    : Loss("SoftmaxCrossEntropy", options.reduction), options_(options) {
  if (!(options.label_smoothing >= 0.0 && options.label_smoothing <= 1.0)) {
    std::ostringstream message;  // 1e+308 in short form, not std::to_string's 309 digits
    message << "SoftmaxCrossEntropy: label_smoothing must lie in [0, 1], got " << options.label_smoothing;
    throw std::invalid_argument(message.str());
  }
  for (arma::uword c = 0; c < options.weight.n_elem; ++c) {
    if (!(std::isfinite(options.weight(c)) && options.weight(c) >= 0.0)) {
      std::ostringstream message;
      message << "SoftmaxCrossEntropy: a class weight must be finite and at least 0, got " << options.weight(c)
              << " for class " << c;
      throw std::invalid_argument(message.str());
    }
  }
}

void SoftmaxCrossEntropy::check(const std::string& function, const arma::mat& prediction,
                                const arma::mat& target) const {
  require_non_empty(function, "prediction", prediction);
  require_non_empty(function, "target", target);
  const arma::uword samples = prediction.n_rows, classes = prediction.n_cols;
  const bool probabilities = target.n_rows == samples && target.n_cols == classes;
  const bool indices = target.n_rows == samples && target.n_cols == 1;
  if (!probabilities && !indices) {
    std::ostringstream message;
    message << function << ": prediction (logits) is " << shape_of(prediction) << " but target is " << shape_of(target)
            << "; the target must be " << samples << "x1 (class indices) or " << samples << "x" << classes
            << " (class probabilities)";
    throw std::invalid_argument(message.str());
  }
  require_finite(function, "prediction", prediction);
  require_finite(function, "target", target);
  if (!options_.weight.is_empty() && options_.weight.n_elem != classes) {
    std::ostringstream message;
    message << function << ": " << options_.weight.n_elem << " class weights for " << classes
            << " classes; give one weight per class";
    throw std::invalid_argument(message.str());
  }
  if (probabilities) {
    require_in_range(function, "target", target, 0.0, 1.0, "a class probability lies in [0, 1]");
    return;
  }
  for (arma::uword n = 0; n < samples; ++n) {
    const double label = target(n);
    if (label < 0.0 || label != std::floor(label) || label >= static_cast<double>(classes)) {
      std::ostringstream message;
      message << function << ": target (" << shape_of(target) << ", class indices) holds " << label << " at row "
              << n + 1 << "; a class index is a whole number from 0 to " << classes - 1;
      throw std::invalid_argument(message.str());
    }
  }
  if (reduction() == Reduction::mean && !(mean_divisor(prediction, target) > 0.0)) {
    throw std::invalid_argument(function + ": the samples' classes weigh 0 in total, so their weighted mean is 0/0");
  }
}

arma::mat SoftmaxCrossEntropy::target_distribution(const arma::mat& prediction, const arma::mat& target) const {
  check(class_name() + "::target_distribution", prediction, target);
  return unchecked_distribution(prediction, target);
}

// q = (1 - eps) y + eps / C, y the target's probabilities or the one-hot rows of its indices.
arma::mat SoftmaxCrossEntropy::unchecked_distribution(const arma::mat& prediction, const arma::mat& target) const {
  const arma::uword classes = prediction.n_cols;
  const arma::mat y = target.n_cols == classes ? target : one_hot(arma::conv_to<arma::uvec>::from(target), classes);
  const double smoothing = options_.label_smoothing;
  if (smoothing == 0.0) return y;
  return (1.0 - smoothing) * y + smoothing / static_cast<double>(classes);
}

arma::mat SoftmaxCrossEntropy::weighted_distribution(const arma::mat& prediction, const arma::mat& target) const {
  arma::mat q = unchecked_distribution(prediction, target);
  if (!options_.weight.is_empty()) {
    // answer: Exercise 9.3 (class_weighted_cross_entropy)
    q.each_row() %= options_.weight;
    // end of answer
  }
  return q;
}

// Index targets with weights: PyTorch divides by the weights of the samples' classes, sum_n w_{y_n}.
double SoftmaxCrossEntropy::mean_divisor(const arma::mat& prediction, const arma::mat& target) const {
  const bool indices = target.n_cols != prediction.n_cols;
  if (options_.weight.is_empty() || !indices) return static_cast<double>(prediction.n_rows);
  double total = 0.0;
  // answer: Exercise 9.3 (class_weighted_cross_entropy)
  for (arma::uword n = 0; n < target.n_rows; ++n) total += options_.weight(static_cast<arma::uword>(target(n)));
  // end of answer
  return total;
}

// l_n = -sum_j w_j q_nj log s_nj: one loss per sample, an N x 1 column.
arma::mat SoftmaxCrossEntropy::unchecked_terms(const arma::mat& prediction, const arma::mat& target) const {
  // answer: Exercise 5.2 (softmax_cross_entropy)
  const arma::mat log_s = Softmax().log_value(prediction);
  return -arma::sum(weighted_distribution(prediction, target) % log_s, 1);
  // end of answer
}

// dl_n/dz_ni = s_ni sum_j w_j q_nj - w_i q_ni, which is s - q for unweighted rows of q that sum to 1.
arma::mat SoftmaxCrossEntropy::unchecked_gradient(const arma::mat& prediction, const arma::mat& target) const {
  // answer: Exercise 5.3 (softmax_cross_entropy_gradient)
  const arma::mat wq = weighted_distribution(prediction, target);
  arma::mat gradient = Softmax().value(prediction);
  gradient.each_col() %= arma::sum(wq, 1);
  return gradient - wq;
  // end of answer
}

}  // namespace nn
