// ParsAgent — ANAC 2015 finalist (Z. Khosravimehr and F. Nassiri-
// Mofakham, "Pars Agent: Hybrid Time-Dependent, Random and Frequency-Based Bidding and
// Acceptance Strategies in Multilateral Negotiations", in Modern Approaches to Agent-based
// Complex Automated Negotiation, Springer 2017), implemented from that description; GENIUS's
// agent (agents.anac.y2015.ParsAgent) was read to settle constants. Differences are listed in
// docs/agents/parsagent.md.
//
// Target: max(0.7, 1 − t^(1/e)), e = 0.15 (0.2 with a discount factor below 1). It accepts an
// offer worth more than the target. Its bid, in order of preference:
//  1. from the bids the other parties agreed on (offered by one, accepted by another), the
//     best for it among those bids with one issue — drawn with probability proportional to its
//     own issue weights, once per issue — set to a random value, if above the target;
//  2. the "mutual" bid: per issue the value every opponent offers most often when they agree
//     on it (when fewer than half the issues agree, the top two values of each may overlap),
//     else its own best value — if above the target;
//  3. its best bid with its least important issue (drawn with probability proportional to the
//     inverse weights) moved to a random value still above the target; its best bid if none.
#include <algorithm>
#include <cmath>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr double kFloor = 0.7, kE = 0.15, kDiscountedE = 0.2;

