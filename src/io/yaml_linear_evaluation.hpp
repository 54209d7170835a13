// Linear evaluators of numeric issues in the YAML format (`{linear: [a, b]}`).
//
// The reader tabulates a linear evaluator into one evaluation per value; the writer writes
// the compact `linear` form only when a table equals this tabulation bit for bit, so that a
// written file always reads back to the identical Scenario.
#pragma once

#include <algorithm>
#include <vector>

#include "parley/model/issue.hpp"

namespace parley::io::detail {

// Evaluation of value k = a + (b - a) * (x_k - lower) / (upper - lower): `at_lower` at the
// lower end, exactly `at_upper` at the upper end, clamped between the two against rounding.
inline std::vector<double> tabulate_linear(const Issue& issue, double at_lower, double at_upper) {
  const std::size_t n = issue.size();
  const double span = issue.upper() - issue.lower();
  const double low = std::min(at_lower, at_upper), high = std::max(at_lower, at_upper);
  std::vector<double> table(n);
  for (std::size_t k = 0; k < n; ++k) {
    if (k + 1 == n && n > 1) {
      table[k] = at_upper;
      continue;
    }
    const double position = span > 0 ? (issue.numeric_value(k) - issue.lower()) / span : 0.0;
    table[k] = std::clamp(at_lower + (at_upper - at_lower) * position, low, high);
  }
  return table;
}

}  // namespace parley::io::detail
