// parley::negotiation::session_result_json — the machine-readable result of one session.
//
// Data flow: Scenario + SessionConfig + SessionResult ──session_result_json()──▶ the JSON
// object of `parley negotiate --json` (schema in docs/cli/negotiate.md): scenario, protocol,
// seed, agents {party: spec}, agreement {issue: value} | null, utilities / discounted_utilities
// {party: u}, rounds, t, reason, acting_party, failure, offers, distances {pareto, nash,
// kalai_smorodinsky}, wall_seconds, and mediator (mediated protocol only). `parley serve`
// answers its negotiate requests with the same object.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "parley/negotiation/session.hpp"

namespace parley::negotiation {

nlohmann::ordered_json session_result_json(const Scenario& scenario, const SessionConfig& config,
                                           const SessionResult& result);

}  // namespace parley::negotiation
