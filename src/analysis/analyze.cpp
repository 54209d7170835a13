#include "parley/analysis/analyze.hpp"

namespace parley::analysis {

AnalysisResult analyze(const Scenario& scenario, const AnalysisOptions& options) {
  AnalysisResult result;
  result.frontier = pareto_frontier(scenario, options.frontier);
  result.reference = reference_points(scenario, result.frontier);
  result.zopa = zopa(scenario, result.frontier, options.zopa);
  result.opposition = opposition(result.frontier);
  result.extremes = party_extremes(scenario, options.max_extreme_search_nodes, &result.frontier);
  return result;
}

}  // namespace parley::analysis
