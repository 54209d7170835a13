#include "io/genius_common/linear_fit.hpp"

#include <algorithm>
#include <cmath>

namespace parley::io::detail {

std::optional<Line> fit_line(const std::vector<double>& xs, const std::vector<double>& ys, bool clamped,
                             double tolerance) {
  if (xs.empty() || xs.size() != ys.size()) return std::nullopt;
  if (xs.size() == 1) return Line{ys[0], 0.0};
  // Two points that lie on the line itself: the first and last entries, or with clamping the
  // first and last strictly inside (0, 1) when there are two such entries.
  std::size_t a = 0, b = xs.size() - 1;
  if (clamped) {
    std::vector<std::size_t> inside;
    for (std::size_t k = 0; k < ys.size(); ++k)
      if (ys[k] > tolerance && ys[k] < 1 - tolerance) inside.push_back(k);
    if (inside.size() >= 2) a = inside.front(), b = inside.back();
  }
  Line line;
  line.slope = (ys[b] - ys[a]) / (xs[b] - xs[a]);
  line.offset = ys[a] - line.slope * xs[a];
  for (std::size_t k = 0; k < xs.size(); ++k) {
    double y = line.at(xs[k]);
    if (clamped) y = std::clamp(y, 0.0, 1.0);
    if (!(std::abs(y - ys[k]) <= tolerance)) return std::nullopt;
  }
  return line;
}

}  // namespace parley::io::detail
