/// \file
/// Classification metrics as scikit-learn defines them (chapter 6): accuracy, the
/// confusion matrix, precision, recall and F1 per class and averaged, the log loss,
/// and the predicted class of each row of scores. Arguments come in scikit-learn's order,
/// the true classes first.
#pragma once

#include <armadillo>
#include <optional>
#include <string>
#include <string_view>

namespace nn::metrics {

/// How the per-class scores become one number: scikit-learn's `average` argument.
///
/// With \f$ TP_k, FP_k, FN_k \f$ the true positives, false positives and false
/// negatives of class \f$ k \f$, \f$ s_k \f$ its support (samples whose true class is
/// \f$ k \f$) and \f$ K \f$ classes:
enum class Average {
  macro,     ///< \f$ \frac{1}{K}\sum_k m_k \f$: every class counts the same, however rare
  micro,     ///< the metric of the pooled counts \f$ \sum_k TP_k, \sum_k FP_k, \sum_k FN_k \f$; equals accuracy for single-label data
  weighted,  ///< \f$ \sum_k s_k m_k / \sum_k s_k \f$: the mean over samples of their true class's score
};

/// "macro", "micro" or "weighted".
std::string to_string(Average average);

/// The inverse of to_string().
/// \throws std::invalid_argument for any other text, listing the valid names.
Average parse_average(std::string_view name);

/// The fraction of samples whose predicted class is the true class (sklearn's `accuracy_score`):
/// \f$ \frac{1}{N}\sum_i [\hat y_i = y_i] \f$.
/// \throws std::invalid_argument when either is empty or their lengths differ.
double accuracy(const arma::uvec& actual, const arma::uvec& predicted);

/// The labels that occur in either vector, ascending, each once: the classes sklearn's metrics
/// count by default (`labels=None`), and the rows of confusion_matrix() without `classes`.
arma::uvec present_labels(const arma::uvec& actual, const arma::uvec& predicted);

/// \f$ C_{jk} \f$ = the number of samples of true class \f$ j \f$ predicted as class \f$ k \f$:
/// rows are the true class, columns the predicted one, as sklearn's `confusion_matrix`. The
/// diagonal holds the correct predictions.
///
/// \param actual the true class of each sample.
/// \param predicted the predicted class of each sample.
/// \param classes K, for the K x K matrix of the labels 0 to K - 1, as sklearn's
///        `labels=range(K)`: a class that occurs in neither vector still gets a row and a
///        column. Without it, as sklearn's default, the rows and columns are present_labels():
///        `[0, 2]` and `[0, 0]` give a 2 x 2 matrix whose second row is label 2.
/// \throws std::invalid_argument when either is empty, their lengths differ, classes is 0,
///         or a label is not below classes.
arma::umat confusion_matrix(const arma::uvec& actual, const arma::uvec& predicted,
                            std::optional<arma::uword> classes = std::nullopt);

/// Precision of each class from a confusion matrix (rows true, columns predicted):
/// \f$ P_k = \frac{TP_k}{TP_k + FP_k} = C_{kk} / \sum_j C_{jk} \f$, of the predictions of
/// class \f$ k \f$ the fraction that were right.
///
/// A class that is never predicted has \f$ 0/0 \f$ and gets precision 0, as with sklearn's
/// default `zero_division="warn"` (\ref ch06_metrics).
/// \throws std::invalid_argument when the matrix is empty, not square, or counts no samples.
arma::vec precision(const arma::umat& confusion);

/// Recall of each class: \f$ R_k = \frac{TP_k}{TP_k + FN_k} = C_{kk} / \sum_j C_{kj} \f$, of
/// the samples of class \f$ k \f$ the fraction found.
///
/// A class with no true samples has \f$ 0/0 \f$ and gets recall 0, as with sklearn's default
/// `zero_division="warn"`.
/// \throws std::invalid_argument as precision(const arma::umat&) does.
arma::vec recall(const arma::umat& confusion);

/// F1 of each class, the harmonic mean of precision and recall:
/// \f[ F_k = \frac{2 P_k R_k}{P_k + R_k} = \frac{2\,TP_k}{2\,TP_k + FP_k + FN_k}. \f]
/// The second form is the one sklearn computes; a class absent from both vectors has
/// \f$ 0/0 \f$ and gets 0, sklearn's `zero_division="warn"` value (with a warning).
/// \throws std::invalid_argument as precision(const arma::umat&) does.
arma::vec f1(const arma::umat& confusion);

/// Precision averaged over the classes (Average): macro, micro or weighted by support.
/// \throws std::invalid_argument as precision(const arma::umat&) does.
double precision(const arma::umat& confusion, Average average);

/// Recall averaged over the classes (Average). Weighted recall equals accuracy.
/// \throws std::invalid_argument as precision(const arma::umat&) does.
double recall(const arma::umat& confusion, Average average);

/// F1 averaged over the classes (Average). Macro F1 is the mean of the per-class F1,
/// not the F1 of macro precision and macro recall; micro F1 is the F1 of the pooled counts.
/// \throws std::invalid_argument as precision(const arma::umat&) does.
double f1(const arma::umat& confusion, Average average);

/// Precision of each class, from labels: precision(const arma::umat&) of confusion_matrix().
/// \throws std::invalid_argument as confusion_matrix() does.
arma::vec precision(const arma::uvec& actual, const arma::uvec& predicted,
                    std::optional<arma::uword> classes = std::nullopt);

/// Recall of each class, from labels: recall(const arma::umat&) of confusion_matrix().
/// \throws std::invalid_argument as confusion_matrix() does.
arma::vec recall(const arma::uvec& actual, const arma::uvec& predicted,
                 std::optional<arma::uword> classes = std::nullopt);

/// F1 of each class, from labels: f1(const arma::umat&) of confusion_matrix().
/// \throws std::invalid_argument as confusion_matrix() does.
arma::vec f1(const arma::uvec& actual, const arma::uvec& predicted,
             std::optional<arma::uword> classes = std::nullopt);

/// Averaged precision from labels, as sklearn's `precision_score(actual, predicted,
/// average=...)`, with `labels=range(classes)` when `classes` is given.
/// \throws std::invalid_argument as confusion_matrix() does.
double precision(const arma::uvec& actual, const arma::uvec& predicted, Average average,
                 std::optional<arma::uword> classes = std::nullopt);

/// Averaged recall from labels, as sklearn's `recall_score`.
/// \throws std::invalid_argument as confusion_matrix() does.
double recall(const arma::uvec& actual, const arma::uvec& predicted, Average average,
              std::optional<arma::uword> classes = std::nullopt);

/// Averaged F1 from labels, as sklearn's `f1_score`.
/// \throws std::invalid_argument as confusion_matrix() does.
double f1(const arma::uvec& actual, const arma::uvec& predicted, Average average,
          std::optional<arma::uword> classes = std::nullopt);

/// Everything sklearn's `classification_report` prints, as numbers.
struct ClassificationReport {
  arma::uvec labels;          ///< the class label of each row (and column) of the confusion matrix
  arma::umat confusion;       ///< rows: true class, columns: predicted class
  arma::vec precision;        ///< per class, 0 for a class never predicted
  arma::vec recall;           ///< per class, 0 for a class with no true samples
  arma::vec f1;               ///< per class
  arma::uvec support;         ///< per class: how many samples have it as their true class
  double accuracy;            ///< the fraction predicted right (the report's "accuracy" row)
  double macro_precision;     ///< the unweighted mean of precision over the classes
  double macro_recall;        ///< the unweighted mean of recall over the classes
  double macro_f1;            ///< the unweighted mean of F1 over the classes
  double weighted_precision;  ///< precision averaged with the supports as weights
  double weighted_recall;     ///< recall averaged with the supports as weights (equals accuracy)
  double weighted_f1;         ///< F1 averaged with the supports as weights
};

/// The report of a confusion matrix (rows true, columns predicted).
/// \throws std::invalid_argument as precision(const arma::umat&) does.
ClassificationReport classification_report(const arma::umat& confusion);

/// The report of predicted labels against the true ones.
/// \throws std::invalid_argument as confusion_matrix() does.
ClassificationReport classification_report(const arma::uvec& actual, const arma::uvec& predicted,
                                           std::optional<arma::uword> classes = std::nullopt);

/// The mean over samples of \f$ -\log p_{i,y_i} \f$, the negative log of the probability
/// given to the true class: sklearn's `log_loss(actual, probabilities,
/// labels=range(C))`, the cross-entropy of chapter 5 as a metric (natural log). Each
/// probability is first clipped to \f$ [\varepsilon, 1 - \varepsilon] \f$, \f$ \varepsilon \f$ the
/// machine epsilon of double, and the rows are not renormalized, as in sklearn since 1.5
/// (\ref ch06_metrics).
///
/// \param actual the true class of each sample, below the number of columns.
/// \param probabilities one row per sample, one column per class (C >= 2), each row a
///        distribution: values in [0, 1] that sum to 1 within sklearn's tolerance
///        \f$ 10^{-8} + \sqrt{\varepsilon} \f$. For a binary classifier pass both columns
///        \f$ [1 - p, p] \f$.
/// \throws std::invalid_argument when either is empty, the row count differs from the number
///         of labels, there are fewer than 2 columns, a value is not finite or outside
///         [0, 1], a row does not sum to 1, or a label is not below the number of columns.
double log_loss(const arma::uvec& actual, const arma::mat& probabilities);

/// The class each row votes for: the column of its largest score (logits or probabilities
/// alike). Ties go to the first maximum, like numpy's `argmax(axis=1)`.
/// \throws std::invalid_argument when scores is empty or holds a value that is not finite.
arma::uvec predicted_classes(const arma::mat& scores);

}  // namespace nn::metrics
