// Session records: a session result (negotiation::session_result_json) with its place in the
// tournament, and running a planned session.
#include "parley/tournament/session_record.hpp"

#include <nlohmann/json.hpp>

#include "parley/negotiation/session_json.hpp"

namespace parley::tournament {
namespace {

// The configuration session `session` runs under: the scenario's (protocol, deadline,
// mediator, uncertainty) with the session's seed and the scenario's negotiators.
negotiation::SessionConfig planned_config(const Tournament& tournament, const PlannedSession& session) {
  const auto& entry = tournament.scenarios()[session.scenario];
  auto config = entry.session;
  config.seed = session.seed;
  config.parties = entry.negotiators;
  return config;
}

}  // namespace

nlohmann::ordered_json session_record(const Tournament& tournament, const PlannedSession& session,
                                      const negotiation::SessionResult& result) {
  const auto& entry = tournament.scenarios()[session.scenario];
  const auto& assignment = entry.assignments[session.assignment];
  auto fields = negotiation::session_result_json(entry.prepared->scenario(), planned_config(tournament, session), result);
  auto& seats = fields["negotiators"];
  for (std::size_t k = 0; k < seats.size(); ++k) seats[k]["agent_index"] = assignment[k];
  nlohmann::ordered_json record{
      {"session", session.index}, {"repetition", session.repetition}, {"scenario_index", session.scenario}};
  for (auto field = fields.begin(); field != fields.end(); ++field) record[field.key()] = std::move(field.value());
  return record;
}

nlohmann::ordered_json run_planned_session(const Tournament& tournament, std::uint64_t index) {
  const auto session = tournament.session(index);
  const auto result = negotiation::run_session(*tournament.scenarios()[session.scenario].prepared,
                                               tournament.session_agents(session), planned_config(tournament, session));
  return session_record(tournament, session, result);
}

nlohmann::json without_wall_time(nlohmann::json record) {
  record.erase("wall_seconds");
  return record;
}

}  // namespace parley::tournament
