// Forecasting inputs from what the actors of a dated scenario said: one TimelineIssue per
// ordered issue and snapshot.
//
// Data flow: Timeline (io::read_timeline) + snapshot index ──issues_from_timeline──▶ TimelineIssues
// (a ForecastIssue each, and the reason for every number) ──forecast_issue──▶ forecasts per issue.
//
// Who takes part in an issue: every actor of the timeline — principals, allies and third parties —
// with a position on that issue at or before the snapshot (stated or inferred, in this snapshot
// or carried from an earlier one: latest_position). Actors without a position on the issue are
// left out of it, not given a best option. For each actor taking part:
//  * position: the issue's 0–100 scale (scale_position: option k of m at 100·k/(m−1)); a position
//    naming several options stands at the mean of their scale points;
//  * capability: the actor's latest `influence` entry at or before the snapshot with a capability,
//    else the capability of its preferences in this snapshot (principals); else the actor is left
//    out of the issue and listed in `left_out` with the reason;
//  * salience on the issue: the latest `influence` salience for that issue, else the latest general
//    `influence` salience, else the salience judgement of its preferences, else (a party with
//    preferences) its weight on the issue divided by its largest weight — the issue it cares most
//    about has salience 1; else the actor is left out and listed in `left_out`.
// Every number carries its `why`: the judgement's own text, or for the weight default the
// arithmetic and the weight's reason. An issue with fewer than two actors is returned without
// a forecast (`not_forecast` says why): one actor's position is not a collective decision.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parley/forecast/stance.hpp"
#include "parley/model/timeline.hpp"

namespace parley::forecast {

struct StanceReason {
  std::string actor;                  // Actor::id (the ForecastIssue's stance names the actor by name)
  std::vector<std::string> options;   // the options of its position
  Stance stance = Stance::stated;
  std::size_t stated_in = 0;          // snapshot index of the position (< the issue's: carried)
  std::string position_why;           // the position's summary
  std::string capability_why;
  std::string salience_why;
};

struct TimelineIssue {
  ForecastIssue issue;                // stances in the timeline's actor order
  std::vector<StanceReason> reasons;  // one per stance, same order
  std::vector<std::string> left_out;  // actors with a position but no capability or salience, with why
  std::string not_forecast;           // why no model runs (fewer than two actors); empty otherwise
};

// The latest position of `actor` on the issue at or before snapshot `index` — a position on the
// issue, never a topic position that happens to share its name ("sanctions" as a topic).
std::optional<PositionAt> latest_issue_position(const Timeline& timeline, std::size_t index, const std::string& actor,
                                                const std::string& issue);

// Every ordinal, integer or real issue of the timeline at snapshot `index`, in space order.
std::vector<TimelineIssue> issues_from_timeline(const Timeline& timeline, std::size_t index);

}  // namespace parley::forecast
