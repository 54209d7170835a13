// Recognising per-value evaluation tables that a linear evaluator reproduces.
//
// Data flow: the GENIUS and GeniusWeb writers hold numeric issues as per-value tables; the
// formats store a line (GENIUS: clamp(offset + slope·x, 0, 1); GeniusWeb: the line through
// (lowValue, lowUtility) and (highValue, highUtility)). fit_line() finds such a line and
// checks that it reproduces every entry within `tolerance`, or says it does not exist (the
// writer then falls back to listing every value).
#pragma once

#include <optional>
#include <vector>

namespace parley::io::detail {

struct Line {
  double offset = 0;  // value at x = 0
  double slope = 0;
  double at(double x) const { return offset + slope * x; }
};

// `clamped`: the table may be the line clamped to [0, 1] (GENIUS evaluators).
std::optional<Line> fit_line(const std::vector<double>& xs, const std::vector<double>& ys, bool clamped,
                             double tolerance = 1e-9);

}  // namespace parley::io::detail
