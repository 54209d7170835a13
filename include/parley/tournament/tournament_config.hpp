// parley::tournament::TournamentConfig — what a tournament is: agents, scenarios, protocol,
// deadline, repetitions and the one seed.
//
// Data flow: CLI flags or a library caller ──TournamentConfig──▶ check_config() (InputError on
// any mistake) ──▶ prepare_tournament() (tournament.hpp) ──▶ sessions.
// Pairing (ANAC style):
//  * without opponents, every ordered tuple of distinct agents plays each scenario, one agent
//    per negotiating party ("each agent plays each side"); with self_play an agent may also
//    face itself;
//  * with opponents (GENIUS "side B", NegMAS non-competitors), each agent plays every side
//    of the scenario while the other sides are taken by opponents; only agents are ranked.
// When a scenario has more role assignments than max_assignments (n-party scenarios), a
// seeded uniform sample of that many distinct assignments is played instead.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace parley::tournament {

struct TournamentConfig {
  std::vector<std::string> agents;       // agent specs (negotiation/agent_spec.hpp), ranked
  std::vector<std::string> opponents;    // optional fixed opponents, not ranked
  std::vector<std::filesystem::path> scenarios;
  int repetitions = 1;                   // each (scenario, assignment) is played this many times
  int rounds = 100;                      // deadline in rounds of every session
  std::string timeline = "parley";       // parley: t = r / N; genius: t = r / (N + 1) (negotiation/deadline.hpp)
  std::string protocol = "auto";         // auto (sao for two negotiators, else saop) | sao | saop | mediated
  std::string mediator = "hillclimb";    // mediator spec (protocol mediated)
  std::uint64_t seed = 1;
  bool self_play = false;
  std::uint64_t max_assignments = 1000;  // per scenario; more are sampled (seeded)
  // Preference uncertainty (ANAC 2019; negotiation/uncertainty.hpp): "" = full information,
  // else "profiles[:cost=C]" or "ranked:N[,cost=C]"; the uncertain parties' agents negotiate on
  // an estimate learnt by `estimator` ("lp" or "counting", elicitation/estimators.hpp), once per
  // scenario before the sessions.
  std::string uncertainty;
  std::string estimator = "lp";
  // Opponent-model quality (negotiation/model_quality.hpp): every session measures the models
  // its agents expose at the end and at these times; records carry "opponent_models".
  bool model_quality = false;
  std::vector<double> model_quality_times;
};

// Largest accepted max_assignments (assignment lists are held in memory).
inline constexpr std::uint64_t kAssignmentLimit = 1'000'000;

// Checks everything that does not need the scenarios (prepare_tournament checks that there is
// at least one; `scenarios` may stay empty when they are given in memory): at least one agent,
// agent specs valid, no spec listed twice (also across agents and opponents), repetitions,
// rounds and max_assignments in range, protocol and mediator names known, uncertainty spec and
// estimator valid, model-quality times inside (0, 1) and ascending. Throws InputError.
void check_config(const TournamentConfig& config);

}  // namespace parley::tournament
