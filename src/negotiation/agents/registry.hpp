// Standalone agents: published negotiators that do not decompose into parley's BOA parts
// (their bidding, modelling and acceptance share state), each in its own file here.
//
// Adding one: write agents/NAME.cpp defining `AgentDefinition NAME_agent()` (its catalog
// entry, with the published source, and a factory), and add `PARLEY_AGENT(NAME)` to
// agents.def. The catalog (`parley agents`), the spec parser and make_agent pick it up.
// Private to the negotiation module.
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "../agent_params.hpp"
#include "parley/model/tolerance.hpp"
#include "parley/negotiation/agent.hpp"

namespace parley::negotiation {

struct AgentDefinition {
  ComponentDoc doc;  // kind "agent"; doc.source names the paper or competition report
  // Builds the agent from its checked parameters; `spec` is the user's text.
  std::function<std::unique_ptr<Agent>(const Params& params, const std::string& spec)> make;
};

// The mediated-protocol vote of the competition agents (none was written for that protocol):
// accept a change that is no worse for the agent; under the veto rule also one that keeps its
// utility at or above `aspiration` (the agent's current target).
inline bool vote_by_aspiration(const NegotiatorView& view, const Outcome& draft, const Outcome& proposal, VoteRule rule,
                               double aspiration) {
  const double now = view.utility(draft), then = view.utility(proposal);
  if (!tolerance::clearly_greater(now, then)) return true;
  return rule == VoteRule::veto && !tolerance::clearly_greater(aspiration, then);
}

// Every standalone agent, in agents.def order.
const std::vector<AgentDefinition>& standalone_agents();

}  // namespace parley::negotiation
