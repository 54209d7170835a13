#include "parley/negotiation/prepared_scenario.hpp"

namespace parley::negotiation {

PreparedScenario::PreparedScenario(Scenario scenario, const PrepareOptions& options) : scenario_(std::move(scenario)) {
  validate_scenario(scenario_);
  indices_.reserve(scenario_.parties.size());
  for (const auto& party : scenario_.parties) indices_.emplace_back(scenario_.space, party.utility, options.index);
  if (options.analysis) {
    frontier_ = analysis::pareto_frontier(scenario_, options.frontier);
    references_ = analysis::reference_points(scenario_, frontier_);
  } else {
    frontier_.reason = "analysis switched off";
  }
}

}  // namespace parley::negotiation
