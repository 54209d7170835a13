// The one JSON form of a session result (schema: docs/formats/session_result.md).
#include "parley/negotiation/session_json.hpp"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "parley/negotiation/outcome_json.hpp"

namespace parley::negotiation {

namespace {

using Json = nlohmann::ordered_json;

Json optional_json(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

Json by_party(const Scenario& scenario, const std::vector<double>& values) {
  Json map = Json::object();
  for (std::size_t p = 0; p < values.size(); ++p) map[scenario.parties[p].name] = values[p];
  return map;
}

// One seat per negotiator, in turn order; under uncertainty each seat also says what its agent
// believed and paid (a tournament ranks discounted utility minus elicitation cost).
Json negotiators_json(const Scenario& scenario, const SessionConfig& config, const SessionResult& result) {
  Json seats = Json::array();
  for (std::size_t k = 0; k < result.parties.size(); ++k) {
    const auto party = result.parties[k];
    Json seat{{"party", scenario.parties[party].name},
              {"agent", result.agents[k]},
              {"utility", result.utilities[party]},
              {"discounted_utility", result.discounted_utilities[party]}};
    if (config.uncertainty && party < result.estimated_utilities.size()) {
      seat["estimated_utility"] = optional_json(result.estimated_utilities[party]);
      seat["elicitation_cost"] = result.elicitation_costs[party];
      seat["elicited_bids"] = result.elicitation_queries[party];
    }
    seats.push_back(std::move(seat));
  }
  return seats;
}

Json uncertainty_json(const Scenario& scenario, const SessionConfig& config, const SessionResult& result) {
  if (result.estimated_utilities.size() != scenario.parties.size()) return Json(nullptr);
  Json parties = Json::object();
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
    const auto* uncertain = config.uncertainty->party(p);
    if (uncertain == nullptr) continue;
    parties[scenario.parties[p].name] = {{"ranked_bids", uncertain->user_model.ranking.size()},
                                         {"estimated_utility", optional_json(result.estimated_utilities[p])},
                                         {"elicitation_cost", result.elicitation_costs[p]},
                                         {"elicited_bids", result.elicitation_queries[p]},
                                         {"net_utility", result.utilities[p] - result.elicitation_costs[p]}};
  }
  return Json{{"spec", config.uncertainty->options().spec},
              {"estimator", config.uncertainty->options().estimator},
              {"parties", std::move(parties)}};
}

Json opponent_models_json(const Scenario& scenario, const SessionResult& result) {
  Json reports = Json::array();
  for (const auto& report : result.opponent_models) {
    if (report.measures.empty()) continue;
    Json measures = Json::array();
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

}  // namespace

double social_welfare(const std::vector<double>& utilities) {
  double sum = 0;
  for (double u : utilities) sum += u;
  return sum;
}

double nash_product(const Scenario& scenario, const std::vector<double>& utilities) {
  double product = 1;
  for (std::size_t p = 0; p < utilities.size(); ++p)
    product *= std::max(0.0, utilities[p] - scenario.parties[p].reservation_value);
  return product;
}

TimelineRecorder::TimelineRecorder(const Scenario& scenario)
    : scenario_(scenario), events_(std::make_unique<Json>(Json::array())) {}

TimelineRecorder::~TimelineRecorder() = default;

void TimelineRecorder::record(const TraceEvent& event) { events_->push_back(trace_event_json(scenario_, event)); }

Json session_result_json(const Scenario& scenario, const SessionConfig& config, const SessionResult& result,
                         const TimelineRecorder* timeline) {
  Json out{{"scenario", scenario.name},
           {"protocol", to_string(config.protocol)},
           {"seed", config.seed},
           {"negotiators", negotiators_json(scenario, config, result)},
           {"agreement", result.agreement ? outcome_json(scenario.space, *result.agreement) : Json(nullptr)},
           {"utilities", by_party(scenario, result.utilities)},
           {"discounted_utilities", by_party(scenario, result.discounted_utilities)},
           {"end_reason", to_string(result.reason)},
           {"acting_party", result.acting_party ? Json(scenario.parties[*result.acting_party].name) : Json(nullptr)},
           {"failure", result.failure.empty() ? Json(nullptr) : Json(result.failure)},
           {"rounds", result.rounds},
           {"t", result.t},
           {"offers", result.offers},
           {"welfare", social_welfare(result.utilities)},
           {"nash_product", nash_product(scenario, result.utilities)},
           {"pareto_distance", optional_json(result.pareto_distance)},
           {"nash_distance", optional_json(result.nash_distance)},
           {"kalai_smorodinsky_distance", optional_json(result.kalai_smorodinsky_distance)},
           {"wall_seconds", result.wall_seconds}};
  if (config.protocol == Protocol::mediated) out["mediator"] = config.mediator.spec;
  if (config.uncertainty) out["uncertainty"] = uncertainty_json(scenario, config, result);
  if (config.model_quality.enabled) out["opponent_models"] = opponent_models_json(scenario, result);
  if (timeline != nullptr) out["timeline"] = timeline->events();
  return out;
}

}  // namespace parley::negotiation
