// Shared helpers for the negotiation tests: small scenarios built in code and scripted agents
// that break rules on purpose.
#pragma once

#include <chrono>
#include <functional>
#include <stdexcept>
#include <string>
#include <thread>
#include <utility>
#include <vector>

#include "parley/analysis/random_scenario.hpp"
#include "parley/negotiation/agent.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/prepared_scenario.hpp"
#include "parley/negotiation/session.hpp"

namespace parley::negotiation::test {

// Buyer and seller over price (5 levels) and delivery (4 levels), fully opposed on price and
// partly on delivery; both have reservation `reservation` and discount factor `discount`.
inline Scenario buyer_seller(double reservation = 0.0, double discount = 1.0) {
  Scenario scenario;
  scenario.name = "buyer-seller";
  scenario.space = OutcomeSpace({Issue::integer_range("price", 1, 5),
                                 Issue::with_labels("delivery", IssueKind::ordinal, {"1d", "3d", "7d", "14d"})});
  AdditiveUtility buyer{{0.7, 0.3}, {{1.0, 0.75, 0.5, 0.25, 0.0}, {1.0, 0.6, 0.3, 0.0}}};
  AdditiveUtility seller{{0.6, 0.4}, {{0.0, 0.25, 0.5, 0.75, 1.0}, {0.2, 0.5, 1.0, 0.8}}};
  scenario.parties = {
      Party{.name = "buyer", .utility = buyer, .reservation_value = reservation, .discount_factor = discount},
      Party{.name = "seller", .utility = seller, .reservation_value = reservation, .discount_factor = discount}};
  return scenario;
}

inline PreparedScenario prepared_buyer_seller(double reservation = 0.0, double discount = 1.0) {
  return PreparedScenario(buyer_seller(reservation, discount));
}

inline Scenario random_scenario(std::size_t parties, std::size_t issues, std::size_t values, std::uint64_t seed) {
  analysis::RandomScenarioSpec spec;
  spec.parties = parties;
  spec.issues = issues;
  spec.values_per_issue = values;
  spec.seed = seed;
  return analysis::random_additive_scenario(spec);
}

// The full-information view of `self` in a two-party session with a round deadline.
inline NegotiatorView view_of(const PreparedScenario& prepared, std::size_t self, std::size_t other, std::uint64_t seed,
                              int rounds) {
  return negotiator_view(prepared, self, {other}, Deadline{rounds, 0, TimelineKind::parley}, seed);
}

// An outcome worth about `worth` to party 0 (the one with the smallest utility at or above it,
// or party 0's best when `worth` exceeds its maximum): what the agent tests have party 1 offer
// every turn.
inline Outcome outcome_worth(const PreparedScenario& prepared, double worth) {
  Outcome x(prepared.scenario().space.issue_count());
  prepared.index(0).at_least(worth, x);
  return x;
}

// An agent whose act() runs a script; everything else is inert.
class ScriptedAgent final : public Agent {
 public:
  using Script = std::function<ActionKind(const TurnState&, Outcome&)>;
  explicit ScriptedAgent(Script script) : script_(std::move(script)) {}
  void begin(const NegotiatorView&) override {}
  ActionKind act(const TurnState& turn, Outcome& offer) override { return script_(turn, offer); }
  void observe(const ObservedAction& action) override { observed.push_back(action); }
  bool vote(const Outcome&, const Outcome&, double, VoteRule) override { return true; }
  const std::string& spec() const override { return spec_; }
  std::vector<ObservedAction> observed;

 private:
  Script script_;
  std::string spec_ = "scripted";
};

// Offers a fixed outcome every turn.
inline ScriptedAgent::Script always_offer(Outcome outcome) {
  return [outcome](const TurnState&, Outcome& offer) {
    offer = outcome;
    return ActionKind::offer;
  };
}

// The offers party 0 made, with their times: what the agent tests check an agent's bids against.
struct OwnOfferTrace final : TraceSink {
  std::vector<std::pair<double, Outcome>> own;
  void record(const TraceEvent& e) override {
    if (e.kind == TraceKind::offer && e.party == 0) own.emplace_back(e.t, *e.outcome);
  }
};

// Party 0 runs the agent `spec`, party 1 the script, under a round deadline; party 0's offers
// go to `trace`.
inline SessionResult against_script(const PreparedScenario& prepared, const std::string& spec, ScriptedAgent::Script script,
                                    int rounds, OwnOfferTrace& trace) {
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(make_agent(spec, prepared.scenario(), 0));
  agents.push_back(std::make_unique<ScriptedAgent>(std::move(script)));
  SessionConfig config;
  config.rounds = rounds;
  return run_session_with_agents(prepared, std::move(agents), config, &trace);
}

}  // namespace parley::negotiation::test
