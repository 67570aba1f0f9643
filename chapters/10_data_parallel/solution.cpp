// Reference solutions to the chapter 10 exercises.
#include "exercises.hpp"

#include <stdexcept>

namespace ch10 {

arma::mat global_mean_gradient(const std::vector<arma::mat>& gradient_sums, const std::vector<double>& counts) {
  arma::mat sum = arma::zeros(arma::size(gradient_sums.at(0)));
  double total = 0.0;
  for (std::size_t k = 0; k < gradient_sums.size(); ++k) {
    sum += gradient_sums[k];
    total += counts.at(k);
  }
  return sum / total;
}

arma::mat combine_mean_gradients(const std::vector<arma::mat>& gradient_means, const std::vector<double>& counts) {
  std::vector<arma::mat> sums;
  for (std::size_t k = 0; k < gradient_means.size(); ++k) sums.push_back(gradient_means[k] * counts.at(k));
  return global_mean_gradient(sums, counts);
}

double global_accuracy(const std::vector<arma::umat>& confusions) {
  arma::umat sum = arma::zeros<arma::umat>(arma::size(confusions.at(0)));
  for (const arma::umat& confusion : confusions) sum += confusion;
  return static_cast<double>(arma::trace(sum)) / static_cast<double>(arma::accu(sum));
}

}  // namespace ch10
