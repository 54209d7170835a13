// AgentLG — 2nd at ANAC 2012 (L. Golosman; described in C. R. Williams, V. Robu, E. H. Gerding,
// N. R. Jennings, "An Overview of the Results and Insights from the Third Automated Negotiating
// Agents Competition (ANAC2012)", in Novel Insights in Agent-based Complex Automated
// Negotiation, Springer 2014, and in the agent's own summary: stubborn most of the time,
// compromising in the end), implemented from that description; GENIUS's
// agents.anac.y2012.AgentLG was read to settle constants. Differences: docs/agents/agentlg.md.
//
// Its bid list: its own bids worth at least best − 0.75·(best − x₀), x₀ = its utility of the
// opponent's first offer (and at least its reservation value), sorted best first; while that
// holds 160,000 bids or more the fraction shrinks by 0.85. It offers the list's top bids in
// turn, cycling over the first n + 1 (n starts at 0).
//  * t < 0.6: every 0.1 of time, while the next bid is worth at least best − (best − x₀)/4,
//    n grows past the bids worth at least u_n·d^0.1 (with no discount: past the bids tied
//    with u_n) — it concedes only as fast as the discount makes waiting cost.
//  * 0.6 ≤ t < 0.9: every 0.05 of time, if the opponent's best offer (for AgentLG) improved
//    since the last step — or, with a discount, 0.1 of time has passed — n moves to the next
//    bid that its frequency model scores at least as high for the opponent as any bid so far.
//  * t ≥ 0.9: it keeps re-offering its lowest listed bid (see docs on the original's panic).
//  * t ≥ 0.9995: the opponent's best offer for it (its lowest listed bid if that is below its
//    reservation value).
// Frequency model: per issue, a value's count among the opponent's offers divided by the most
// frequent value's count, summed over issues.
// Acceptance: an offer worth at least 0.99 × its last bid, 0.9 × after t = 0.999, or at least
// its lowest listed bid u_n. Once it has offered one of the opponent's own bids it repeats it.
#include <algorithm>
#include <cmath>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/opponent_model.hpp"
#include "ranked_bids.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr std::size_t kListLimit = 160'000;
constexpr std::size_t kSampledBids = 10'000;

// AgentLG's frequency model read as an OpponentModel, so that a session can measure it: the
// agent's own score Σ_issues count(value) / max count (the agent keeps the counts itself).
class CountsModel final : public OpponentModel {
 public:
  explicit CountsModel(const std::vector<std::vector<int>>& counts) : counts_(&counts) {}
  void begin(const OutcomeSpace&) override {}
  void observe(const Outcome&, double) override {}
  double predict(const std::uint32_t* values) const override {
    double score = 0;
    for (std::size_t i = 0; i < counts_->size(); ++i) {
      const auto& c = (*counts_)[i];
      const int most = *std::max_element(c.begin(), c.end());
      if (most > 0) score += static_cast<double>(c[values[i]]) / most;
    }
    return score;
  }

 private:
  const std::vector<std::vector<int>>* counts_;
};

class AgentLG final : public Agent {
 public:
  explicit AgentLG(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    best_ = index_->max_utility();
    discount_ = view.discount_factor() > 0 && view.discount_factor() < 1 ? view.discount_factor() : 1;
    counts_.assign(view.space().issue_count(), {});
    for (std::size_t i = 0; i < counts_.size(); ++i) counts_[i].assign(view.space().issue(i).size(), 0);
    received_.clear();
    best_received_.reset();
    last_offer_.reset();
    built_ = false;
    bid_last_ = false;
    n_ = 0, position_ = 0;
    last_step_ = 0, first_received_ = 0, best_at_last_step_ = 0;
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    if (!last_offer_ || received_.empty()) {
      propose(index_->best(), offer);
      return ActionKind::offer;
    }
    if (!built_) build();
    const double t = turn.t;
    const double x = view_->utility(received_.back()), mine = view_->utility(*last_offer_);
    if (x >= mine * 0.99 || (t > 0.999 && x >= mine * 0.9) || bids_.utility(n_) <= x) return ActionKind::accept;
    Outcome next(offer.size());
    if (bid_last_) {
      next = *last_offer_;
    } else if (t < 0.6) {
      early_bid(t, next);
    } else if (t >= 0.9995) {
      next = best_received_->second;
      if (best_received_->first < view_->reservation_value()) bids_.at(n_, next);
    } else {
      late_bid(t, next);
    }
    propose(next, offer);
    if (std::find(received_.begin(), received_.end(), next) != received_.end()) bid_last_ = true;
    return ActionKind::offer;
  }

