#include "nn/tutorial/milestones.hpp"

namespace nn {

bool is_milestone(int step, int last) {
  for (int base = 1; base <= step; base *= 10) {
    if (step == base || step == 2 * base || step == 5 * base) return true;
  }
  return step == 0 || step == last;
}

}  // namespace nn
