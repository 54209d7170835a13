#include "parley/forecast/scenario_issues.hpp"

#include <algorithm>
#include <cmath>

#include <fmt/format.h>

#include "parley/model/error.hpp"

namespace parley::forecast {

double scale_position(const Issue& issue, std::size_t k) {
  if (issue.is_numeric()) {
    const double span = issue.upper() - issue.lower();
    return span > 0 ? 100 * (issue.numeric_value(k) - issue.lower()) / span : 0;
  }
  return issue.size() > 1 ? 100.0 * static_cast<double>(k) / static_cast<double>(issue.size() - 1) : 0;
}

std::size_t nearest_value(const Issue& issue, double scale_point) {
  std::size_t best = 0;
  for (std::size_t k = 1; k < issue.size(); ++k)
    if (std::abs(scale_position(issue, k) - scale_point) < std::abs(scale_position(issue, best) - scale_point)) best = k;
  return best;
}

std::vector<ForecastIssue> issues_from_scenario(const Scenario& scenario) {
  for (const auto& party : scenario.parties) {
    const auto field = "parties." + party.name;
    if (!party.capability)
      throw InputError(SourceLocation{scenario.source, 0, field + ".capability"},
                       fmt::format("party '{}' has no capability, which forecasting needs", party.name));
    if (!party.utility.is_additive())
      throw InputError(SourceLocation{scenario.source, 0, field + ".utility"},
                       fmt::format("party '{}' has a non-additive utility; forecasting needs its ideal value per issue",
                                   party.name));
  }
  std::vector<ForecastIssue> issues;
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    const auto& issue = scenario.space.issue(i);
    if (issue.kind() == IssueKind::categorical || issue.size() < 2) continue;
    ForecastIssue forecast_issue{issue.name(), {}, IssueScale{0, 100}, scenario.source};
    for (const auto& party : scenario.parties) {
      const auto& additive = party.utility.additive();
      const auto& evaluations = additive.evaluations[i];
      const auto best = static_cast<std::size_t>(std::max_element(evaluations.begin(), evaluations.end()) - evaluations.begin());
      const double max_weight = *std::max_element(additive.weights.begin(), additive.weights.end());
      const double salience = party.salience ? *party.salience : (max_weight > 0 ? additive.weights[i] / max_weight : 0);
      forecast_issue.stances.push_back({party.name, *party.capability, scale_position(issue, best), salience});
    }
    issues.push_back(std::move(forecast_issue));
  }
  return issues;
}

}  // namespace parley::forecast
