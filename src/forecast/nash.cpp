#include "parley/forecast/nash.hpp"

#include <cmath>
#include <limits>

namespace parley::forecast {
namespace {

// One-sided derivative of the Nash objective at y; `right` chooses the side at a kink.
double slope(const ForecastIssue& issue, double width, double y, bool right) {
  double total = 0;
  for (const auto& s : issue.stances) {
    const double w = s.capability * s.salience;
    if (w == 0) continue;
    const double d = y - s.position;
    const bool moving_away = right ? d >= 0 : d > 0;  // moving right increases the distance
    const double sign = moving_away ? -1.0 : 1.0;
    total += w * sign / (width - std::abs(d));
  }
  return total;
}

}  // namespace

double nash_objective(const ForecastIssue& issue, double y) {
  const auto scale = scale_of(issue);
  const double width = scale.upper - scale.lower;
  double total = 0;
  for (const auto& s : issue.stances) {
    const double w = s.capability * s.salience;
    if (w == 0) continue;
    const double u = 1 - std::abs(s.position - y) / width;
    if (u <= 0) return -std::numeric_limits<double>::infinity();
    total += w * std::log(u);
  }
  return total;
}

double nash_bargaining_position(const ForecastIssue& issue) {
  const auto scale = scale_of(issue);
  const double width = scale.upper - scale.lower;
  if (!(width > 0)) return scale.lower;  // every actor at one point
  double low = scale.lower, high = scale.upper;
  while (high - low > 1e-12 * width) {
    const double mid = low + (high - low) / 2;
    if (mid <= low || mid >= high) break;
    if (slope(issue, width, mid, true) > 0) {
      low = mid;  // the objective still rises to the right of mid
    } else if (slope(issue, width, mid, false) < 0) {
      high = mid;  // it already falls to the left of mid
    } else {
      return mid;  // mid is a kink where the objective peaks
    }
  }
  return low + (high - low) / 2;
}

}  // namespace parley::forecast
