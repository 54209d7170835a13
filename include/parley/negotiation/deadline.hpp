// parley::negotiation::Deadline — when a session ends and how its normalised time t ∈ [0, 1]
// is measured. The protocol owns the clock; agents read the deadline from their view
// (negotiator_view.hpp) and the current t from each TurnState.
//
// Two timelines for a deadline of N rounds (round r is 1-based):
//  * parley (default): t = r / N — the first round runs at 1/N, the last at exactly 1.
//  * genius:           t = r / (N + 1) — GENIUS's DiscreteTimeline; the last round runs at
//                      N / (N + 1) < 1, so discounted utilities match GENIUS runs.
// With a time deadline of S seconds t = elapsed / S (not reproducible across machines); with
// both, the larger of the two, and the first deadline reached ends the session.
#pragma once

#include <optional>
#include <string_view>

namespace parley::negotiation {

enum class TimelineKind { parley, genius };
std::string_view to_string(TimelineKind kind);
std::optional<TimelineKind> timeline_from_string(std::string_view text);

struct Deadline {
  int rounds = 0;         // 0 = no round deadline
  double seconds = 0;     // 0 = no time deadline
  TimelineKind timeline = TimelineKind::parley;

  // Normalised time of a turn in `round` after `elapsed` seconds, clamped to [0, 1].
  double time_at(int round, double elapsed) const;
};

}  // namespace parley::negotiation
