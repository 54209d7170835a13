// IAMcrazyHaggler — ANAC 2010 (C. R. Williams, V. Robu, E. H. Gerding, N. R. Jennings, the
// Southampton "IAM" agents; described in "The First Automated Negotiating Agents Competition
// (ANAC 2010)", Baarslag et al., New Trends in Agent-Based Complex Automated Negotiations,
// Springer 2012), implemented from that description; GENIUS's
// agents.anac.y2010.Southampton.IAMcrazyHaggler was read to settle constants. Differences:
// docs/agents/iamcrazyhaggler.md.
//
// It never concedes: every offer is a uniformly random outcome worth strictly more than its
// break-off utility (0.9, or 0.95 when its utility is discounted). Acceptance is the
// Southampton agents' rule with a maximum aspiration of 0.85 (0.9 when discounted): it accepts
// an offer x with 1.02·x at least the utility of its last bid, at least the aspiration, or at
// least the utility of the bid it is about to make.
#include <algorithm>
#include <cmath>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr double kAcceptMultiplier = 1.02;

class IAMcrazyHaggler final : public Agent {
 public:
  explicit IAMcrazyHaggler(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    const bool discounted = view.discount_factor() > 0 && view.discount_factor() < 1;
    break_off_ = discounted ? 0.95 : 0.9;
    aspiration_ = discounted ? 0.9 : 0.85;
    last_bid_utility_.reset();
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const bool has_offer = turn.standing_offer != nullptr && turn.standing_proposer != view_->self();
    if (has_offer && last_bid_utility_) {
      const double x = view_->utility(*turn.standing_offer) * kAcceptMultiplier;
      if (x >= *last_bid_utility_ || x >= aspiration_) return ActionKind::accept;
    }
    const double planned = random_bid(offer);
    if (has_offer && last_bid_utility_ && view_->utility(*turn.standing_offer) * kAcceptMultiplier >= planned)
      return ActionKind::accept;
    last_bid_utility_ = planned;
    return ActionKind::offer;
  }

  void observe(const ObservedAction&) override {}

  bool vote(const Outcome& draft, const Outcome& proposal, double, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, break_off_);
  }

  const std::string& spec() const override { return spec_; }

 private:
  // A uniformly random outcome worth strictly more than the break-off utility; its best
  // outcome when there is none (the original would search forever).
  double random_bid(Outcome& offer) {
    const double lo = std::nextafter(break_off_, 2.0);
    if (index_->max_utility() < lo) {
      std::copy(index_->best().begin(), index_->best().end(), offer.begin());
      return index_->max_utility();
    }
    return index_->random_in(lo, index_->max_utility(), rng_, offer);
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  double break_off_ = 0.9, aspiration_ = 0.85;
  std::optional<double> last_bid_utility_;
};

}  // namespace

AgentDefinition iamcrazyhaggler_agent() {
  return {{"agent", "iamcrazyhaggler",
           "IAMcrazyHaggler (ANAC 2010): never concedes — random bids worth more than 0.9 (0.95 discounted); accepts 1.02 times an offer at least its last or next bid or 0.85 (0.9 discounted)",
           {},
           "Williams, Robu, Gerding, Jennings (University of Southampton): IAMcrazyHaggler, ANAC 2010; Baarslag et al.: The First Automated Negotiating Agents Competition (ANAC 2010), New Trends in Agent-Based Complex Automated Negotiations (Springer 2012)"},
          [](const Params&, const std::string& spec) { return std::make_unique<IAMcrazyHaggler>(spec); }};
}

}  // namespace parley::negotiation
