/// \file
/// The operations of nn::autodiff::Variable, each a forward formula and the rule that sends a
/// gradient \f$ G = \partial L / \partial \text{output} \f$ back to its inputs (chapter 8,
/// \ref ch08_autodiff). One sample per row, as everywhere in the library.
#pragma once

#include "nn/autodiff/variable.hpp"

namespace nn::autodiff {

/// \f$ C = AB \f$; sends back \f$ G B^\top \f$ to A and \f$ A^\top G \f$ to B.
/// \throws std::invalid_argument when A's columns differ from B's rows.
Variable matmul(const Variable& a, const Variable& b);

/// \f$ A + B \f$, element by element. Shapes must match, except that a 1 x C row (a bias) is
/// added to every row of an N x C matrix and a 1x1 to every element (numpy's broadcasting);
/// a broadcast input receives the sum of the gradients of the elements it was added to.
/// \throws std::invalid_argument for shapes that neither match nor broadcast.
Variable operator+(const Variable& a, const Variable& b);

/// \f$ A - B \f$, broadcasting as operator+; sends back \f$ G \f$ and \f$ -G \f$.
Variable operator-(const Variable& a, const Variable& b);

/// \f$ -A \f$.
Variable operator-(const Variable& a);

/// \f$ c - A \f$ for a constant \f$ c \f$ (such as the \f$ 1 - p \f$ of a cross-entropy); sends back \f$ -G \f$.
Variable operator-(double c, const Variable& a);

/// \f$ A \odot B \f$, element by element (numpy's `*`), broadcasting as operator+; sends back
/// \f$ G \odot B \f$ and \f$ G \odot A \f$.
Variable operator*(const Variable& a, const Variable& b);

/// \f$ cA \f$ for a constant \f$ c \f$; sends back \f$ cG \f$.
Variable operator*(double c, const Variable& a);

/// \f$ \sigma(Z) = 1/(1+e^{-Z}) \f$, without overflow; sends back \f$ G \odot \sigma(1-\sigma) \f$.
Variable sigmoid(const Variable& z);

/// \f$ \tanh Z \f$; sends back \f$ G \odot (1 - \tanh^2 Z) \f$.
Variable tanh(const Variable& z);

/// \f$ \max(Z, 0) \f$; sends back \f$ G \f$ where \f$ Z > 0 \f$ and 0 elsewhere (PyTorch's choice at 0).
Variable relu(const Variable& z);

/// \f$ e^Z \f$; sends back \f$ G \odot e^Z \f$.
/// \throws nn::Overflow when an element of the result is beyond the range of a double.
Variable exp(const Variable& z);

/// \f$ \log Z \f$; sends back \f$ G / Z \f$.
/// \throws std::invalid_argument when an element is below 0; nn::Overflow when one is 0 (its log is
///         minus infinity, as for a saturated sigmoid's output).
Variable log(const Variable& z);

/// \f$ Z^2 \f$, element by element; sends back \f$ 2 Z \odot G \f$.
Variable square(const Variable& z);

/// \f$ |Z| \f$; sends back \f$ \operatorname{sign}(Z) \odot G \f$, 0 where \f$ Z = 0 \f$ (PyTorch's subgradient).
Variable abs(const Variable& z);

/// \f$ \sum_{ij} A_{ij} \f$, a 1x1; sends back \f$ G \f$ to every element.
Variable sum(const Variable& a);

/// \f$ \frac{1}{n} \sum_{ij} A_{ij} \f$ over all \f$ n \f$ elements, a 1x1; sends back \f$ G/n \f$ to every element.
Variable mean(const Variable& a);

/// The softmax of each row, \f$ s_j = e^{z_j} / \sum_k e^{z_k} \f$; sends back
/// \f$ s \odot (G - \sum_j G_j s_j) \f$ row by row.
Variable softmax(const Variable& z);

/// The log of the softmax of each row, \f$ z_j - \log \sum_k e^{z_k} \f$ (by log-sum-exp, so
/// finite for any finite logits); sends back \f$ G - s \sum_j G_j \f$ row by row.
Variable log_softmax(const Variable& z);

}  // namespace nn::autodiff
