// Session records: the JSON written for each session, and running a planned session.
#include "parley/tournament/session_record.hpp"

#include <algorithm>

#include "parley/negotiation/session_json.hpp"

namespace parley::tournament {
namespace {

nlohmann::json optional_number(const std::optional<double>& value) {
  return value ? nlohmann::json(*value) : nlohmann::json(nullptr);
}

nlohmann::json by_party(const Scenario& scenario, const std::vector<double>& values) {
  nlohmann::json object = nlohmann::json::object();
  for (std::size_t p = 0; p < values.size(); ++p) object[scenario.parties[p].name] = values[p];
  return object;
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

nlohmann::json session_record(const Tournament& tournament, const PlannedSession& session,
                              const negotiation::SessionResult& result) {
  const auto& entry = tournament.scenarios()[session.scenario];
  const auto& scenario = entry.prepared->scenario();
  const auto& assignment = entry.assignments[session.assignment];
  nlohmann::json negotiators = nlohmann::json::array();
  for (std::size_t k = 0; k < result.parties.size(); ++k) {
    const auto party = result.parties[k];
    negotiators.push_back({{"party", scenario.parties[party].name},
                           {"agent", tournament.agent_specs()[assignment[k]]},
                           {"agent_index", assignment[k]},
                           {"utility", result.utilities[party]},
                           {"discounted_utility", result.discounted_utilities[party]}});
    // Under uncertainty every seat says what its agent believed and paid (ranking.hpp scores
    // discounted utility minus elicitation cost).
    if (entry.session.uncertainty) {
      auto& seat = negotiators.back();
      const auto& estimated = result.estimated_utilities[party];
      seat["estimated_utility"] = estimated ? nlohmann::json(*estimated) : nlohmann::json(nullptr);
      seat["elicitation_cost"] = result.elicitation_costs[party];
      seat["elicited_bids"] = result.elicitation_queries[party];
    }
  }
  nlohmann::json agreement = nullptr;
  if (result.agreement) {
    agreement = nlohmann::json::object();
    for (std::size_t i = 0; i < scenario.space.issue_count(); ++i)
      agreement[scenario.space.issue(i).name()] = scenario.space.issue(i).label((*result.agreement)[i]);
  }
  nlohmann::json record{{"session", session.index},
          {"repetition", session.repetition},
          {"scenario", scenario.name},
          {"scenario_index", session.scenario},
          {"protocol", negotiation::to_string(entry.session.protocol)},
          {"seed", session.seed},
          {"negotiators", std::move(negotiators)},
          {"agreement", std::move(agreement)},
          {"utilities", by_party(scenario, result.utilities)},
          {"discounted_utilities", by_party(scenario, result.discounted_utilities)},
          {"end_reason", negotiation::to_string(result.reason)},
          {"acting_party", result.acting_party ? nlohmann::json(scenario.parties[*result.acting_party].name)
                                               : nlohmann::json(nullptr)},
          {"failure", result.failure.empty() ? nlohmann::json(nullptr) : nlohmann::json(result.failure)},
          {"rounds", result.rounds},
          {"t", result.t},
          {"offers", result.offers},
          {"welfare", social_welfare(result.utilities)},
          {"nash_product", nash_product(scenario, result.utilities)},
          {"pareto_distance", optional_number(result.pareto_distance)},
          {"nash_distance", optional_number(result.nash_distance)},
          {"kalai_smorodinsky_distance", optional_number(result.kalai_smorodinsky_distance)},
          {"wall_seconds", result.wall_seconds}};
  if (entry.session.model_quality.enabled)
    record["opponent_models"] = negotiation::opponent_models_json<nlohmann::json>(scenario, entry.session, result);
  if (entry.session.uncertainty)
    record["uncertainty"] = negotiation::uncertainty_json<nlohmann::json>(scenario, entry.session, result);
  return record;
}

nlohmann::json run_planned_session(const Tournament& tournament, std::uint64_t index) {
  const auto session = tournament.session(index);
  const auto& entry = tournament.scenarios()[session.scenario];
  auto config = entry.session;
  config.seed = session.seed;
  config.parties = entry.negotiators;  // entry.session carries the scenario's uncertainty
  const auto result = negotiation::run_session(*entry.prepared, tournament.session_agents(session), config);
  return session_record(tournament, session, result);
}

nlohmann::json without_wall_time(nlohmann::json record) {
  record.erase("wall_seconds");
  return record;
}

}  // namespace parley::tournament
