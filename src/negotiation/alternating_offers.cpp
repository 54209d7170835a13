// Stacked alternating offers (GENIUS SAOP; SAO is its two-party case). Negotiators move in
// turn order; on its turn a party accepts the standing offer, makes a counter-offer (which
// becomes the standing offer and resets the acceptances) or walks away. The offer is agreed
// when every other negotiator has accepted it in a row. Accepting before any offer exists, or
// offering an outcome outside the space, breaks the rules and ends the session.
#include <fmt/format.h>

#include "session_run.hpp"

namespace parley::negotiation {

void run_alternating_offers(SessionRun& run) {
  const std::size_t n = run.agents.size();
  Outcome standing(run.issue_count()), offer(run.issue_count());
  bool has_standing = false;
  std::size_t proposer = 0, acceptances = 0;
  const auto& space = run.prepared.scenario().space;
  for (int round = 1;; ++round) {
    for (std::size_t k = 0; k < n; ++k) {
      if (run.past_deadline(round)) {
        run.end(EndReason::deadline, round - (k == 0 ? 1 : 0), run.result.t);
        return;
      }
      const double t = run.time_at(round);
      if (k == 0) run.model_checkpoint(round, t);
      run.result.rounds = round;
      run.result.t = t;
      const TurnState turn{round, t, has_standing ? &standing : nullptr, proposer};
      ActionKind kind = ActionKind::offer;
      if (!run.guarded(k, [&] { kind = run.agents[k]->act(turn, offer); })) return;
      const std::size_t party = run.parties[k];
      if (kind == ActionKind::accept) {
        if (!has_standing) return run.fail(k, "accepted although no offer is on the table");
        run.record(TraceEvent{TraceKind::accept, round, t, party, &standing});
        if (++acceptances == n - 1) {
          run.result.agreement = standing;
          run.end(EndReason::agreement, round, t);
          return;
        }
        if (!run.notify_others(k, kind, &standing, round, t)) return;
      } else if (kind == ActionKind::walk_away) {
        run.result.acting_party = party;
        run.record(TraceEvent{TraceKind::walk_away, round, t, party});
        run.end(EndReason::walk_away, round, t);
        return;
      } else {
        if (!space.is_valid(offer)) return run.fail(k, fmt::format("invalid offer: {} values for {} issues, or a value out of range", offer.size(), space.issue_count()));
        standing.swap(offer);
        offer.resize(run.issue_count());
        has_standing = true;
        proposer = party;
        acceptances = 0;
        ++run.result.offers;
        run.record(TraceEvent{TraceKind::offer, round, t, party, &standing});
        if (!run.notify_others(k, kind, &standing, round, t)) return;
      }
    }
  }
}

}  // namespace parley::negotiation
