// issues_from_timeline: the forecast input of one snapshot from the cited positions (see
// timeline_issues.hpp for the rules and their defaults).
#include "parley/forecast/timeline_issues.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "parley/forecast/scenario_issues.hpp"

namespace parley::forecast {
namespace {

// The latest influence entry of `actor` at or before `index` for which `pick` gives a judgement.
template <typename Pick>
const Judgement* latest_influence(const Timeline& timeline, std::size_t index, const std::string& actor, Pick pick,
                                  std::string* snapshot_id) {
  for (std::size_t s = std::min(index + 1, timeline.snapshots.size()); s-- > 0;)
    for (const auto& entry : timeline.snapshots[s].influence)
      if (entry.actor == actor)
        if (const Judgement* judgement = pick(entry)) {
          *snapshot_id = timeline.snapshots[s].id;
          return judgement;
        }
  return nullptr;
}

std::string from(const std::string& snapshot_id, const std::string& why) {
  return fmt::format("{} (influence, {})", why, snapshot_id);
}

}  // namespace

std::optional<PositionAt> latest_issue_position(const Timeline& timeline, std::size_t index, const std::string& actor,
                                                const std::string& issue) {
  for (std::size_t s = std::min(index + 1, timeline.snapshots.size()); s-- > 0;)
    for (const auto& position : timeline.snapshots[s].positions)
      if (position.actor == actor && position.issue == issue) return PositionAt{&position, s};
  return std::nullopt;
}

std::vector<TimelineIssue> issues_from_timeline(const Timeline& timeline, std::size_t index) {
  std::vector<TimelineIssue> issues;
  const auto& snapshot = timeline.snapshots.at(index);
  for (std::size_t i = 0; i < timeline.space.issue_count(); ++i) {
    const auto& issue = timeline.space.issue(i);
    if (issue.kind() == IssueKind::categorical || issue.size() < 2) continue;
    TimelineIssue entry;
    entry.issue = ForecastIssue{issue.name(), {}, IssueScale{0, 100}, snapshot.where.file};
    for (const auto& actor : timeline.actors) {
      const auto at = latest_issue_position(timeline, index, actor.id, issue.name());
      if (!at) continue;
      StanceReason reason;
      reason.actor = actor.id;
      reason.options = at->position->options;
      reason.stance = at->position->stance;
      reason.stated_in = at->snapshot_index;
      reason.position_why = at->position->summary;
      double position = 0;
      for (const auto& label : reason.options) position += scale_position(issue, *issue.find(label));
      position /= static_cast<double>(reason.options.size());

      const auto* preferences = snapshot.find_preferences(actor.id);
      std::string set_in;
      double capability = 0;
      if (const auto* judgement = latest_influence(timeline, index, actor.id,
                                                   [](const ActorInfluence& e) { return e.capability ? &*e.capability : nullptr; }, &set_in)) {
        capability = judgement->value;
        reason.capability_why = from(set_in, judgement->why);
      } else if (preferences) {
        capability = preferences->capability.value;
        reason.capability_why = preferences->capability.why;
      } else {
        entry.left_out.push_back(fmt::format("{}: a position but no capability at or before this snapshot (add an `influence` entry)", actor.name));
        continue;
      }

      double salience = 0;
      const auto issue_salience = [&](const ActorInfluence& e) -> const Judgement* {
        for (const auto& [name, judgement] : e.issue_salience)
          if (name == issue.name()) return &judgement;
        return nullptr;
      };
      if (const auto* judgement = latest_influence(timeline, index, actor.id, issue_salience, &set_in)) {
        salience = judgement->value;
        reason.salience_why = from(set_in, judgement->why);
      } else if (const auto* general = latest_influence(timeline, index, actor.id,
                                                        [](const ActorInfluence& e) { return e.salience ? &*e.salience : nullptr; }, &set_in)) {
        salience = general->value;
        reason.salience_why = from(set_in, general->why);
      } else if (preferences && preferences->salience) {
        salience = preferences->salience->value;
        reason.salience_why = preferences->salience->why;
      } else if (preferences) {
        const auto largest = std::max_element(preferences->issues.begin(), preferences->issues.end(),
                                              [](const IssuePreference& a, const IssuePreference& b) { return a.weight < b.weight; });
        const auto top = static_cast<std::size_t>(largest - preferences->issues.begin());
        const double weight = preferences->issues[i].weight;
        salience = largest->weight > 0 ? weight / largest->weight : 0;
        reason.salience_why = fmt::format("default: its weight on {} ({} points) over its largest weight ({} points, {}); the weight: {}",
                                          issue.name(), weight, largest->weight, timeline.space.issue(top).name(),
                                          preferences->issues[i].why_weight);
      } else {
        entry.left_out.push_back(fmt::format("{}: a position but no salience at or before this snapshot (add an `influence` entry)", actor.name));
        continue;
      }
      entry.issue.stances.push_back({actor.name, capability, position, salience});
      entry.reasons.push_back(std::move(reason));
    }
    if (entry.issue.stances.size() < 2)
      entry.not_forecast = entry.issue.stances.empty()
                               ? "no actor has a position on this issue"
                               : fmt::format("only {} has a position on this issue: one actor's position is not a collective decision",
                                             entry.issue.stances.front().actor);
    issues.push_back(std::move(entry));
  }
  return issues;
}

}  // namespace parley::forecast
