/// \file
/// The error vector: how far off each prediction is (chapter 1).
#pragma once

#include <armadillo>

namespace nn {

/// The error of every prediction: \f$ e = \hat y - y \f$, element by element, one sample per row.
/// A positive error means "predicted too high", so the step \f$ -\eta e \f$ moves the
/// prediction down (\ref ch01_error_vector).
/// \throws std::invalid_argument when the shapes differ, either is empty, or a value is not finite;
///         nn::Overflow when a difference is beyond the range of a double (1e308 - -1e308).
arma::mat error_vector(const arma::mat& prediction, const arma::mat& actual);

}  // namespace nn
