// parley::tournament session records — one finished session as one JSON object.
//
// Data flow: Tournament + session index ──run_planned_session()──▶ negotiation::run_session
//   ──session_record()──▶ JSON object ──one line──▶ the results store (result_store.hpp)
//   ──▶ rankings (ranking.hpp). docs/cli/tournament.md lists every field.
// Definitions (over every party of the scenario, undiscounted utilities u_i, reservation r_i):
//  * welfare = Σ u_i;
//  * nash_product = Π max(0, u_i − r_i) (0 on breakdown, where u_i = r_i);
//  * pareto / nash / kalai_smorodinsky distances: Euclidean, from negotiation::SessionResult
//    (null when the frontier or the point is unavailable).
// Under preference uncertainty (TournamentConfig::uncertainty) each negotiator also records
// estimated_utility, elicitation_cost and elicited_bids, and the record holds `uncertainty`
// (negotiation::uncertainty_json: spec, estimator, per uncertain party ranked_bids, estimated
// and net utility, cost).
// The only field that differs between two runs of the same session is `wall_seconds`.
#pragma once

#include <cstdint>
#include <vector>

#include <nlohmann/json.hpp>

#include "parley/negotiation/session.hpp"
#include "parley/tournament/tournament.hpp"

namespace parley::tournament {

double social_welfare(const std::vector<double>& utilities);
double nash_product(const Scenario& scenario, const std::vector<double>& utilities);

nlohmann::json session_record(const Tournament& tournament, const PlannedSession& session,
                              const negotiation::SessionResult& result);

// Runs session `index` of the tournament and returns its record.
nlohmann::json run_planned_session(const Tournament& tournament, std::uint64_t index);

// The record without its wall time (for comparing runs).
nlohmann::json without_wall_time(nlohmann::json record);

}  // namespace parley::tournament
