// parley::negotiation::Agent — what a protocol asks of a negotiating party.
//
// Data flow: run_session() creates one Agent per negotiating party (agent_spec.hpp), calls
// begin() once with that party's NegotiatorView (negotiator_view.hpp: the outcome space, its
// own preferences, reservation value, discount, deadline — never another party's
// preferences), then per turn act() (alternating offers) or vote() (mediated single text),
// and tells every agent about the others' actions with observe(). Agents own all their
// per-session state. An agent that throws, returns an invalid offer or overruns its time ends
// the session as an agent failure. An agent that keeps opponent models may expose them through
// opponent_model() so that sessions can report their quality (model_quality.hpp).
// Calls are per round, never per outcome, so a virtual interface costs nothing measurable.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "parley/model/outcome_space.hpp"
#include "parley/negotiation/negotiator_view.hpp"

namespace parley::negotiation {

class OpponentModel;  // opponent_model.hpp

enum class ActionKind { offer, accept, walk_away };

// How a party answers the mediator's proposed change (mediated protocol, mediator.hpp).
enum class VoteRule {
  hill_climbing,  // accept only changes that are no worse for you than the current draft
  veto,           // accept unless the change hurts you and falls below your current aspiration
};

struct TurnState {
  int round = 1;                             // 1-based
  double t = 0;                              // normalised time in [0, 1]
  const Outcome* standing_offer = nullptr;   // null on the opening move
  std::size_t standing_proposer = 0;         // party index of who made it
};

struct ObservedAction {
  std::size_t party = 0;          // who acted (party index)
  ActionKind kind = ActionKind::offer;
  const Outcome* offer = nullptr; // the offer made (kind == offer) or accepted (kind == accept)
  int round = 1;
  double t = 0;
};

class Agent {
 public:
  virtual ~Agent() = default;
  // Called once before the first turn; `view` outlives the session.
  virtual void begin(const NegotiatorView& view) = 0;
  // Your turn: return accept (the standing offer), walk_away, or offer after writing it to
  // `offer` (already sized to the issue count; assign values, do not reallocate).
  virtual ActionKind act(const TurnState& turn, Outcome& offer) = 0;
  // Another party acted (never called for the agent's own actions).
  virtual void observe(const ObservedAction& action) = 0;
  // Mediated protocol: accept (true) or veto (false) replacing `draft` with `proposal`.
  virtual bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) = 0;
  // The spec string this agent was made from (for results and traces).
  virtual const std::string& spec() const = 0;
  // The agent's current model of negotiating party `party`'s utility, or null when it keeps
  // none. Only the session runner reads it, to measure the model against that party's true
  // utility (SessionConfig::model_quality); nothing of the measurement reaches the agent.
  virtual const OpponentModel* opponent_model(std::size_t /*party*/) const { return nullptr; }
};

}  // namespace parley::negotiation
