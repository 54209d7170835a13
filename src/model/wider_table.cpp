// The wider table and blocs (wider_table.hpp).
#include "parley/model/wider_table.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "model/timeline_parties.hpp"
#include "parley/model/error.hpp"

namespace parley {
namespace {

// The name a decider id (actor or bloc) has as a party.
std::string decider_name(const Timeline& timeline, const std::string& id) {
  if (const auto* bloc = timeline.find_bloc(id)) return bloc->name;
  if (const auto* actor = timeline.find_actor(id)) return actor->name;
  return id;
}

}  // namespace

bool has_wider_table(const Snapshot& snapshot) { return !snapshot.wider_table.empty(); }

Scenario wider_table_scenario_at(const Timeline& timeline, const Snapshot& snapshot) {
  if (!has_wider_table(snapshot))
    throw InputError(SourceLocation{snapshot.where.file, snapshot.where.line, "wider_table"},
                     fmt::format("snapshot '{}' has no wider table (no `wider_table` section)", snapshot.id));
  auto scenario = principals_scenario(timeline, snapshot);
  scenario.name += " — wider table";
  for (const auto& preferences : snapshot.wider_table) {
    if (const auto* bloc = timeline.find_bloc(preferences.party)) {
      scenario.parties.push_back(party_from_preferences(preferences, bloc->name, "bloc", bloc->why));
    } else {
      const auto* actor = timeline.find_actor(preferences.party);
      scenario.parties.push_back(party_from_preferences(preferences, actor ? actor->name : preferences.party,
                                                        actor ? actor->role : "", actor ? actor->description : ""));
    }
  }
  add_red_lines_in_force(timeline, snapshot, scenario);
  validate_scenario(scenario);
  return scenario;
}

std::vector<IssueDecision> issue_deciders(const Timeline& timeline, const Snapshot& snapshot, const Scenario& scenario) {
  std::vector<IssueDecision> decisions(scenario.space.issue_count());
  std::vector<std::string> principals;
  for (const auto& actor : timeline.actors)
    if (snapshot.find_preferences(actor.id)) principals.push_back(actor.id);
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    auto& decision = decisions[i];
    decision.owners = timeline.find_issue_owners(scenario.space.issue(i).name());
    const auto& ids = decision.owners ? decision.owners->decided_by : principals;
    for (const auto& id : ids) {
      auto party = scenario.find_party(decider_name(timeline, id));
      if (!party)  // an actor seated through its bloc
        for (const auto& bloc : timeline.blocs)
          if (std::find(bloc.members.begin(), bloc.members.end(), id) != bloc.members.end())
            if ((party = scenario.find_party(bloc.name))) break;
      if (party) decision.parties.push_back(*party);
      else decision.outside.push_back(decider_name(timeline, id));
    }
    std::sort(decision.parties.begin(), decision.parties.end());
    decision.parties.erase(std::unique(decision.parties.begin(), decision.parties.end()), decision.parties.end());
  }
  return decisions;
}

std::vector<BlocIssueCheck> bloc_consistency(const Timeline& timeline, std::size_t index) {
  std::vector<BlocIssueCheck> checks;
  for (const auto& bloc : timeline.blocs)
    for (std::size_t i = 0; i < timeline.space.issue_count(); ++i) {
      const auto& issue = timeline.space.issue(i);
      BlocIssueCheck check{&bloc, i, {}, {}};
      for (const auto& member : bloc.members)
        if (const auto at = latest_position(timeline, index, member + "." + issue.name()); at && !at->position->options.empty())
          check.members.push_back(BlocMemberPosition{member, at->position, at->snapshot_index});
      if (check.members.size() < 2) continue;
      for (std::size_t k = 0; k < issue.size(); ++k) {
        const auto label = issue.label(k);
        if (std::all_of(check.members.begin(), check.members.end(), [&](const BlocMemberPosition& m) {
              const auto& options = m.position->options;
              return std::find(options.begin(), options.end(), label) != options.end();
            }))
          check.common.push_back(label);
      }
      checks.push_back(std::move(check));
    }
  return checks;
}

}  // namespace parley
