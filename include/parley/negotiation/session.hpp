// parley::negotiation::run_session — one negotiation under a protocol, start to end.
//
// Data flow: PreparedScenario + agent specs (one per negotiating party) + SessionConfig
//   ──run_session()──▶ SessionResult, and every action to an optional TraceSink.
// Protocols:
//  * sao:      bilateral alternating offers (exactly two negotiators).
//  * saop:     stacked alternating offers (GENIUS): parties in turn accept the standing offer,
//              make a counter-offer or walk away; agreement when all others accepted it.
//  * mediated: single-text mediation (mediator.hpp).
// Time: with a deadline of N rounds, round r (1-based) runs at t = r / N, so the last round
// is at t = 1, or with timeline = genius at t = r / (N + 1) as GENIUS's DiscreteTimeline
// (deadline.hpp). With a time deadline of S seconds, t = elapsed / S (not reproducible across
// machines; use rounds for deterministic runs). Both may be set: the first reached ends it.
// Agents: each gets a NegotiatorView (negotiator_view.hpp) made by negotiator_view() below.
// Utilities: undiscounted u_i(agreement), and discounted u_i · d_i^t at the round of the end
// (GENIUS); on breakdown both are the reservation value (discounted at the time of breakdown).
// Preference uncertainty (SessionConfig::uncertainty, uncertainty.hpp): the uncertain parties'
// agents see only their estimates; `utilities` stay the true utilities, and the result adds
// each party's estimated utility of the outcome (its latest estimate) and elicitation cost.
// Opponent-model quality (SessionConfig::model_quality): the runner, not the agent, compares
// each model an agent exposes (Agent::opponent_model) with the opponent's true utility.
// The same seed gives the same result and a byte-identical trace (round deadlines).
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/negotiation/agent.hpp"
#include "parley/negotiation/mediator.hpp"
#include "parley/negotiation/model_quality.hpp"
#include "parley/negotiation/prepared_scenario.hpp"
#include "parley/negotiation/trace.hpp"
#include "parley/negotiation/uncertainty.hpp"

namespace parley::negotiation {

enum class Protocol { sao, saop, mediated };
std::string_view to_string(Protocol protocol);
std::optional<Protocol> protocol_from_string(std::string_view text);

struct SessionConfig {
  Protocol protocol = Protocol::sao;
  int rounds = 100;               // deadline in rounds; 0 = none (then time_limit must be set)
  double time_limit = 0;          // deadline in seconds; 0 = none
  TimelineKind timeline = TimelineKind::parley;  // how t is measured in a round deadline
  double action_timeout = 0;      // seconds one agent call may take; 0 = unchecked
  std::uint64_t seed = 1;
  // Scenario parties that negotiate, in turn order; empty = every party except the mediator's.
  std::vector<std::size_t> parties;
  MediatorConfig mediator;        // protocol == mediated only
  // Null: full information. Else the uncertain parties negotiate on estimates (uncertainty.hpp);
  // it must have been prepared from the same PreparedScenario.
  std::shared_ptr<const PreparedUncertainty> uncertainty;
  // Off by default: measure the opponent models the agents expose (model_quality.hpp) at the
  // end of the session and at the given times (alternating offers only; a mediated session is
  // measured only at its end, as its agents see no offers).
  ModelQualityConfig model_quality;

  Deadline deadline() const { return Deadline{rounds, time_limit, timeline}; }
};

enum class EndReason { agreement, deadline, walk_away, agent_failure };
std::string_view to_string(EndReason reason);

struct SessionResult {
  std::optional<Outcome> agreement;
  std::vector<double> utilities;             // per scenario party, undiscounted
  std::vector<double> discounted_utilities;  // per scenario party, u · d^t
  int rounds = 0;                            // rounds started (1-based index of the last)
  double t = 0;                              // normalised time at the end
  EndReason reason = EndReason::deadline;
  std::optional<std::size_t> acting_party;   // who walked away / failed (party index)
  std::string failure;                       // why the agent failed ("exception: ...", ...)
  std::size_t offers = 0;                    // offers (or mediator proposals) made
  double wall_seconds = 0;
  std::vector<std::size_t> parties;          // negotiating party indices, in turn order
  std::vector<std::string> agents;           // spec of each negotiator, same order
  // Distances in utility space (all scenario parties) from the outcome (the agreement, or the
  // reservation point on breakdown) to the frontier / Nash / Kalai–Smorodinsky points; null
  // when the frontier or the point is not available.
  std::optional<double> pareto_distance, nash_distance, kalai_smorodinsky_distance;
  // Preference uncertainty, per scenario party (empty without SessionConfig::uncertainty): the
  // party's estimated utility of the outcome (reservation value on breakdown; nullopt for a
  // party with full information), the total elicitation cost charged and the bids it elicited.
  std::vector<std::optional<double>> estimated_utilities;
  std::vector<double> elicitation_costs;
  std::vector<std::size_t> elicitation_queries;
  // With SessionConfig::model_quality: one report per (agent, opponent) pair whose agent keeps
  // a model of that opponent, in turn order of the modelling agent, then of the opponent.
  std::vector<OpponentModelReport> opponent_models;
};

// Builds the agents from spec strings (InputError on a bad spec) and runs the session.
SessionResult run_session(const PreparedScenario& prepared, const std::vector<std::string>& agent_specs,
                          const SessionConfig& config, TraceSink* trace = nullptr);

// Runs with agents the caller built (one per negotiating party, in turn order). A separate
// name because a braced list of two strings would also match a vector's iterator-pair constructor.
SessionResult run_session_with_agents(const PreparedScenario& prepared, std::vector<std::unique_ptr<Agent>> agents,
                          const SessionConfig& config, TraceSink* trace = nullptr);

// The view of negotiator `party` (full information: its exact utility and index from
// `prepared`); `others` are the other negotiators in turn order. The view points into
// `prepared`, which must outlive it. (Under uncertainty run_session builds the view with the
// party's estimate and elicitation channel instead.)
NegotiatorView negotiator_view(const PreparedScenario& prepared, std::size_t party, std::vector<std::size_t> others,
                               const Deadline& deadline, std::uint64_t seed);

// The negotiating parties the config selects (config.parties, or all but the mediator's).
std::vector<std::size_t> negotiating_parties(const PreparedScenario& prepared, const SessionConfig& config);

}  // namespace parley::negotiation
