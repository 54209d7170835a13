// Internal: how a snapshot's preferences become Scenario parties (timeline.cpp), shared with the
// wider table (wider_table.cpp) so that both tables build their principals alike.
#pragma once

#include <string>

#include "parley/model/scenario.hpp"
#include "parley/model/timeline.hpp"

namespace parley {

// One party from its judgements: weights renormalised to sum to 1.
Party party_from_preferences(const PartyPreferences& preferences, std::string name, std::string role, std::string description);
// The principals of a snapshot (its `preferences`), in actor order, without red lines.
Scenario principals_scenario(const Timeline& timeline, const Snapshot& snapshot);
// Puts the red lines in force at the snapshot on the scenario's parties named after their actors.
void add_red_lines_in_force(const Timeline& timeline, const Snapshot& snapshot, Scenario& scenario);

}  // namespace parley
