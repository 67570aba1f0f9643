/// \file
/// Early stopping: keep the iteration whose validation loss is lowest, and stop once it has
/// not improved for a while (chapter 9).
#pragma once

namespace nn {

/// Keras's `EarlyStopping` settings, with its defaults.
struct EarlyStoppingOptions {
  int patience = 0;        ///< checks without improvement tolerated before stopping
  double min_delta = 0.0;  ///< an improvement must lower the best loss by more than this
};

/// Follows a validation loss checked during training: the best check is the one with the
/// lowest loss (the earliest, on a tie), and should_stop() turns true once `patience` checks
/// in a row have not improved on it by more than `min_delta`, as Keras's `EarlyStopping`
/// (\ref ch09_why_this_loss).
class EarlyStopping {
 public:
  /// \throws std::invalid_argument for a negative patience or min_delta, or one that is not finite.
  explicit EarlyStopping(const EarlyStoppingOptions& options = {});

  /// Records the validation loss of `iteration`; returns whether it is the new best.
  /// \throws std::invalid_argument when the loss is not finite.
  bool check(int iteration, double validation_loss);

  /// Whether training should stop: the last `patience` checks (at least one) have not improved.
  bool should_stop() const { return waited_ > 0 && waited_ >= options_.patience; }
  /// The iteration of the lowest validation loss; -1 before any check.
  int best_iteration() const { return best_iteration_; }
  /// The lowest validation loss checked.
  double best_loss() const { return best_loss_; }

 private:
  EarlyStoppingOptions options_;
  int waited_ = 0;  // checks since the best
  int best_iteration_ = -1;
  double best_loss_ = 0.0;
};

}  // namespace nn
