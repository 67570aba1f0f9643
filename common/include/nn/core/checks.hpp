/// \file
/// Argument checks shared by the library: every public function validates its
/// inputs and throws std::invalid_argument that names the function and the shapes.
#pragma once

#include <armadillo>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace nn {

/// "4x1" for a matrix of 4 rows and 1 column.
std::string shape_of(const arma::mat& m);

/// "4x1" for the size of a matrix of 4 rows and 1 column.
std::string shape_of(const arma::SizeMat& size);

/// "row 2, column 3" (counted from 1) for the element of `m` at index `i`, counted as
/// Armadillo stores `m`, column by column.
std::string row_and_column(const arma::mat& m, arma::uword i);

/// Throws std::invalid_argument("<function>: <name> is empty") when `m` has no elements.
void require_non_empty(std::string_view function, std::string_view name, const arma::mat& m);

/// Throws when `m` holds a NaN or an infinity, naming the first such element.
void require_finite(std::string_view function, std::string_view name, const arma::mat& m);

/// Throws when `a` and `b` differ in shape, naming both shapes.
void require_same_shape(std::string_view function,
                        std::string_view name_a, const arma::mat& a,
                        std::string_view name_b, const arma::mat& b);

/// Throws when an element of `m` lies outside [low, high] (or is NaN), naming the first such
/// element and ending the message with `why`, such as "a probability lies in [0, 1]".
void require_in_range(std::string_view function, std::string_view name, const arma::mat& m, double low, double high,
                      std::string_view why);

/// The checks every loss applies: both non-empty, finite, and of one shape.
void require_matching_pair(std::string_view function,
                           std::string_view name_a, const arma::mat& a,
                           std::string_view name_b, const arma::mat& b);

/// Whether every element of every matrix is finite. After a step of gradient descent, false
/// means the parameters have overflowed: the learning rate is too large.
/// \throws std::invalid_argument when a pointer is null.
bool all_finite(const std::vector<arma::mat*>& parameters);

/// The error for a name that is none of `known`, for a factory or a parser to throw:
/// std::invalid_argument("<function>: unknown <kind> '<name>'; choose one of <known, comma-separated>"),
/// and " (<note>)" after it when a note is given.
std::invalid_argument unknown_name_error(std::string_view function, std::string_view kind, std::string_view name,
                                         const std::vector<std::string>& known, std::string_view note = "");

}  // namespace nn
