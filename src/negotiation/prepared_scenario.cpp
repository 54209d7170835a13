#include "parley/negotiation/prepared_scenario.hpp"

namespace parley::negotiation {

PreparedScenario::PreparedScenario(Scenario scenario, const PrepareOptions& options) : scenario_(std::move(scenario)) {
  validate_scenario(scenario_);
  indices_.reserve(scenario_.parties.size());
  for (const auto& party : scenario_.parties) indices_.emplace_back(scenario_.space, party.utility, options.index);
  if (!options.analysis) {
    analysis::ScenarioStatistics none;
    none.frontier.reason = "analysis switched off";
    statistics_ = std::make_shared<const analysis::ScenarioStatistics>(std::move(none));
  } else if (options.cache != nullptr) {
    statistics_ = options.cache->statistics(scenario_, options.statistics);
  } else {
    statistics_ = std::make_shared<const analysis::ScenarioStatistics>(analysis::compute_statistics(scenario_, options.statistics));
  }
}

}  // namespace parley::negotiation
