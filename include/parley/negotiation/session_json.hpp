// parley::negotiation::session_result_json — the machine-readable result of one session.
//
// Data flow: Scenario + SessionConfig + SessionResult ──session_result_json()──▶ the one JSON
// object of a session result (schema: docs/formats/session_result.md). `parley negotiate
// --json`, `parley serve`'s negotiate answer, Python's Session.to_dict() and every line of a
// tournament's results.jsonl (tournament/session_record.hpp, which adds its own place in the
// tournament) are this object, so one session reads the same whichever path wrote it.
// Fields, in order: scenario, protocol, seed, negotiators [{party, agent, utility,
// discounted_utility, (under uncertainty) estimated_utility, elicitation_cost,
// elicited_bids}] in turn order, agreement {issue: value} | null, utilities /
// discounted_utilities {party: u} over every scenario party, end_reason, acting_party,
// failure, rounds, t, offers, welfare, nash_product, pareto_distance, nash_distance,
// kalai_smorodinsky_distance, wall_seconds, then mediator (mediated protocol only),
// uncertainty (only with SessionConfig::uncertainty; below), opponent_models (only with
// SessionConfig::model_quality; below) and, when the
// caller recorded it with a TimelineRecorder, timeline: every action in order, each object as
// one line of `--trace` (trace_event_json, trace.hpp).
// Definitions (over every party of the scenario, undiscounted utilities u_i, reservation r_i):
// welfare = Σ u_i; nash_product = Π max(0, u_i − r_i) (0 on breakdown, where u_i = r_i).
#pragma once

#include <memory>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "parley/negotiation/session.hpp"
#include "parley/negotiation/trace.hpp"

namespace parley::negotiation {

// Keeps every action of a session as trace_event_json objects (the "timeline" array).
class TimelineRecorder final : public TraceSink {
 public:
  explicit TimelineRecorder(const Scenario& scenario);
  ~TimelineRecorder() override;
  void record(const TraceEvent& event) override;
  const nlohmann::ordered_json& events() const { return *events_; }

 private:
  const Scenario& scenario_;
  std::unique_ptr<nlohmann::ordered_json> events_;
};

double social_welfare(const std::vector<double>& utilities);
double nash_product(const Scenario& scenario, const std::vector<double>& utilities);

// The "uncertainty" object: {"spec", "estimator", "parties": {party: {"ranked_bids",
// "estimated_utility", "elicitation_cost", "elicited_bids", "net_utility"}}} for the uncertain
// parties, where ranked_bids is the size of the ranking the party was given and net_utility =
// utility − elicitation_cost (ANAC 2019's score).
// The "opponent_models" array: [{"party", "opponent", "pearson", "ranking_distance",
// "outcomes", "sampled", "measures": [{"round", "t", "pearson", "ranking_distance"}, ...]}],
// one entry per OpponentModelReport (model_quality.hpp); pearson and ranking_distance are the
// end-of-session measure, `measures` every measure in time order (the last is the end).
nlohmann::ordered_json session_result_json(const Scenario& scenario, const SessionConfig& config,
                                           const SessionResult& result, const TimelineRecorder* timeline = nullptr);

}  // namespace parley::negotiation
