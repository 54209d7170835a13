// parley::negotiation::session_result_json — the machine-readable result of one session.
//
// Data flow: Scenario + SessionConfig + SessionResult ──session_result_json()──▶ the JSON
// object of `parley negotiate --json` (schema in docs/cli/negotiate.md): scenario, protocol,
// seed, agents {party: spec}, agreement {issue: value} | null, utilities / discounted_utilities
// {party: u}, rounds, t, reason, acting_party, failure, offers, distances {pareto, nash,
// kalai_smorodinsky}, wall_seconds, mediator (mediated protocol only), uncertainty (only with
// SessionConfig::uncertainty: uncertainty_json below), opponent_models (only with
// SessionConfig::model_quality: opponent_models_json below) and, when the caller recorded it with a
// TimelineRecorder, timeline: every action in order, each object as one line of `--trace`
// (trace_event_json, trace.hpp). `parley serve` answers its negotiate requests with the same
// object (without the timeline).
#pragma once

#include <memory>

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

// {"spec", "estimator", "parties": {party: {"ranked_bids", "estimated_utility",
// "elicitation_cost", "elicited_bids", "net_utility"}}} for the uncertain parties, where
// ranked_bids is the size of the ranking the party was given and net_utility = utility −
// elicitation_cost (ANAC 2019's score); null without uncertainty. Tournament records carry the
// same object (tournament/session_record.hpp).
template <class Json>
Json uncertainty_json(const Scenario& scenario, const SessionConfig& config, const SessionResult& result);

// [{"party", "opponent", "pearson", "ranking_distance", "outcomes", "sampled", "measures":
// [{"round", "t", "pearson", "ranking_distance"}, ...]}] — one entry per OpponentModelReport
// (model_quality.hpp); pearson and ranking_distance are the end-of-session measure, `measures`
// every measure in time order (the last is the end). null without SessionConfig::model_quality.
// `negotiate --json` and tournament records carry this same array as "opponent_models".
template <class Json>
Json opponent_models_json(const Scenario& scenario, const SessionConfig& config, const SessionResult& result);

nlohmann::ordered_json session_result_json(const Scenario& scenario, const SessionConfig& config,
                                           const SessionResult& result, const TimelineRecorder* timeline = nullptr);

}  // namespace parley::negotiation
