// parley::negotiation::PreparedScenario — everything about a scenario that sessions share.
//
// Data flow: Scenario ──prepare once──▶ PreparedScenario { scenario, one OfferIndex per party,
// Pareto frontier + reference points (analysis module) } ──read-only──▶ any number of
// run_session() calls, on any number of threads. Building it is the expensive part (sorting
// outcomes by utility, the exact frontier); a session then costs only its rounds.
#pragma once

#include <memory>
#include <vector>

#include "parley/analysis/pareto_frontier.hpp"
#include "parley/analysis/reference_points.hpp"
#include "parley/model/scenario.hpp"
#include "parley/negotiation/offer_index.hpp"

namespace parley::negotiation {

struct PrepareOptions {
  IndexOptions index;
  bool analysis = true;  // compute the Pareto frontier and reference points (for distances, plots)
  analysis::FrontierOptions frontier;
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
  const analysis::ParetoFrontier& frontier() const { return frontier_; }
  const analysis::ReferencePoints& references() const { return references_; }

 private:
  Scenario scenario_;
  std::vector<OfferIndex> indices_;
  analysis::ParetoFrontier frontier_;
  analysis::ReferencePoints references_;
};

}  // namespace parley::negotiation
