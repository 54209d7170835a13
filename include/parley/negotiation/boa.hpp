// parley::negotiation BOA agents — an agent composed of a bidding (offering) strategy, an
// opponent model and an acceptance condition (Baarslag et al., the GENIUS BOA framework).
//
// Data flow per turn of BoaAgent::act():
//   observe() ──▶ AgentState (received offers in own utility, opponent models updated)
//   OfferingStrategy::next_offer(state) ──▶ the offer it would make (and its utility)
//   AcceptanceCondition::accept(state, u(standing offer), u(next offer)) ──▶ accept or offer
//   optional walk-away time: after it, an agent that does not accept walks away.
// Components see only AgentState, which holds the agent's NegotiatorView (its own
// preferences, never an opponent's); the state's buffers are sized in begin() so that a turn
// allocates nothing. Concrete components are built from spec strings (agent_spec.hpp).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

#include "parley/negotiation/agent.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/opponent_model.hpp"

namespace parley::negotiation {

struct AgentState {
  // fixed for the session
  const NegotiatorView* view = nullptr;
  const OfferIndex* index = nullptr;   // = &view->index()
  double reservation = 0;
  double min_target = 0;   // P_min: max(reservation value, lowest utility in the space)
  double max_target = 1;   // P_max: highest utility in the space
  int round_limit = 0;
  // per turn
  int round = 0;
  double t = 0;
  // history, in own utility
  std::vector<double> received;        // every offer received, in order
  std::vector<double> received_times;  // time of each
  std::vector<double> sent;            // utility of each own offer
  double best_received = -1;           // -1 before any offer
  // opponents (one model per opponent, may be empty)
  std::vector<std::size_t> opponents;
  std::vector<std::unique_ptr<OpponentModel>> models;
  double model_window = 0.05;          // utility band above target searched with a model
  CandidateBuffer candidates;
  std::mt19937_64 rng;

  // Among up to 64 outcomes sampled across the whole band [lo, lo + model_window]
  // (OfferIndex::sample_band) the one the opponent models predict best (sum over opponents);
  // without models, the lowest one >= lo. Returns its utility.
  double choose_near(double lo, Outcome& out);
  // The agent's own utility of an outcome.
  double utility(const Outcome& outcome) const { return view->utility(outcome); }
};

class OfferingStrategy {
 public:
  virtual ~OfferingStrategy() = default;
  virtual void begin(AgentState&) {}
  // The utility the strategy aims for now (used for its offers and its mediated votes).
  virtual double target(AgentState& state) = 0;
  // Writes the next offer; returns its utility for this agent.
  virtual double next_offer(AgentState& state, Outcome& out) = 0;
};

class AcceptanceCondition {
 public:
  virtual ~AcceptanceCondition() = default;
  virtual bool accept(const AgentState& state, double offered, double next_offer) const = 0;
};

struct BoaParts {
  std::unique_ptr<OfferingStrategy> offering;
  std::unique_ptr<AcceptanceCondition> acceptance;
  std::function<std::unique_ptr<OpponentModel>()> make_model;  // empty: no model; else one per opponent
  double model_window = 0.05;
  double walk_away_time = 2.0;   // > 1: never walks away
};

class BoaAgent final : public Agent {
 public:
  BoaAgent(std::string spec, BoaParts parts);
  void begin(const NegotiatorView& view) override;
  ActionKind act(const TurnState& turn, Outcome& offer) override;
  void observe(const ObservedAction& action) override;
  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override;
  const std::string& spec() const override { return spec_; }
  const OpponentModel* opponent_model(std::size_t party) const override;

  const AgentState& state() const { return state_; }

 private:
  std::string spec_;
  BoaParts parts_;
  std::optional<NegotiatorView> view_;  // a copy, so callers need not keep theirs alive
  AgentState state_;
};

// Time-dependent concession (GENIUS; DESIGN.md): target(t) = P_min + (P_max − P_min)(1 − f(t)),
// f(t) = k + (1 − k) t^(1/e). e = 0 never concedes (hardliner).
double time_dependent_target(double t, double e, double k, double p_min, double p_max);

}  // namespace parley::negotiation
