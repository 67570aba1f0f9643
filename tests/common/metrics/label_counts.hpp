// Confusion matrices in the metrics' tests: built and compared exactly.
#pragma once

#include <armadillo>
#include <initializer_list>

namespace nn::test {

// A matrix of counts, built out of line: GCC 12 falsely reports free-nonheap-object when an
// arma::umat literal's destructor is inlined into a CHECK.
[[gnu::noinline]] inline arma::umat counts(std::initializer_list<std::initializer_list<arma::uword>> rows) {
  return arma::umat(rows);
}

inline bool equal(const arma::umat& a, const arma::umat& b) {
  return a.n_rows == b.n_rows && a.n_cols == b.n_cols && arma::all(arma::vectorise(a == b));
}

}  // namespace nn::test
