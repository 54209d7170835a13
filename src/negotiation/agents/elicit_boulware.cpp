// elicit-boulware — parley's own agent for preference uncertainty (ANAC 2019 rules): a
// Boulware time-dependent agent that negotiates on its estimated utility and buys, within a
// budget, the ranks of the bids where a wrong estimate would cost it most. Not a published
// ANAC agent; its strategy is documented in docs/elicitation.md ("An agent that elicits").
//
// With an elicitation channel (NegotiatorView::elicitation(), uncertainty.hpp):
//  1. before its first move it asks for the rank of the bid its current estimate rates best
//     among the bids not yet ranked, re-learns its estimate (the session's estimator) and
//     repeats while it may still ask: Boulware offers come from the top of its ranking, so the
//     order of its best bids is what its opening and its slow concession depend on;
//  2. during the negotiation, when its estimate would accept an opponent's offer that is not
//     ranked yet, it first asks for that offer's rank, re-learns, and decides with the new
//     estimate (the accept decision is the one that cannot be undone).
// It may ask while it has asked fewer than `queries` times and the total cost stays within
// `budget` (utility units: ANAC 2019 subtracted the cost from its score). Bids already ranked
// are never asked for (they would be free, and say nothing new).
// Offers: target(t) = P_min + (P_max − P_min)(1 − t^(1/e)) over its estimate, P_max its best
// estimated utility, P_min = max(reservation value, lowest estimated utility); it offers the
// outcome with the smallest estimated utility >= target and accepts an offer worth at least
// its next offer (AC_next). With full information (no channel) it is that Boulware agent.
#include <algorithm>
#include <memory>

#include "parley/negotiation/boa.hpp"
#include "parley/model/tolerance.hpp"
#include "parley/negotiation/elicitation_channel.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr std::size_t kSearchSteps = 10'000;  // utility levels walked down the estimate to find an unranked bid
constexpr std::size_t kLevelBids = 256;       // outcomes of one level looked at

class ElicitBoulware final : public Agent {
 public:
  ElicitBoulware(std::string spec, double e, int queries, double budget)
      : spec_(std::move(spec)), e_(e), max_queries_(queries), budget_(budget) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    channel_ = view.elicitation();
    level_bids_ = CandidateBuffer(view.space().issue_count(), kLevelBids);
    preferences_.reset();
    asked_ = 0;
    while (may_ask()) {
      Outcome bid;
      if (!best_unranked(bid)) break;
      ask(bid);
    }
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    double next = next_offer(turn.t, offer);
    if (turn.standing_offer == nullptr) return ActionKind::offer;
    double offered = own().utility(*turn.standing_offer);
    if (!tolerance::clearly_greater(next, offered) && may_ask() && !channel_->is_ranked(*turn.standing_offer)) {
      ask(*turn.standing_offer);
      next = next_offer(turn.t, offer);
      offered = own().utility(*turn.standing_offer);
    }
    return tolerance::clearly_greater(next, offered) ? ActionKind::offer : ActionKind::accept;
  }

  void observe(const ObservedAction&) override {}

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    const double now = own().utility(draft), then = own().utility(proposal);
    if (!tolerance::clearly_greater(now, then)) return true;
    return rule == VoteRule::veto && !tolerance::clearly_greater(target(t), then);
  }

  const std::string& spec() const override { return spec_; }

 private:
  const OwnPreferences& own() const { return preferences_ ? *preferences_ : view_->preferences(); }

  bool may_ask() const {
    return channel_ != nullptr && asked_ < max_queries_ &&
           channel_->total_cost() + channel_->cost_per_query() <= budget_ + tolerance::kUtilityTolerance;
  }

  void ask(const Outcome& bid) {
    channel_->elicit_rank(bid);
    ++asked_;
    preferences_ = channel_->reestimate();
  }

  // The best bid under the current estimate that is not ranked yet: level by level down the
  // estimate's index, every outcome of a level (up to the buffer) before the next level.
  bool best_unranked(Outcome& bid) {
    const OfferIndex& index = own().index();
    Outcome level = index.best();
    double u = own().utility(level);
    bid.assign(level.size(), 0);
    for (std::size_t step = 0; step < kSearchSteps && u >= 0; ++step) {
      index.candidates(u - tolerance::kUtilityTolerance, u + tolerance::kUtilityTolerance, level_bids_);
      for (std::size_t c = 0; c < level_bids_.size(); ++c) {
        level_bids_.copy_to(c, bid);
        if (!channel_->is_ranked(bid)) return true;
      }
      if (!channel_->is_ranked(level)) return bid = level, true;
      u = index.next_below(u, level);
    }
    return false;
  }

  double target(double t) const {
    const OfferIndex& index = own().index();
    const double high = index.max_utility();
    const double low = std::min(std::max(view_->reservation_value(), index.min_utility()), high);
    return time_dependent_target(t, e_, 0, low, high);
  }

  double next_offer(double t, Outcome& offer) const { return own().index().at_least(target(t), offer); }

  std::string spec_;
  double e_;
  int max_queries_;
  double budget_;
  std::optional<NegotiatorView> view_;
  ElicitationChannel* channel_ = nullptr;
  std::shared_ptr<const OwnPreferences> preferences_;  // the latest re-estimate (null: the view's)
  int asked_ = 0;
  CandidateBuffer level_bids_;
};

}  // namespace

AgentDefinition elicit_boulware_agent() {
  return {{"agent", "elicit-boulware",
           "parley's agent for preference uncertainty: Boulware on its estimated utility; buys the ranks of its best "
           "estimated bids before it opens and of offers it is about to accept, re-learning its estimate after each "
           "answer, while within its query count and cost budget (docs/elicitation.md); with full information a "
           "plain Boulware agent",
           {{"e", "0.2", "concession exponent of its time-dependent target (Boulware < 1)"},
            {"queries", "10", "most bids it asks its user to rank, 0 to 1000"},
            {"budget", "0.1", "most total elicitation cost it accepts, in utility"}},
           ""},
          [](const Params& p, const std::string& spec) {
            return std::make_unique<ElicitBoulware>(spec, p.number("e", 1e-3, 1e3), p.integer("queries", 0, 1000),
                                                    p.number("budget", 0, 1));
          }};
}

}  // namespace parley::negotiation
