#include "nn/autodiff/operations.hpp"

#include <cmath>
#include <stdexcept>
#include <string>

#include "nn/core/checks.hpp"
#include "nn/core/failures.hpp"

namespace nn::autodiff {
namespace {

[[noreturn]] void shapes_differ(const std::string& operation, const arma::mat& a, const arma::mat& b,
                                const std::string& rule) {
  throw std::invalid_argument("autodiff::" + operation + ": " + shape_of(a) + " and " + shape_of(b) + " " + rule);
}

// The shape two operands of an element-wise operation make together, numpy's way.
arma::SizeMat broadcast_size(const std::string& operation, const arma::mat& a, const arma::mat& b) {
  if (arma::size(a) == arma::size(b)) return arma::size(a);
  const auto stretches_to = [](const arma::mat& small, const arma::mat& large) {
    return small.n_elem == 1 || (small.n_rows == 1 && small.n_cols == large.n_cols);
  };
  if (stretches_to(b, a)) return arma::size(a);
  if (stretches_to(a, b)) return arma::size(b);
  shapes_differ(operation, a, b,
                "do not broadcast: shapes must match, or one must be 1x1 or a row as wide as the other");
}

// `m` repeated to `size` (a row down the rows, a 1x1 everywhere).
arma::mat stretch(const arma::mat& m, const arma::SizeMat& size) {
  if (arma::size(m) == size) return m;
  return arma::repmat(m, size.n_rows / m.n_rows, size.n_cols / m.n_cols);
}

// The gradient of a stretched operand: the sum of the gradients of the copies it was stretched to.
arma::mat unstretch(const arma::mat& gradient, const arma::SizeMat& size) {
  if (arma::size(gradient) == size) return gradient;
  if (size.n_rows == 1 && size.n_cols == 1) return arma::mat(1, 1, arma::fill::value(arma::accu(gradient)));
  return arma::sum(gradient, 0);  // a row added to every row
}

// Each row's log-sum-exp, m + log(sum(exp(z - m))) with m the row's largest element.
arma::vec log_sum_exp(const arma::mat& z) {
  const arma::vec largest = arma::max(z, 1);
  return largest + arma::log(arma::sum(arma::exp(z.each_col() - largest), 1));
}

// The log-softmax's backward rule, G - s sum_j G_j row by row, with s = exp(output) the softmax.
arma::mat log_softmax_backward(const arma::mat& g, const arma::mat& out) {
  // answer: Exercise 8.1 (log_softmax_backward)
  return g - arma::exp(out).eval().each_col() % arma::sum(g, 1);
  // end of answer
}

}  // namespace

Variable matmul(const Variable& a, const Variable& b) {
  if (a.value().n_cols != b.value().n_rows) {
    shapes_differ("matmul", a.value(), b.value(), "do not multiply: the first's columns must equal the second's rows");
  }
  return Variable::make("matmul", a.value() * b.value(), {a, b}, [a, b](const arma::mat& g, const arma::mat&) {
    return std::vector<arma::mat>{g * b.value().t(), a.value().t() * g};
  });
}

Variable operator+(const Variable& a, const Variable& b) {
  const arma::SizeMat size = broadcast_size("add", a.value(), b.value());
  return Variable::make("add", stretch(a.value(), size) + stretch(b.value(), size), {a, b},
                        [a, b](const arma::mat& g, const arma::mat&) {
                          return std::vector<arma::mat>{unstretch(g, arma::size(a.value())),
                                                        unstretch(g, arma::size(b.value()))};
                        });
}

Variable operator-(const Variable& a, const Variable& b) {
  const arma::SizeMat size = broadcast_size("subtract", a.value(), b.value());
  return Variable::make("subtract", stretch(a.value(), size) - stretch(b.value(), size), {a, b},
                        [a, b](const arma::mat& g, const arma::mat&) {
                          return std::vector<arma::mat>{unstretch(g, arma::size(a.value())),
                                                        unstretch(-g, arma::size(b.value()))};
                        });
}

Variable operator-(const Variable& a) { return -1.0 * a; }

Variable operator-(double c, const Variable& a) { return Variable(arma::mat{c}) - a; }

Variable operator*(const Variable& a, const Variable& b) {
  const arma::SizeMat size = broadcast_size("multiply", a.value(), b.value());
  return Variable::make("multiply", stretch(a.value(), size) % stretch(b.value(), size), {a, b},
                        [a, b, size](const arma::mat& g, const arma::mat&) {
                          return std::vector<arma::mat>{
                              unstretch(g % stretch(b.value(), size), arma::size(a.value())),
                              unstretch(g % stretch(a.value(), size), arma::size(b.value()))};
                        });
}

Variable operator*(double c, const Variable& a) {
  if (!std::isfinite(c)) throw std::invalid_argument("autodiff::scale: the constant is not finite");
  return Variable::make("scale", c * a.value(), {a},
                        [c](const arma::mat& g, const arma::mat&) { return std::vector<arma::mat>{c * g}; });
}

// [sigmoid]
namespace {
// sigma(z) = 1 / (1 + e^-z) for z >= 0, and the equal e^z / (1 + e^z) below: no e^|z| is formed.
arma::mat stable_sigmoid(arma::mat z) {
  return z.transform([](double x) {
    if (x >= 0) return 1.0 / (1.0 + std::exp(-x));
    const double e = std::exp(x);
    return e / (1.0 + e);
  });
}
}  // namespace

Variable sigmoid(const Variable& z) {
  const auto send_back = [](const arma::mat& g, const arma::mat& s) {
    return std::vector<arma::mat>{g % s % (1.0 - s)};  // dL/dz = dL/ds * s (1 - s)
  };
  return Variable::make("sigmoid", stable_sigmoid(z.value()), {z}, send_back);
}
// [sigmoid]

Variable tanh(const Variable& z) {
  return Variable::make("tanh", arma::tanh(z.value()), {z}, [](const arma::mat& g, const arma::mat& t) {
    return std::vector<arma::mat>{g % (1.0 - arma::square(t))};
  });
}

Variable relu(const Variable& z) {
  return Variable::make("relu", arma::clamp(z.value(), 0.0, arma::datum::inf), {z},
                        [z](const arma::mat& g, const arma::mat&) {
                          return std::vector<arma::mat>{g % arma::conv_to<arma::mat>::from(z.value() > 0.0)};
                        });
}

Variable exp(const Variable& z) {
  return Variable::make("exp", arma::exp(z.value()), {z}, [](const arma::mat& g, const arma::mat& e) {
    return std::vector<arma::mat>{g % e};
  });
}

Variable log(const Variable& z) {
  const auto where = [&](arma::uword i) {
    return "autodiff::log: element (" + std::to_string(i % z.value().n_rows + 1) + ", " +
           std::to_string(i / z.value().n_rows + 1) + ")";
  };
  const arma::uvec negative = arma::find(z.value() < 0.0, 1);
  if (!negative.is_empty()) throw std::invalid_argument(where(negative(0)) + " is below 0, which has no real log");
  const arma::uvec zero = arma::find(z.value() == 0.0, 1);
  if (!zero.is_empty()) throw Overflow(where(zero(0)) + " is 0, whose log is minus infinity");
  return Variable::make("log", arma::log(z.value()), {z}, [z](const arma::mat& g, const arma::mat&) {
    return std::vector<arma::mat>{g / z.value()};
  });
}

Variable square(const Variable& z) {
  return Variable::make("square", arma::square(z.value()), {z}, [z](const arma::mat& g, const arma::mat&) {
    return std::vector<arma::mat>{2.0 * z.value() % g};
  });
}

Variable abs(const Variable& z) {
  return Variable::make("abs", arma::abs(z.value()), {z}, [z](const arma::mat& g, const arma::mat&) {
    return std::vector<arma::mat>{arma::sign(z.value()) % g};
  });
}

Variable sum(const Variable& a) {
  return Variable::make("sum", arma::mat(1, 1, arma::fill::value(arma::accu(a.value()))), {a},
                        [a](const arma::mat& g, const arma::mat&) {
                          return std::vector<arma::mat>{arma::mat(arma::size(a.value()), arma::fill::value(g(0)))};
                        });
}

Variable mean(const Variable& a) {
  const double n = static_cast<double>(a.value().n_elem);
  return Variable::make("mean", arma::mat(1, 1, arma::fill::value(arma::accu(a.value()) / n)), {a},
                        [a, n](const arma::mat& g, const arma::mat&) {
                          return std::vector<arma::mat>{arma::mat(arma::size(a.value()), arma::fill::value(g(0) / n))};
                        });
}

Variable softmax(const Variable& z) {
  const arma::mat s = arma::exp(z.value().each_col() - log_sum_exp(z.value()));
  return Variable::make("softmax", s, {z}, [](const arma::mat& g, const arma::mat& out) {
    return std::vector<arma::mat>{out % (g.each_col() - arma::sum(g % out, 1))};
  });
}

Variable log_softmax(const Variable& z) {
  return Variable::make("log_softmax", z.value().each_col() - log_sum_exp(z.value()), {z},
                        [](const arma::mat& g, const arma::mat& out) {
                          return std::vector<arma::mat>{log_softmax_backward(g, out)};
                        });
}

}  // namespace nn::autodiff
