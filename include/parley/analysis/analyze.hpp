// parley::analysis::analyze — everything `parley analyze` reports, in one call.
//
// Data flow: Scenario ──analyze()──▶ AnalysisResult { frontier, reference points, ZOPA,
// opposition, best/worst per party }. Each part is also available on its own
// (pareto_frontier.hpp, reference_points.hpp, zopa.hpp, party_extremes.hpp).
#pragma once

#include <optional>
#include <vector>

#include "parley/analysis/party_extremes.hpp"
#include "parley/analysis/pareto_frontier.hpp"
#include "parley/analysis/reference_points.hpp"
#include "parley/analysis/statistics_cache.hpp"
#include "parley/analysis/zopa.hpp"

namespace parley::analysis {

struct AnalysisOptions {
  FrontierOptions frontier;
  ZopaOptions zopa;
  std::uint64_t max_extreme_search_nodes = 2'000'000;
  // Not owned; when set, the frontier, reference points and ZOPA of a scenario whose content it
  // has seen (over the outcomes no red line excludes) come from it (statistics_cache.hpp).
  StatisticsCache* cache = nullptr;
};

struct AnalysisResult {
  ParetoFrontier frontier;
  ReferencePoints reference;
  ZopaSummary zopa;
  std::optional<double> opposition;
  std::vector<PartyExtremes> extremes;  // party order
};

AnalysisResult analyze(const Scenario& scenario, const AnalysisOptions& options = {});

}  // namespace parley::analysis
