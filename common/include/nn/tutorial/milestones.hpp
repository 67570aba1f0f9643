/// \file
/// Which steps of a long run a chapter prints, so that thousands of iterations fit on a page.
#pragma once

namespace nn {

/// Whether `step` is one worth printing in a run whose last step is `last`: the first (0),
/// then 1, 2, 5, 10, 20, 50, 100, ... (a roughly logarithmic spacing), and the last.
bool is_milestone(int step, int last);

}  // namespace nn