  void observe(const ObservedAction& action) override {
    if (action.kind != ActionKind::offer || action.offer == nullptr) return;
    const Outcome& bid = *action.offer;
    received_.push_back(bid);
    for (std::size_t i = 0; i < bid.size(); ++i) ++counts_[i][bid[i]];
    const double u = view_->utility(bid);
    if (!best_received_ || u > best_received_->first) best_received_.emplace(u, bid);
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, built_ ? bids_.utility(n_) : best_);
  }

  const std::string& spec() const override { return spec_; }

  // One model for every opponent (the agent was written for two parties).
  const OpponentModel* opponent_model(std::size_t party) const override {
    if (!view_) return nullptr;
    const auto& others = view_->others();
    return std::find(others.begin(), others.end(), party) != others.end() ? &model_ : nullptr;
  }

 private:
  void propose(const Outcome& bid, Outcome& offer) {
    std::copy(bid.begin(), bid.end(), offer.begin());
    last_offer_ = bid;
  }

  void build() {
    built_ = true;
    first_received_ = view_->utility(received_.front());
    const auto floor = [&](double fraction) {
      return std::max(best_ - (best_ - first_received_) * fraction, view_->reservation_value());
    };
    double fraction = 0.75;
    if (index_->entry_count() > 0)
      while (index_->count_at_least(floor(fraction)) >= kListLimit) fraction *= 0.85;
    bids_ = RankedBids(*view_, floor(fraction), kSampledBids, rng_);
    best_at_last_step_ = best_received_->first;
  }

  // The frequency model's score of the bid of rank `rank`: Σ_issues count(value) / max count.
  double opponent_score(std::size_t rank, Outcome& scratch) const {
    bids_.at(rank, scratch);
    return model_.predict(scratch.data());
  }

  void early_bid(double t, Outcome& next) {
    bids_.at(position_++, next);
    const std::size_t last = bids_.size() - 1;
    const double floor = best_ - (best_ - first_received_) / 4;
    if (t - last_step_ > 0.1 && n_ < last && floor <= bids_.utility(n_ + 1)) {
      const double future = bids_.utility(n_) * std::pow(discount_, 0.1);
      while (bids_.utility(n_) >= future && n_ < last) ++n_;
      last_step_ = t;
    }
    if (position_ > n_) position_ = 0;
    best_at_last_step_ = best_received_->first;
  }

  void late_bid(double t, Outcome& next) {
    bids_.at(position_++, next);
    if (position_ <= n_) return;
    Outcome scratch(next.size());
    if (t >= 0.9) {
      if (t - last_step_ <= 0.008) {
        position_ = 0;
        return;
      }
      // As the original: the step back makes the search range [n, n], so n stays and its
      // lowest listed bid is offered again.
      if (position_ >= bids_.size()) {
        position_ = bids_.size() - 1;
      } else if (bids_.utility(position_) < (best_ + first_received_) / 2) {
        --position_;
        double top = 0;
        std::size_t chosen = n_;
        for (std::size_t r = n_; r <= position_; ++r) {
          const double s = opponent_score(r, scratch);
          if (s > top) top = s, chosen = r;
        }
        n_ = chosen;
      } else {
        --position_;
      }
      return;
    }
    position_ = 0;
    if (t - last_step_ <= 0.05) return;
    if (!(best_received_->first > best_at_last_step_ || (discount_ < 1 && t - last_step_ > 0.1))) return;
    double top = 0;
    for (std::size_t r = 0; r <= n_; ++r) top = std::max(top, opponent_score(r, scratch));
    for (std::size_t r = n_ + 1; r < bids_.size(); ++r)
      if (opponent_score(r, scratch) >= top) {
        n_ = r;
        break;
      }
    best_at_last_step_ = best_received_->first;
    last_step_ = t;
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  double best_ = 1, discount_ = 1;
  std::vector<std::vector<int>> counts_;
  CountsModel model_{counts_};
  std::vector<Outcome> received_;
  std::optional<std::pair<double, Outcome>> best_received_;
  std::optional<Outcome> last_offer_;
  RankedBids bids_;
  bool built_ = false, bid_last_ = false;
  std::size_t n_ = 0, position_ = 0;
  double last_step_ = 0, first_received_ = 0, best_at_last_step_ = 0;
};

}  // namespace

AgentDefinition agentlg_agent() {
  return {{"agent", "agentlg",
           "AgentLG (ANAC 2012, 2nd): cycles over its top bids, widening the list only as fast as the discount makes waiting cost (t < 0.6) and, later, to bids its frequency model rates higher for the opponent when the opponent concedes; the opponent's best offer at the very end",
           {},
           "Golosman: AgentLG, ANAC 2012; Williams, Robu, Gerding, Jennings: An Overview of the Results and Insights from the Third Automated Negotiating Agents Competition (ANAC2012), Novel Insights in Agent-based Complex Automated Negotiation (Springer 2014)"},
          [](const Params&, const std::string& spec) { return std::make_unique<AgentLG>(spec); }};
}

}  // namespace parley::negotiation
