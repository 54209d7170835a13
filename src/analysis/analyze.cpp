#include "parley/analysis/analyze.hpp"

#include "parley/analysis/red_lines.hpp"

namespace parley::analysis {
namespace {

AnalysisResult analyze_space(const Scenario& scenario, const AnalysisOptions& options) {
  AnalysisResult result;
  const StatisticsOptions limits{options.frontier, options.zopa};
  if (options.cache != nullptr) {
    const auto statistics = options.cache->statistics(scenario, limits);
    result.frontier = statistics->frontier;
    result.reference = statistics->references;
    result.zopa = *options.cache->zopa(scenario, limits);
  } else {
    auto statistics = compute_statistics(scenario, limits);
    result.frontier = std::move(statistics.frontier);
    result.reference = std::move(statistics.references);
    result.zopa = zopa(scenario, result.frontier, options.zopa);
  }
  result.opposition = opposition(result.frontier);
  result.extremes = party_extremes(scenario, options.max_extreme_search_nodes, &result.frontier);
  return result;
}

void map_back(const RedLineRestriction& restriction, std::optional<AgreementPoint>& point) {
  if (point) point->outcome = to_original(restriction, point->outcome);
}

}  // namespace

// With red lines the analysis runs over the permitted outcomes (red_lines.hpp) and reports
// outcomes in the scenario's own option indices.
AnalysisResult analyze(const Scenario& scenario, const AnalysisOptions& options) {
  if (!has_red_lines(scenario)) return analyze_space(scenario, options);
  const auto restriction = restrict_to_red_lines(scenario);
  if (restriction.closed()) {
    AnalysisResult result;
    result.frontier.reason = restriction.reason;
    result.frontier.party_count = scenario.parties.size();
    result.frontier.issue_count = scenario.space.issue_count();
    result.zopa.rational_outcomes = ExactCount{"0", 0, 0.0};
    result.zopa.nonempty = false;
    result.zopa.method = ZopaCountMethod::all_outcomes;
    result.zopa.reason = restriction.reason;
    result.extremes.resize(scenario.parties.size());
    return result;
  }
  auto result = analyze_space(*restriction.scenario, options);
  auto& table = result.frontier.outcome_table;
  const auto issues = result.frontier.issue_count;
  for (std::size_t j = 0; j < table.size(); ++j) table[j] = restriction.kept[j % issues][table[j]];
  auto& ref = result.reference;
  for (auto* point : {&ref.nash, &ref.kalai_smorodinsky, &ref.kalai, &ref.max_welfare, &ref.egalitarian}) map_back(restriction, *point);
  for (auto& extremes : result.extremes) {
    map_back(restriction, extremes.best);
    map_back(restriction, extremes.worst);
  }
  return result;
}

}  // namespace parley::analysis
