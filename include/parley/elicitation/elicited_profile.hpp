// parley::elicitation::elicited_profile_yaml — the result of an elicitation as scenario YAML,
// every number with its `why`.
//
// Data flow: ElicitationSession (estimate, weight ranges, answers) + the party's key + the date
// ──▶ a YAML text: a `preferences:` list with one entry in the snapshot syntax of
// docs/SCENARIO_FORMAT.md ("Snapshots"): `party`, and per issue `weight`, `evaluations` and
// `why: {weight, evaluations}` ("from 7 comparisons on 2026-12-02; ..."), headed by comments
// that list the answers. Paste the entry into a snapshot's `preferences` (it replaces the
// party's issues there). Weights are rounded to 4 decimals and evaluations to 3 (the snapshot
// format renormalises weights).
#pragma once

#include <string>

#include "parley/elicitation/elicitation_session.hpp"

namespace parley::elicitation {

std::string elicited_profile_yaml(const OutcomeSpace& space, const std::string& party_key,
                                  const std::string& scenario_name, const ElicitationSession& session,
                                  const std::string& date);

}  // namespace parley::elicitation
