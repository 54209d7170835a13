// parley::negotiation::OpponentModel — an agent's estimate of one opponent's utility, learnt
// from the offers that opponent made (the "O" of the BOA framework, boa.hpp).
//
// Data flow: Agent::observe() ──offer, t──▶ OpponentModel::observe() ──▶ predict(values) used by
// the agent's bidding; the session runner may also read an agent's models through
// Agent::opponent_model() to measure them against the opponent's true utility
// (model_quality.hpp) — the agent never sees that measurement.
#pragma once

#include <cstdint>

#include "parley/model/outcome_space.hpp"

namespace parley::negotiation {

// Predicts one opponent's utility of outcomes from the offers it made.
class OpponentModel {
 public:
  virtual ~OpponentModel() = default;
  virtual void begin(const OutcomeSpace& space) = 0;
  virtual void observe(const Outcome& offer, double t) = 0;
  virtual double predict(const std::uint32_t* values) const = 0;  // one value index per issue
};

}  // namespace parley::negotiation
