// parley wider table — the parties who decide issues beyond the two principals (issue owners,
// veto players: sanctions are lifted by the United States and its allies, security guarantees
// are given by third states) and the blocs of actors that speak with one voice.
//
// Data flow:
//   Timeline (scenario.yaml `blocs`, `issue_owners`; each snapshot's `wider_table`)
//     ──wider_table_scenario_at()──▶ Scenario: the principals (as scenario_at) then the wider-table
//        parties (a Bloc by its name, or an actor), red lines as scenario_at
//     ──issue_deciders()──▶ per issue, the parties of a Scenario whose consent its outcome needs, and
//        the deciders not at that table (the bilateral table has no one to lift sanctions)
//   Timeline ──bloc_consistency()──▶ per bloc and issue, whether its members' positions (stated or
//        carried) share an option
// analysis::analyze_wider_table (parley/analysis/wider_table.hpp) compares the two tables.
// Plain data and pure functions: no I/O.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parley/model/scenario.hpp"
#include "parley/model/timeline.hpp"

namespace parley {

// True when the snapshot has a wider table (a `wider_table` section).
bool has_wider_table(const Snapshot& snapshot);

// The wider table's Scenario: the principals in actor order, then each `wider_table` entry in file
// order, named by its bloc's or actor's name; the red lines in force bind the actors' parties.
// InputError (the snapshot's file) when the snapshot has no wider table. Validated.
Scenario wider_table_scenario_at(const Timeline& timeline, const Snapshot& snapshot);

// Who decides one issue at a given table.
struct IssueDecision {
  std::vector<std::size_t> parties;   // parties of the scenario whose consent it needs, ascending
  std::vector<std::string> outside;   // deciders with no party at this table (their names)
  const IssueOwners* owners = nullptr;  // the issue_owners entry; null: decided by the principals
};

// One per issue of the space. A decider is a party of `scenario` named like the actor or bloc; an
// actor that is a member of a bloc seated at the table is represented by the bloc. Issues without
// an issue_owners entry are decided by the snapshot's principals.
std::vector<IssueDecision> issue_deciders(const Timeline& timeline, const Snapshot& snapshot, const Scenario& scenario);

// Whether the members of a bloc say compatible things on an issue at one snapshot.
struct BlocMemberPosition {
  std::string actor;
  const Position* position = nullptr;
  std::size_t snapshot_index = 0;     // where it was stated (earlier: carried)
};
struct BlocIssueCheck {
  const Bloc* bloc = nullptr;
  std::size_t issue = 0;
  std::vector<BlocMemberPosition> members;  // members with a position on the issue (two or more)
  std::vector<std::string> common;          // options every member's position allows
  bool consistent() const { return !common.empty(); }
};
// Every (bloc, issue) where at least two members have a position with options at snapshot `index`.
std::vector<BlocIssueCheck> bloc_consistency(const Timeline& timeline, std::size_t index);

}  // namespace parley
