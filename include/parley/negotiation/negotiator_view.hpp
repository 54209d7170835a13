// parley::negotiation::NegotiatorView — everything one negotiator may know at the start of a
// session, and nothing else.
//
// Data flow: the protocol (run_session) builds one NegotiatorView per negotiating party from
// the PreparedScenario and passes it to Agent::begin(). The view holds:
//   * space()            the outcome space (issues and values — public knowledge);
//   * preferences()      the agent's OWN preferences, as an OwnPreferences object the protocol
//                        supplies per agent: its utility function and its inverse-utility
//                        index: the party's exact utility (KnownPreferences), or under
//                        preference uncertainty an estimate learnt from its user model
//                        (EstimatedPreferences, uncertainty.hpp); a Python agent sees the same
//                        object through the bindings;
//   * user_model(), elicitation()   under preference uncertainty only (else null): the ranking
//                        the party was given and the channel to ask its user about more bids
//                        at a cost (elicitation_channel.hpp); the true utility stays behind it;
//   * reservation_value(), discount_factor()   its own, as in the scenario file;
//   * deadline()         rounds and/or seconds, and how time t is measured (deadline.hpp);
//   * self(), others()   its party index and the other negotiators' indices (turn order);
//   * party_name(p)      the parties' public names;
//   * seed()             its own random stream, derived from the session seed.
// There is deliberately no accessor for another party's utility, reservation value, discount
// or offer index, and none for the Pareto frontier or the reference points: those stay with
// the protocol and the session result (tests/negotiation/view_test.cpp checks this at compile
// time and by behaviour). The offers other parties make reach the agent through
// Agent::observe() and TurnState.
// Lifetime: the view and what it points to outlive the session; agents may keep a pointer
// or a copy (cheap: the preferences are shared).
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model/outcome_space.hpp"
#include "parley/model/user_model.hpp"
#include "parley/model/utility.hpp"
#include "parley/negotiation/deadline.hpp"

namespace parley::negotiation {

class OfferIndex;
class ElicitationChannel;

// The preferences an agent reasons with. An interface so that the protocol can hand an agent
// its exact utility, an estimate learnt from a partial ranking (user model), or a proxy for
// an agent written in another language — without the agent's code changing.
class OwnPreferences {
 public:
  virtual ~OwnPreferences() = default;
  // The utility function the agent works with (exact, or the protocol's estimate).
  virtual const UtilityFunction& function() const = 0;
  // Inverse-utility index over function(): outcomes near a target utility, best outcome.
  virtual const OfferIndex& index() const = 0;
  // True when function() is an estimate rather than the party's real utility.
  virtual bool is_estimate() const = 0;

  double utility(const Outcome& outcome) const { return function().utility(outcome); }
};

// The party's own, exact utility function and its index (full-information negotiation).
class KnownPreferences final : public OwnPreferences {
 public:
  KnownPreferences(const UtilityFunction& function, const OfferIndex& index) : function_(&function), index_(&index) {}
  const UtilityFunction& function() const override { return *function_; }
  const OfferIndex& index() const override { return *index_; }
  bool is_estimate() const override { return false; }

 private:
  const UtilityFunction* function_;
  const OfferIndex* index_;
};

class NegotiatorView {
 public:
  struct Own {
    std::shared_ptr<const OwnPreferences> preferences;
    double reservation_value = 0;
    double discount_factor = 1;
    // Preference uncertainty: what the party may see of its preferences and ask about.
    const UserModel* user_model = nullptr;
    ElicitationChannel* elicitation = nullptr;
  };

  NegotiatorView(const OutcomeSpace& space, Own own, Deadline deadline, std::size_t self,
                 std::vector<std::size_t> others, std::vector<std::string> party_names, std::uint64_t seed)
      : space_(&space), own_(std::move(own)), deadline_(deadline), self_(self), others_(std::move(others)),
        party_names_(std::move(party_names)), seed_(seed) {}

  const OutcomeSpace& space() const { return *space_; }
  const OwnPreferences& preferences() const { return *own_.preferences; }
  double utility(const Outcome& outcome) const { return own_.preferences->utility(outcome); }
  const OfferIndex& index() const { return own_.preferences->index(); }
  double reservation_value() const { return own_.reservation_value; }
  double discount_factor() const { return own_.discount_factor; }
  const Deadline& deadline() const { return deadline_; }
  std::size_t self() const { return self_; }
  const std::vector<std::size_t>& others() const { return others_; }
  std::string_view party_name(std::size_t party) const { return party_names_.at(party); }
  std::uint64_t seed() const { return seed_; }
  // Null with full information. The user model is the channel's while a channel exists (it
  // grows as the agent elicits).
  const UserModel* user_model() const { return own_.user_model; }
  ElicitationChannel* elicitation() const { return own_.elicitation; }

  // The same view with other own preferences (an agent that re-estimates its utility hands
  // its inner strategy a view of the new estimate).
  NegotiatorView with_preferences(std::shared_ptr<const OwnPreferences> preferences) const {
    NegotiatorView copy = *this;
    copy.own_.preferences = std::move(preferences);
    return copy;
  }

 private:
  const OutcomeSpace* space_;
  Own own_;
  Deadline deadline_;
  std::size_t self_;
  std::vector<std::size_t> others_;
  std::vector<std::string> party_names_;
  std::uint64_t seed_;
};

}  // namespace parley::negotiation
