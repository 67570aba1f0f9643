#include "nn/activations/softmax.hpp"

#include <cmath>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>

#include "nn/core/checks.hpp"

namespace nn {

namespace {

// z - max of its row: the same softmax, and every exponent is <= 0.
arma::mat shift_by_row_max(std::string_view function, const arma::mat& z) {
  require_non_empty(function, "z", z);
  require_finite(function, "z", z);
  arma::mat shifted = z;
  shifted.each_col() -= arma::max(z, 1);
  return shifted;
}

}  // namespace

arma::mat Softmax::value(const arma::mat& z) const {
  arma::mat s = arma::exp(shift_by_row_max("Softmax::value", z));
  s.each_col() /= arma::sum(s, 1);  // each row's sum is >= 1: its largest term is e^0
  return s;
}

arma::mat Softmax::log_value(const arma::mat& z) const {
  arma::mat shifted = shift_by_row_max("Softmax::log_value", z);
  // answer: Exercise 5.2 (softmax_cross_entropy)
  const arma::colvec log_sum_exp = arma::log(arma::sum(arma::exp(shifted), 1));
  shifted.each_col() -= log_sum_exp;
  // end of answer
  return shifted;
}

// dL/dz_i = sum_j g_j s_j (delta_ij - s_i) = s_i (g_i - sum_j g_j s_j), one row at a time.
arma::mat Softmax::backward(const arma::mat& softmax_output, const arma::mat& upstream_gradient) const {
  const std::string function = "Softmax::backward";
  require_matching_pair(function, "softmax_output", softmax_output, "upstream_gradient", upstream_gradient);
  require_in_range(function, "softmax_output", softmax_output, 0.0, 1.0,
                   "a softmax output is a probability (were the logits passed instead?)");
  const arma::colvec row_sums = arma::sum(softmax_output, 1);
  for (arma::uword r = 0; r < row_sums.n_elem; ++r) {
    if (std::abs(row_sums(r) - 1.0) > 1e-6) {
      std::ostringstream message;
      message << function << ": row " << r + 1 << " of softmax_output (" << shape_of(softmax_output) << ") sums to "
              << row_sums(r) << ", not 1 (were the logits passed instead?)";
      throw std::invalid_argument(message.str());
    }
  }
  // answer: Exercise 5.4 (softmax_backward)
  arma::mat centred = upstream_gradient;
  centred.each_col() -= arma::sum(upstream_gradient % softmax_output, 1);
  return softmax_output % centred;
  // end of answer
}

}  // namespace nn
