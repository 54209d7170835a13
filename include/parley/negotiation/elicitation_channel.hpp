// parley::negotiation::ElicitationChannel — how an agent under preference uncertainty asks its
// user about a bid, and what that costs (GENIUS 10.4's User.elicitRank, ANAC 2019).
//
// Data flow: run_session() makes one channel per uncertain negotiator (uncertainty.hpp) from
// the party's user model, its elicitation cost, the session's injected estimator and — kept
// private here — the party's true utility; the agent reaches it through
// NegotiatorView::elicitation() (null for a party with full information or one whose true
// utility is unknown). An agent:
//   * elicit_rank(bid): "where does this bid stand in my ranking?" — the user places the bid
//     in the ranking by its true utility and the agent is charged cost_per_query() (a bid
//     already ranked is answered free, as in GENIUS); the answer is the bid's position
//     (0 = worst), and user_model().ranking grows by that bid;
//   * reestimate(): learns a new estimate from the current user model with the session's
//     estimator (free; the agent's own computation) and makes it the party's latest estimate,
//     which the session result reports as the estimated utility.
// The charge goes to the session result (SessionResult::elicitation_costs, queries), as ANAC
// 2019 subtracted the user's "bother" from the agent's score. The channel returns positions in
// the ranking, never a utility: the true utility is reachable only one comparison at a time,
// at a price. Not thread-safe: one session, one thread.
#pragma once

#include <cstddef>
#include <memory>

#include "parley/model/user_model.hpp"
#include "parley/model/utility.hpp"
#include "parley/negotiation/negotiator_view.hpp"
#include "parley/negotiation/offer_index.hpp"

namespace parley::negotiation {

class ElicitationChannel {
 public:
  ElicitationChannel(const OutcomeSpace& space, const UtilityFunction& truth, UserModel model, double cost_per_query,
                     UtilityEstimator estimator, std::shared_ptr<const OwnPreferences> estimate,
                     const IndexOptions& index = {});

  double cost_per_query() const { return cost_per_query_; }
  double total_cost() const { return total_cost_; }
  std::size_t queries() const { return queries_; }
  const UserModel& user_model() const { return model_; }
  bool is_ranked(const Outcome& bid) const;

  // The bid's position in the ranking after it is placed there (0 = worst); charges the cost
  // unless the bid was ranked already. Throws std::invalid_argument for an outcome that does
  // not fit the space (an agent failure).
  std::size_t elicit_rank(const Outcome& bid);

  // A new estimate from the current user model (also the party's latest estimate).
  std::shared_ptr<const OwnPreferences> reestimate();
  const std::shared_ptr<const OwnPreferences>& latest_estimate() const { return estimate_; }

 private:
  const OutcomeSpace* space_;
  const UtilityFunction* truth_;
  UserModel model_;
  double cost_per_query_;
  UtilityEstimator estimator_;
  std::shared_ptr<const OwnPreferences> estimate_;
  IndexOptions index_options_;
  double total_cost_ = 0;
  std::size_t queries_ = 0;
};

}  // namespace parley::negotiation
