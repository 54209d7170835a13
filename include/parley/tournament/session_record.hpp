// parley::tournament session records — one finished session as one JSON object.
//
// Data flow: Tournament + session index ──run_planned_session()──▶ negotiation::run_session
//   ──session_record()──▶ JSON object ──one line──▶ the results store (result_store.hpp)
//   ──▶ rankings (ranking.hpp).
// A record is the session result of negotiation::session_result_json (the same object
// `parley negotiate --json` prints; schema: docs/formats/session_result.md) preceded by the
// session's place in the tournament — session, repetition, scenario_index — and with each
// seat's agent_index (the agent's position in Tournament::agent_specs()) at the end of the seat.
// The only field that differs between two runs of the same session is `wall_seconds`.
#pragma once

#include <cstdint>

#include <nlohmann/json_fwd.hpp>

#include "parley/negotiation/session.hpp"
#include "parley/tournament/tournament.hpp"

namespace parley::tournament {

// The record of planned session `session` whose run gave `result`.
nlohmann::ordered_json session_record(const Tournament& tournament, const PlannedSession& session,
                                      const negotiation::SessionResult& result);

// Runs session `index` of the tournament and returns its record.
nlohmann::ordered_json run_planned_session(const Tournament& tournament, std::uint64_t index);

// The record without its wall time (for comparing runs).
nlohmann::json without_wall_time(nlohmann::json record);

}  // namespace parley::tournament
