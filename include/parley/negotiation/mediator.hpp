// parley::negotiation mediated single-text protocol — the mediator's side.
//
// Data flow per round: the mediator holds one draft agreement, proposes a change to one issue,
// every negotiator votes (Agent::vote); the change is adopted when nobody vetoes. The mediator
// learns only from those answers: it keeps, per (issue, value), how often a proposal with that
// value was adopted, and draws its next proposal preferring values that were accepted before
// (with seeded exploration). At the deadline the draft is the agreement when every negotiator's
// utility for it is at least its reservation value (rational ratification); otherwise the
// session ends without agreement.
//  * rule = hill_climbing: parties accept only changes that do not hurt them.
//  * rule = veto: parties veto only changes that hurt them and fall below their aspiration,
//    so the draft can leave local optima (Klein et al. 2003's mediated single text).
// The mediator may be a party of the scenario: with `stake` it also refuses to propose
// changes that lower its own utility; without, it is a neutral host. It is never a negotiator.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parley/negotiation/agent.hpp"

namespace parley::negotiation {

struct MediatorConfig {
  VoteRule rule = VoteRule::hill_climbing;
  std::optional<std::size_t> party;   // the scenario party acting as mediator, if any
  bool stake = true;                  // with `party`: its own utility constrains proposals
  double exploration = 0.2;           // share of proposals drawn uniformly, ignoring history
  std::string spec = "hillclimb";     // as given by the user, for results and traces
};

// Parses "hillclimb", "veto", optionally with ":party=NAME,stake=0|1,explore=X".
// Party names are resolved against `scenario_party_names` ("" entries never match).
MediatorConfig parse_mediator_spec(std::string_view spec, const std::vector<std::string>& party_names);

}  // namespace parley::negotiation
