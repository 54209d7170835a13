// parley::negotiation::PreparedScenario — everything about a scenario that sessions share.
//
// Data flow: Scenario ──prepare once──▶ PreparedScenario { scenario, one OfferIndex per party,
// statistics: Pareto frontier + reference points (analysis module) } ──read-only──▶ any
// number of run_session() calls, on any number of threads. Building it is the expensive part
// (sorting outcomes by utility, the exact frontier); a session then costs only its rounds.
// Given a StatisticsCache (analysis/statistics_cache.hpp), the statistics come from it: a
// scenario whose content was prepared before (another tournament entry, the next request of a
// `parley serve` session) shares them instead of computing them again.
#pragma once

#include <memory>
#include <vector>

#include "parley/analysis/statistics_cache.hpp"
#include "parley/model/scenario.hpp"
#include "parley/negotiation/offer_index.hpp"

namespace parley::negotiation {

struct PrepareOptions {
  IndexOptions index;
  bool analysis = true;  // compute the statistics (frontier for distances and plots, reference points)
  analysis::StatisticsOptions statistics;
  analysis::StatisticsCache* cache = nullptr;  // not owned; null: compute them for this scenario alone
};

class PreparedScenario {
 public:
  // Validates the scenario (InputError when invalid) and builds the indices.
  explicit PreparedScenario(Scenario scenario, const PrepareOptions& options = {});

  const Scenario& scenario() const { return scenario_; }
  std::size_t party_count() const { return scenario_.parties.size(); }
  const OfferIndex& index(std::size_t party) const { return indices_[party]; }

  // Empty frontier (method not_computed, with a reason) when analysis was switched off or
  // did not finish within its limits.
  const analysis::ParetoFrontier& frontier() const { return statistics_->frontier; }
  const analysis::ReferencePoints& references() const { return statistics_->references; }

 private:
  Scenario scenario_;
  std::vector<OfferIndex> indices_;
  std::shared_ptr<const analysis::ScenarioStatistics> statistics_;  // shared with the cache, if any
};

}  // namespace parley::negotiation
