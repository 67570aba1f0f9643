#include "nn/tutorial/loss_report.hpp"

#include <ostream>
#include <string>

#include "nn/io/matrix_text.hpp"

namespace nn {

void print_loss_and_gradient(std::ostream& out, const Loss& loss, const arma::mat& prediction,
                             const arma::mat& target, int digits) {
  // Everything is computed, and so validated, before anything is printed.
  const arma::mat gradient = loss.gradient(prediction, target);
  const bool reduced = loss.reduction() != Reduction::none;
  const std::string value = reduced ? " " + format_number(loss.value(prediction, target), digits) + "\n"
                                    : "\n" + format_rows(loss.terms(prediction, target), digits);
  out << "loss:" << value << "gradient:\n" << format_rows(gradient, digits);
}

}  // namespace nn
