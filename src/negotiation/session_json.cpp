// The JSON form of a session result (schema: docs/cli/negotiate.md).
#include "parley/negotiation/session_json.hpp"

#include <nlohmann/json.hpp>

namespace parley::negotiation {

namespace {

using Json = nlohmann::ordered_json;

Json outcome_json(const Scenario& scenario, const Outcome& outcome) {
  Json map = Json::object();
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i)
    map[scenario.space.issue(i).name()] = scenario.space.issue(i).label(outcome[i]);
  return map;
}

Json optional_json(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

}  // namespace

TimelineRecorder::TimelineRecorder(const Scenario& scenario)
    : scenario_(scenario), events_(std::make_unique<Json>(Json::array())) {}

TimelineRecorder::~TimelineRecorder() = default;

void TimelineRecorder::record(const TraceEvent& event) { events_->push_back(trace_event_json(scenario_, event)); }

Json session_result_json(const Scenario& scenario, const SessionConfig& config, const SessionResult& result,
                         const TimelineRecorder* timeline) {
  Json utilities = Json::object(), discounted = Json::object(), agents = Json::object();
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
    utilities[scenario.parties[p].name] = result.utilities[p];
    discounted[scenario.parties[p].name] = result.discounted_utilities[p];
  }
  for (std::size_t k = 0; k < result.parties.size(); ++k) agents[scenario.parties[result.parties[k]].name] = result.agents[k];
  Json out{{"scenario", scenario.name},
           {"protocol", to_string(config.protocol)},
           {"seed", config.seed},
           {"agents", agents},
           {"agreement", result.agreement ? outcome_json(scenario, *result.agreement) : Json(nullptr)},
           {"utilities", utilities},
           {"discounted_utilities", discounted},
           {"rounds", result.rounds},
           {"t", result.t},
           {"reason", to_string(result.reason)},
           {"acting_party", result.acting_party ? Json(scenario.parties[*result.acting_party].name) : Json(nullptr)},
           {"failure", result.failure.empty() ? Json(nullptr) : Json(result.failure)},
           {"offers", result.offers},
           {"distances",
            {{"pareto", optional_json(result.pareto_distance)},
             {"nash", optional_json(result.nash_distance)},
             {"kalai_smorodinsky", optional_json(result.kalai_smorodinsky_distance)}}},
           {"wall_seconds", result.wall_seconds}};
  if (config.protocol == Protocol::mediated) out["mediator"] = config.mediator.spec;
  if (config.uncertainty) out["uncertainty"] = uncertainty_json<Json>(scenario, config, result);
  if (config.model_quality.enabled) out["opponent_models"] = opponent_models_json<Json>(scenario, config, result);
  if (timeline != nullptr) out["timeline"] = timeline->events();
  return out;
}

template <class J>
J uncertainty_json(const Scenario& scenario, const SessionConfig& config, const SessionResult& result) {
  if (!config.uncertainty || result.estimated_utilities.size() != scenario.parties.size()) return J(nullptr);
  J parties = J::object();
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
    const auto* uncertain = config.uncertainty->party(p);
    if (uncertain == nullptr) continue;
    parties[scenario.parties[p].name] = {
        {"ranked_bids", uncertain->user_model.ranking.size()},
        {"estimated_utility", result.estimated_utilities[p] ? J(*result.estimated_utilities[p]) : J(nullptr)},
        {"elicitation_cost", result.elicitation_costs[p]},
        {"elicited_bids", result.elicitation_queries[p]},
        {"net_utility", result.utilities[p] - result.elicitation_costs[p]}};
  }
  return J{{"spec", config.uncertainty->options().spec},
           {"estimator", config.uncertainty->options().estimator},
           {"parties", std::move(parties)}};
}

template nlohmann::json uncertainty_json<nlohmann::json>(const Scenario&, const SessionConfig&, const SessionResult&);
template nlohmann::ordered_json uncertainty_json<nlohmann::ordered_json>(const Scenario&, const SessionConfig&,
                                                                         const SessionResult&);

template <class J>
J opponent_models_json(const Scenario& scenario, const SessionConfig& config, const SessionResult& result) {
  if (!config.model_quality.enabled) return J(nullptr);
  J reports = J::array();
  for (const auto& report : result.opponent_models) {
    if (report.measures.empty()) continue;
    J measures = J::array();
    for (const auto& measure : report.measures)
      measures.push_back({{"round", measure.round},
                          {"t", measure.t},
                          {"pearson", measure.quality.pearson},
                          {"ranking_distance", measure.quality.ranking_distance}});
    const auto& end = report.measures.back().quality;
    reports.push_back({{"party", scenario.parties[report.party].name},
                       {"opponent", scenario.parties[report.opponent].name},
                       {"pearson", end.pearson},
                       {"ranking_distance", end.ranking_distance},
                       {"outcomes", end.outcomes},
                       {"sampled", end.sampled},
                       {"measures", std::move(measures)}});
  }
  return reports;
}

template nlohmann::json opponent_models_json<nlohmann::json>(const Scenario&, const SessionConfig&, const SessionResult&);
template nlohmann::ordered_json opponent_models_json<nlohmann::ordered_json>(const Scenario&, const SessionConfig&,
                                                                             const SessionResult&);

}  // namespace parley::negotiation
