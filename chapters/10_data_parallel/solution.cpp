// Reference solutions to the chapter 10 exercises.
#include "exercises.hpp"

#include <stdexcept>

namespace ch10 {

arma::mat global_mean_gradient(const std::vector<arma::mat>& gradient_sums, const std::vector<double>& counts) {
  if (gradient_sums.empty() || gradient_sums.size() != counts.size()) {
    throw std::invalid_argument("global_mean_gradient: need one count per worker's gradient, and one worker or more");
  }
  arma::mat sum = arma::zeros(arma::size(gradient_sums.front()));
  double total = 0.0;
  for (std::size_t k = 0; k < gradient_sums.size(); ++k) {
    sum += gradient_sums[k];
    total += counts[k];
  }
  return sum / total;
}

arma::mat combine_mean_gradients(const std::vector<arma::mat>& gradient_means, const std::vector<double>& counts) {
  if (gradient_means.empty() || gradient_means.size() != counts.size()) {
    throw std::invalid_argument("combine_mean_gradients: need one count per worker's gradient, and one worker or more");
  }
  std::vector<arma::mat> sums;
  for (std::size_t k = 0; k < gradient_means.size(); ++k) sums.push_back(gradient_means[k] * counts[k]);
  return global_mean_gradient(sums, counts);
}

double global_accuracy(const std::vector<arma::umat>& confusions) {
  if (confusions.empty()) throw std::invalid_argument("global_accuracy: there are no workers' confusion matrices");
  double correct = 0.0, samples = 0.0;
  for (const arma::umat& confusion : confusions) {
    correct += static_cast<double>(arma::trace(confusion));  // counts add up across workers
    samples += static_cast<double>(arma::accu(confusion));
  }
  return correct / samples;
}

namespace {

void check_summary(const ColumnMoments& summary, arma::uword columns) {
  if (!(summary.count > 0.0) || summary.mean.n_elem != columns || summary.squared_deviations.n_elem != columns) {
    throw std::invalid_argument("merge_moments: every summary needs a count above 0 and one mean and M2 per column");
  }
}

}  // namespace

ColumnMoments merge_moments(const std::vector<ColumnMoments>& workers) {
  if (workers.empty()) throw std::invalid_argument("merge_moments: there are no workers' summaries");
  ColumnMoments merged = workers.front();
  check_summary(merged, merged.mean.n_elem);
  for (std::size_t k = 1; k < workers.size(); ++k) {
    const ColumnMoments& next = workers[k];
    check_summary(next, merged.mean.n_elem);
    const double count = merged.count + next.count;
    const arma::rowvec delta = next.mean - merged.mean;
    const arma::rowvec mean = merged.mean + delta * (next.count / count);  // each mean weighs by its rows
    // Chan, Golub and LeVeque: M2 = M2_a + M2_b + delta^2 n_a n_b / n, never a difference of large sums
    merged.squared_deviations += next.squared_deviations + arma::square(delta) * (merged.count * next.count / count);
    merged.mean = mean;
    merged.count = count;
  }
  return merged;
}

}  // namespace ch10