class ParsAgent final : public Agent {
 public:
  explicit ParsAgent(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    const auto& space = view.space();
    best_ = index_->best();
    // Issue weights from its own utility: how much each issue can move it from its best bid.
    weights_.assign(space.issue_count(), 0);
    Outcome probe = best_;
    const double top = view_->utility(best_);
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      for (std::uint32_t v = 0; v < space.issue(i).size(); ++v) {
        probe[i] = v;
        weights_[i] = std::max(weights_[i], top - view_->utility(probe));
      }
      probe[i] = best_[i];
    }
    counts_.assign(view.others().size(), {});
    for (auto& c : counts_)
      for (std::size_t i = 0; i < space.issue_count(); ++i) c.emplace_back(space.issue(i).size(), 0);
    agreed_.clear();
    standing_.reset();
    supporters_ = 0;
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const double goal = target(turn.t);
    if (turn.standing_offer != nullptr && view_->utility(*turn.standing_offer) > goal) return ActionKind::accept;
    Outcome bid = best_;
    if (turn.standing_offer == nullptr || !agreed_bid(goal, bid)) {
      if (turn.standing_offer == nullptr || !mutual_bid(goal, bid)) bid = my_best_bid(goal);
    }
    std::copy(bid.begin(), bid.end(), offer.begin());
    standing_.reset();  // its own bid: accepts of it are not agreement between the others
    supporters_ = 0;
    return ActionKind::offer;
  }

  void observe(const ObservedAction& action) override {
    const auto& others = view_->others();
    const auto slot = std::find(others.begin(), others.end(), action.party);
    if (action.kind == ActionKind::offer && action.offer != nullptr) {
      if (slot != others.end())
        for (std::size_t i = 0; i < action.offer->size(); ++i)
          ++counts_[static_cast<std::size_t>(slot - others.begin())][i][(*action.offer)[i]];
      standing_ = *action.offer;
      supporters_ = 1;
    } else if (action.kind == ActionKind::accept && standing_) {
      if (++supporters_ == 2 && std::find(agreed_.begin(), agreed_.end(), *standing_) == agreed_.end())
        agreed_.push_back(*standing_);
    }
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, target(t));
  }

  const std::string& spec() const override { return spec_; }

 private:
  double target(double t) const {
    const double e = view_->discount_factor() < 1 ? kDiscountedE : kE;
    return std::max(kFloor, 1 - std::pow(t, 1 / e));
  }

  // An issue drawn with probability proportional to `weight(i)`; the last one when all are 0.
  template <class Weight>
  std::size_t draw_issue(Weight weight) {
    double total = 0;
    for (std::size_t i = 0; i < weights_.size(); ++i) total += weight(i);
    double x = uniform_unit(rng_) * total;
    for (std::size_t i = 0; i < weights_.size(); ++i) {
      x -= weight(i);
      if (x < 0) return i;
    }
    return weights_.size() - 1;
  }

  std::uint32_t random_value(std::size_t issue) {
    return static_cast<std::uint32_t>(uniform_index(rng_, view_->space().issue(issue).size()));
  }

  // Step 1 of the file comment.
  bool agreed_bid(double goal, Outcome& out) {
    double best = -1;
    for (std::size_t round = 0; round < weights_.size() && !agreed_.empty(); ++round) {
      const std::size_t issue = draw_issue([&](std::size_t i) { return weights_[i]; });
      for (const auto& bid : agreed_) {
        Outcome changed = bid;
        changed[issue] = random_value(issue);
        const double u = view_->utility(changed);
        if (u > goal && u > best) best = u, out = std::move(changed);
      }
    }
    return best >= 0;
  }

  // The value every opponent offered most (top == 1) or among its two most offered (top == 2).
  std::optional<std::uint32_t> shared_value(std::size_t issue, int top) const {
    std::optional<std::uint32_t> shared;
    std::vector<std::uint32_t> candidates;
    for (std::size_t o = 0; o < counts_.size(); ++o) {
      const auto& c = counts_[o][issue];
      std::vector<std::uint32_t> order(c.size());
      for (std::uint32_t v = 0; v < order.size(); ++v) order[v] = v;
      std::stable_sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return c[a] > c[b]; });
      std::vector<std::uint32_t> leaders;
      for (int k = 0; k < top && k < static_cast<int>(order.size()) && c[order[k]] > 0; ++k) leaders.push_back(order[k]);
      if (leaders.empty()) return std::nullopt;
      if (o == 0) {
        candidates = leaders;
      } else {
        std::erase_if(candidates, [&](std::uint32_t v) { return std::find(leaders.begin(), leaders.end(), v) == leaders.end(); });
      }
    }
    if (!candidates.empty()) shared = candidates.front();
    return shared;
  }

  // Step 2 of the file comment.
  bool mutual_bid(double goal, Outcome& out) {
    Outcome bid = best_;
    std::size_t agreed = 0;
    for (std::size_t i = 0; i < bid.size(); ++i)
      if (const auto v = shared_value(i, 1)) bid[i] = *v, ++agreed;
    if (2 * agreed < bid.size()) {
      bid = best_;
      for (std::size_t i = 0; i < bid.size(); ++i)
        if (const auto v = shared_value(i, 2)) bid[i] = *v;
    }
    if (view_->utility(bid) <= goal) return false;
    out = std::move(bid);
    return true;
  }

  // Step 3 of the file comment.
  Outcome my_best_bid(double goal) {
    const std::size_t issue = draw_issue([&](std::size_t i) { return weights_[i] > 0 ? 1 / weights_[i] : 1e12; });
    std::vector<std::uint32_t> values(view_->space().issue(issue).size());
    for (std::uint32_t v = 0; v < values.size(); ++v) values[v] = v;
    shuffle(rng_, values.begin(), values.end());
    Outcome bid = best_;
    for (const std::uint32_t v : values) {
      bid[issue] = v;
      if (view_->utility(bid) > goal) return bid;
    }
    return best_;
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  Outcome best_;
  std::vector<double> weights_;                                  // per issue, from its own utility
  std::vector<std::vector<std::vector<std::uint64_t>>> counts_;  // [opponent][issue][value]
  std::vector<Outcome> agreed_;                                  // bids two other parties supported
  std::optional<Outcome> standing_;                              // another party's standing offer
  std::size_t supporters_ = 0;
};

}  // namespace

AgentDefinition parsagent_agent() {
  return {{"agent", "parsagent",
           "ParsAgent (ANAC 2015 finalist): Boulware target 1 - t^(1/0.15) floored at 0.7; bids from what two other parties agreed on, else the values its opponents all offer most, else its best bid varied on its least important issue",
           {},
           "Khosravimehr, Nassiri-Mofakham: Pars Agent: Hybrid Time-Dependent, Random and Frequency-Based Bidding and Acceptance Strategies in Multilateral Negotiations. Modern Approaches to Agent-based Complex Automated Negotiation (Springer 2017); ANAC 2015"},
          [](const Params&, const std::string& spec) { return std::make_unique<ParsAgent>(spec); }};
}

}  // namespace parley::negotiation
