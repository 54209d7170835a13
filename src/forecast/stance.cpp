#include "parley/forecast/stance.hpp"

#include <algorithm>
#include <cmath>
#include <set>

#include <fmt/format.h>

#include "parley/model/error.hpp"

namespace parley::forecast {
namespace {

[[noreturn]] void fail(const ForecastIssue& issue, const std::string& field, const std::string& problem) {
  throw InputError(SourceLocation{issue.source, 0, field}, fmt::format("issue '{}': {}", issue.name, problem));
}

// The models square distances and multiply them by capabilities; beyond this magnitude the
// products overflow to inf and the forecast becomes NaN (docs/LIMITS.md).
constexpr double kLargestMagnitude = 1e15;

}  // namespace

void validate_issue(const ForecastIssue& issue) {
  if (issue.stances.size() < 2)
    fail(issue, "", fmt::format("needs at least 2 actors, has {}", issue.stances.size()));
  std::set<std::string> names;
  double total_weight = 0;
  for (const auto& stance : issue.stances) {
    const auto field = "actor " + stance.actor;
    if (!names.insert(stance.actor).second) fail(issue, field, "actor appears twice");
    if (!std::isfinite(stance.capability) || stance.capability < 0)
      fail(issue, field, fmt::format("capability {} is not a number >= 0", stance.capability));
    if (!std::isfinite(stance.salience) || stance.salience < 0 || stance.salience > 1)
      fail(issue, field, fmt::format("salience {} is not in [0, 1]", stance.salience));
    if (!std::isfinite(stance.position)) fail(issue, field, "position is not a finite number");
    if (std::abs(stance.position) > kLargestMagnitude || stance.capability > kLargestMagnitude)
      fail(issue, field,
           fmt::format("position {} or capability {} is beyond {:g}, where the models' arithmetic overflows; rescale "
                       "the numbers (see docs/LIMITS.md)",
                       stance.position, stance.capability, kLargestMagnitude));
    if (issue.scale && (stance.position < issue.scale->lower || stance.position > issue.scale->upper))
      fail(issue, field, fmt::format("position {} is outside the scale [{}, {}]", stance.position, issue.scale->lower,
                                     issue.scale->upper));
    total_weight += stance.capability * stance.salience;
  }
  if (issue.scale && (std::abs(issue.scale->lower) > kLargestMagnitude || std::abs(issue.scale->upper) > kLargestMagnitude))
    fail(issue, "scale", fmt::format("scale [{}, {}] reaches beyond {:g}; rescale it", issue.scale->lower,
                                     issue.scale->upper, kLargestMagnitude));
  if (issue.scale && !(issue.scale->lower < issue.scale->upper))
    fail(issue, "scale", fmt::format("scale [{}, {}] is empty", issue.scale->lower, issue.scale->upper));
  if (!(total_weight > 0)) fail(issue, "", "every actor has zero capability or zero salience");
}

IssueScale scale_of(const ForecastIssue& issue) {
  if (issue.scale) return *issue.scale;
  const auto [low, high] = std::minmax_element(issue.stances.begin(), issue.stances.end(),
                                               [](const auto& a, const auto& b) { return a.position < b.position; });
  return {low->position, high->position};
}

}  // namespace parley::forecast
