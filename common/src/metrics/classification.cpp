#include "nn/metrics/classification.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <sstream>
#include <stdexcept>
#include <string>

#include "nn/core/checks.hpp"
#include "nn/core/one_hot.hpp"

namespace nn::metrics {

namespace {

// sklearn's zero_division="warn": a ratio whose denominator is 0 counts as 0.
double ratio_or_zero(double numerator, double denominator) {
  return denominator == 0.0 ? 0.0 : numerator / denominator;
}

void require_labels(std::string_view function, const arma::uvec& actual, const arma::uvec& predicted) {
  std::ostringstream message;
  if (actual.is_empty() || predicted.is_empty()) {
    message << function << ": " << (actual.is_empty() ? "actual" : "predicted") << " is empty";
  } else if (actual.n_elem != predicted.n_elem) {
    message << function << ": actual has " << actual.n_elem << " labels but predicted has "
            << predicted.n_elem << "; they must have one label per sample";
  } else {
    return;
  }
  throw std::invalid_argument(message.str());
}

void require_below(std::string_view function, std::string_view name, const arma::uvec& labels,
                   arma::uword classes) {
  for (arma::uword i = 0; i < labels.n_elem; ++i) {
    if (labels(i) >= classes) {
      std::ostringstream message;
      message << function << ": " << name << " label " << labels(i) << " at position " << i + 1
              << " is not below the number of classes, " << classes;
      throw std::invalid_argument(message.str());
    }
  }
}

void require_confusion(std::string_view function, const arma::umat& confusion) {
  std::ostringstream message;
  if (confusion.is_empty() || confusion.n_rows != confusion.n_cols) {
    message << function << ": the confusion matrix is " << confusion.n_rows << "x" << confusion.n_cols
            << "; it must be square and non-empty (classes x classes)";
  } else if (arma::accu(confusion) == 0) {
    message << function << ": the confusion matrix counts no samples";
  } else {
    return;
  }
  throw std::invalid_argument(message.str());
}

// The per-class counts every score is made of, for a checked confusion matrix.
struct Counts {
  arma::vec true_positives;   // C_kk
  arma::vec false_positives;  // column sum minus the diagonal: predicted k, were not
  arma::vec false_negatives;  // row sum minus the diagonal: were k, predicted otherwise
  arma::vec support;          // row sum: samples whose true class is k
};

Counts counts(std::string_view function, const arma::umat& confusion) {
  require_confusion(function, confusion);
  const arma::mat c = arma::conv_to<arma::mat>::from(confusion);
  const arma::vec diagonal = c.diag();
  const arma::vec row_sums = arma::sum(c, 1);
  const arma::vec column_sums = arma::sum(c, 0).t();
  return {.true_positives = diagonal,
          .false_positives = column_sums - diagonal,
          .false_negatives = row_sums - diagonal,
          .support = row_sums};
}

arma::vec elementwise_ratio(const arma::vec& numerator, const arma::vec& denominator) {
  arma::vec result(numerator.n_elem);
  for (arma::uword k = 0; k < numerator.n_elem; ++k) result(k) = ratio_or_zero(numerator(k), denominator(k));
  return result;
}

// P_k = TP_k / (TP_k + FP_k), R_k = TP_k / (TP_k + FN_k), F_k = 2 TP_k / (2 TP_k + FP_k + FN_k),
// each 0 where its denominator is 0 (sklearn's zero_division="warn").
arma::vec precision_of(const Counts& n) { return elementwise_ratio(n.true_positives, n.true_positives + n.false_positives); }

arma::vec recall_of(const Counts& n) { return elementwise_ratio(n.true_positives, n.support); }

arma::vec f1_of(const Counts& n) {
  // answer: Exercise 6.2 (macro_f1)
  return elementwise_ratio(2.0 * n.true_positives, 2.0 * n.true_positives + n.false_positives + n.false_negatives);
  // end of answer
}

// Macro and weighted averages of a per-class score; micro needs the pooled counts instead.
double average_of(const arma::vec& per_class, const arma::vec& support, Average average) {
  if (average == Average::weighted) return arma::dot(per_class, support) / arma::accu(support);
  return arma::mean(per_class);
}

// The labels the rows and columns stand for: 0 to classes - 1 when given, else those present.
arma::uvec labels_of(std::string_view function, const arma::uvec& actual, const arma::uvec& predicted,
                     std::optional<arma::uword> classes) {
  require_labels(function, actual, predicted);
  if (!classes) return present_labels(actual, predicted);
  if (*classes == 0) throw std::invalid_argument(std::string(function) + ": classes must be at least 1");
  require_below(function, "actual", actual, *classes);
  require_below(function, "predicted", predicted, *classes);
  return arma::regspace<arma::uvec>(0, *classes - 1);
}

arma::umat confusion_of(const arma::uvec& labels, const arma::uvec& actual, const arma::uvec& predicted) {
  const auto row_of = [&](arma::uword label) {  // labels are sorted and hold every label that occurs
    return static_cast<arma::uword>(std::lower_bound(labels.begin(), labels.end(), label) - labels.begin());
  };
  arma::umat confusion(labels.n_elem, labels.n_elem, arma::fill::zeros);
  // answer: Exercise 6.1 (confusion_matrix)
  for (arma::uword i = 0; i < actual.n_elem; ++i) ++confusion(row_of(actual(i)), row_of(predicted(i)));
  // end of answer
  return confusion;
}

arma::umat confusion_of(std::string_view function, const arma::uvec& actual, const arma::uvec& predicted,
                        std::optional<arma::uword> classes) {
  return confusion_of(labels_of(function, actual, predicted, classes), actual, predicted);
}

}  // namespace

std::string to_string(Average average) {
  switch (average) {
    case Average::macro: return "macro";
    case Average::micro: return "micro";
    case Average::weighted: return "weighted";
  }
  throw std::invalid_argument("to_string: unknown Average value");
}

Average parse_average(std::string_view name) {
  if (name == "macro") return Average::macro;
  if (name == "micro") return Average::micro;
  if (name == "weighted") return Average::weighted;
  throw unknown_name_error("parse_average", "average", name, {"macro", "micro", "weighted"});
}

arma::uvec present_labels(const arma::uvec& actual, const arma::uvec& predicted) {
  return arma::unique(arma::join_cols(actual, predicted));  // sorted, each once
}

double accuracy(const arma::uvec& actual, const arma::uvec& predicted) {
  require_labels("accuracy", actual, predicted);
  const arma::uword correct = arma::accu(actual == predicted);
  return static_cast<double>(correct) / static_cast<double>(actual.n_elem);
}

arma::umat confusion_matrix(const arma::uvec& actual, const arma::uvec& predicted,
                            std::optional<arma::uword> classes) {
  return confusion_of("confusion_matrix", actual, predicted, classes);
}

arma::vec precision(const arma::umat& confusion) { return precision_of(counts("precision", confusion)); }

arma::vec recall(const arma::umat& confusion) { return recall_of(counts("recall", confusion)); }

arma::vec f1(const arma::umat& confusion) { return f1_of(counts("f1", confusion)); }

double precision(const arma::umat& confusion, Average average) {
  const Counts n = counts("precision", confusion);
  if (average == Average::micro) {
    return ratio_or_zero(arma::accu(n.true_positives), arma::accu(n.true_positives + n.false_positives));
  }
  return average_of(precision_of(n), n.support, average);
}

double recall(const arma::umat& confusion, Average average) {
  const Counts n = counts("recall", confusion);
  if (average == Average::micro) return ratio_or_zero(arma::accu(n.true_positives), arma::accu(n.support));
  return average_of(recall_of(n), n.support, average);
}

double f1(const arma::umat& confusion, Average average) {
  const Counts n = counts("f1", confusion);
  if (average == Average::micro) {
    const double tp = arma::accu(n.true_positives);
    return ratio_or_zero(2.0 * tp, 2.0 * tp + arma::accu(n.false_positives) + arma::accu(n.false_negatives));
  }
  return average_of(f1_of(n), n.support, average);
}

arma::vec precision(const arma::uvec& actual, const arma::uvec& predicted, std::optional<arma::uword> classes) {
  return precision(confusion_of("precision", actual, predicted, classes));
}

arma::vec recall(const arma::uvec& actual, const arma::uvec& predicted, std::optional<arma::uword> classes) {
  return recall(confusion_of("recall", actual, predicted, classes));
}

arma::vec f1(const arma::uvec& actual, const arma::uvec& predicted, std::optional<arma::uword> classes) {
  return f1(confusion_of("f1", actual, predicted, classes));
}

double precision(const arma::uvec& actual, const arma::uvec& predicted, Average average,
                 std::optional<arma::uword> classes) {
  return precision(confusion_of("precision", actual, predicted, classes), average);
}

double recall(const arma::uvec& actual, const arma::uvec& predicted, Average average,
              std::optional<arma::uword> classes) {
  return recall(confusion_of("recall", actual, predicted, classes), average);
}

double f1(const arma::uvec& actual, const arma::uvec& predicted, Average average,
          std::optional<arma::uword> classes) {
  return f1(confusion_of("f1", actual, predicted, classes), average);
}

ClassificationReport classification_report(const arma::umat& confusion) {
  const Counts n = counts("classification_report", confusion);
  ClassificationReport report;
  report.confusion = confusion;
  report.labels = arma::regspace<arma::uvec>(0, confusion.n_rows - 1);
  report.precision = precision_of(n);
  report.recall = recall_of(n);
  report.f1 = f1_of(n);
  report.support = arma::sum(confusion, 1);
  report.accuracy = arma::accu(n.true_positives) / arma::accu(n.support);
  report.macro_precision = average_of(report.precision, n.support, Average::macro);
  report.macro_recall = average_of(report.recall, n.support, Average::macro);
  report.macro_f1 = average_of(report.f1, n.support, Average::macro);
  report.weighted_precision = average_of(report.precision, n.support, Average::weighted);
  report.weighted_recall = average_of(report.recall, n.support, Average::weighted);
  report.weighted_f1 = average_of(report.f1, n.support, Average::weighted);
  return report;
}

ClassificationReport classification_report(const arma::uvec& actual, const arma::uvec& predicted,
                                           std::optional<arma::uword> classes) {
  const arma::uvec labels = labels_of("classification_report", actual, predicted, classes);
  ClassificationReport report = classification_report(confusion_of(labels, actual, predicted));
  report.labels = labels;
  return report;
}

double log_loss(const arma::uvec& actual, const arma::mat& probabilities) {
  constexpr double epsilon = std::numeric_limits<double>::epsilon();  // numpy's finfo(float64).eps
  const double sum_tolerance = 1e-8 + std::sqrt(epsilon);  // np.allclose(sum, 1, rtol=sqrt(eps)), as sklearn
  if (actual.is_empty()) throw std::invalid_argument("log_loss: actual is empty");
  require_non_empty("log_loss", "probabilities", probabilities);
  if (probabilities.n_rows != actual.n_elem) {
    throw std::invalid_argument("log_loss: actual has " + std::to_string(actual.n_elem) +
                                " labels but probabilities is " + shape_of(probabilities) +
                                "; it needs one row per label");
  }
  if (probabilities.n_cols < 2) {
    throw std::invalid_argument("log_loss: probabilities is " + shape_of(probabilities) +
                                "; it needs a column per class and at least 2 classes");
  }
  require_finite("log_loss", "probabilities", probabilities);
  require_below("log_loss", "actual", actual, probabilities.n_cols);
  double total = 0.0;
  for (arma::uword i = 0; i < actual.n_elem; ++i) {
    const arma::rowvec row = probabilities.row(i);
    if (row.min() < 0.0 || row.max() > 1.0 || std::abs(arma::accu(row) - 1.0) > sum_tolerance) {
      std::ostringstream message;
      message.precision(17);
      message << "log_loss: row " << i + 1 << " of probabilities (" << shape_of(probabilities)
              << ") is not a probability distribution: its values must lie in [0, 1] and sum to 1, "
              << "they sum to " << arma::accu(row);
      throw std::invalid_argument(message.str());
    }
    total -= std::log(std::clamp(row(actual(i)), epsilon, 1.0 - epsilon));
  }
  return total / static_cast<double>(actual.n_elem);
}

arma::uvec predicted_classes(const arma::mat& scores) {
  require_non_empty("predicted_classes", "scores", scores);
  require_finite("predicted_classes", "scores", scores);
  return largest_in_each_row(scores);
}

}  // namespace nn::metrics
