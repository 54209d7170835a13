// parley::tournament::Tournament — a tournament ready to run: scenarios prepared once, every
// session enumerated in one fixed order with its own seed.
//
// Data flow: TournamentConfig + scenarios (loaded from paths, or given in memory)
//   ──prepare_tournament()──▶ Tournament { one shared, read-only PreparedScenario per scenario,
//   role assignments per scenario } ──session(k)──▶ PlannedSession (scenario, agents in turn
//   order, repetition, seed) for any k in [0, session_count()) without enumerating the others.
// Order: repetition (outermost), scenario, assignment (lexicographic by agent index). Agent
// index i < agents.size() is config.agents[i]; after them come the opponents.
// The session seed is session_seed(config.seed, k) (seed.hpp). Nothing here depends on the
// number of threads or processes that later run the sessions.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "parley/model/scenario.hpp"
#include "parley/negotiation/prepared_scenario.hpp"
#include "parley/negotiation/session.hpp"
#include "parley/tournament/tournament_config.hpp"

namespace parley::tournament {

// A scenario as the tournament received it.
struct ScenarioInput {
  std::string path;          // as given by the user, or found in a folder given ("" for in-memory scenarios)
  std::string content_hash;  // hash of the bytes read (content_hash.hpp); "" for in-memory
  Scenario scenario;
};

// Loads every scenario the paths name (io::scenario_paths: a scenario, or a folder of them, in
// file-name order) with io::load_scenario and hashes its files (InputError on any failure,
// naming the file).
std::vector<ScenarioInput> load_scenario_inputs(const std::vector<std::filesystem::path>& paths);

struct TournamentScenario {
  std::string path;
  std::string content_hash;
  std::shared_ptr<const negotiation::PreparedScenario> prepared;
  negotiation::SessionConfig session;          // protocol, rounds, mediator (seed set per session)
  std::vector<std::size_t> negotiators;        // party indices in turn order
  std::vector<std::vector<std::uint32_t>> assignments;  // agent index per negotiator, sorted
  std::uint64_t assignment_count = 0;          // before sampling (equals assignments.size() when not sampled)
  bool sampled() const { return assignment_count != assignments.size(); }
};

struct PlannedSession {
  std::uint64_t index = 0;
  std::size_t scenario = 0;
  std::size_t assignment = 0;
  int repetition = 0;
  std::uint64_t seed = 0;
};

class Tournament {
 public:
  Tournament(TournamentConfig config, std::vector<TournamentScenario> scenarios);

  const TournamentConfig& config() const { return config_; }
  const std::vector<TournamentScenario>& scenarios() const { return scenarios_; }
  // Agents then opponents: agent index -> spec.
  const std::vector<std::string>& agent_specs() const { return agent_specs_; }
  std::size_t competitor_count() const { return config_.agents.size(); }

  std::uint64_t session_count() const { return per_repetition_ * static_cast<std::uint64_t>(config_.repetitions); }
  PlannedSession session(std::uint64_t index) const;
  // The agent specs of a planned session, one per negotiator in turn order.
  std::vector<std::string> session_agents(const PlannedSession& session) const;

 private:
  TournamentConfig config_;
  std::vector<TournamentScenario> scenarios_;
  std::vector<std::string> agent_specs_;
  std::vector<std::uint64_t> offsets_;  // first session of each scenario within a repetition
  std::uint64_t per_repetition_ = 0;
};

// Checks the config, prepares every scenario once (in parallel; PreparedScenario is the
// expensive part), resolves each scenario's protocol and negotiators, checks every agent can
// play every side it is assigned (make_agent), and enumerates (or samples) role assignments.
// Throws InputError naming the scenario on any problem. Its parallel loops run in the caller's
// task arena: call it inside a tbb::task_arena to bound its threads (prepare_on_every_rank does).
Tournament prepare_tournament(const TournamentConfig& config, std::vector<ScenarioInput> scenarios,
                              const negotiation::PrepareOptions& options = {});

}  // namespace parley::tournament
