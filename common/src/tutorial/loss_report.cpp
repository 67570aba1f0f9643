#include "nn/tutorial/loss_report.hpp"

#include <ostream>
#include <string>

#include "nn/io/matrix_text.hpp"

namespace nn {

void print_loss_and_gradient(std::ostream& out, const Loss& loss, const arma::mat& prediction,
                             const arma::mat& target, int digits) {
  const arma::mat gradient = loss.gradient(prediction, target);  // validates before anything is printed
  if (loss.reduction() == Reduction::none) {
    out << "loss:\n" << format_rows(loss.terms(prediction, target), digits);
  } else {
    out << "loss: " << format_number(loss.value(prediction, target), digits) << "\n";
  }
  out << "gradient:\n" << format_rows(gradient, digits);
}

}  // namespace nn
