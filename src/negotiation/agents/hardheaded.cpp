// HardHeaded — winner of ANAC 2011 (T. van Krimpen, D. Looije, S. Hajizadeh, "HardHeaded", in
// Complex Automated Negotiations: Theories, Models, and Software Competitions, Springer 2013),
// implemented from that description; GENIUS's agent (agents.anac.y2011.HardHeaded) was read to
// settle details. Differences from the original are listed in docs/agents/hardheaded.md.
//
// Concession p(t), with P_max its best utility, P_min = max(0.585, reservation value),
// Ka = 0.05, e = 0.05 and d the discount factor:
//   d ≥ 0.9:     F = Ka + (1 − Ka)(t/d)^(1/e),              p = P_min + (1 − F)(P_max − P_min)
//   t ≤ d < 0.9: F = Ka + (1 − Ka)(t/d)^(d/e), P'_min = P_min + (P_max − P_min)·d,
//                p = P'_min + (1 − F)(P_max − P'_min)
//   t > d:       F = Ka + (1 − Ka)((t − d)/(1 − d))^(1/30), P'_max = P_min + (P_max − P_min)·d,
//                p = P_min + (1 − F)(P'_max − P_min)
// Bidding: it opens with its best bid. Whenever its queue of planned bids is empty it steps
// one level down its own bids sorted by utility from its last bid; if that step falls below
// p(t) it revisits a random bid it made before instead. It then collects the further levels
// below the step that lie within 0.01 of it and at or above p(t); up to 4 collected bids are
// queued in ascending utility, more are ranked by HardHeaded's frequency model and the 5 best
// for the opponent are queued. If the best bid the opponent has offered is better for it than
// the head of the queue, that bid goes first.
// Acceptance: it accepts the opponent's last bid when that is worth more than the lowest
// utility it has offered so far, or at least the utility of the bid it would offer next.
#include <algorithm>
#include <cmath>
#include <deque>
#include <optional>

#include "../components.hpp"
#include "parley/model/random.hpp"
#include "parley/negotiation/anac.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {

double hardheaded_target(double t, double discount, double p_min, double p_max) {
  constexpr double ka = 0.05, e = 0.05, ignore_discount = 0.9, late_e = 30;
  const double d = discount > 0 && discount <= 1 ? discount : 1;
  t = std::clamp(t, 0.0, 1.0);
  if (d >= ignore_discount) {
    const double f = ka + (1 - ka) * std::pow(t / d, 1 / e);
    return p_min + (1 - f) * (p_max - p_min);
  }
  if (t <= d) {
    const double f = ka + (1 - ka) * std::pow(t / d, d / e);
    const double low = p_min + std::abs(p_max - p_min) * d;
    return low + (1 - f) * (p_max - low);
  }
  const double f = ka + (1 - ka) * std::pow((t - d) / (1 - d), 1 / late_e);
  const double high = p_min + std::abs(p_max - p_min) * d;
  return p_min + (1 - f) * (high - p_min);
}

namespace {

constexpr double kFloor = 0.585;           // MINIMUM_BID_UTILITY
constexpr double kBandBelowStep = 0.01;    // UTILITY_TOLERANCE: levels collected below the step
constexpr std::size_t kQueuedDirectly = 4; // TOP_SELECTED_BIDS
constexpr std::size_t kRankedQueued = 5;   // bids queued from a larger collection
constexpr std::size_t kCollectBudget = 10'000;  // parley's bound on levels collected per step

struct Bid {
  double utility;
  Outcome outcome;
};

class HardHeaded final : public Agent {
 public:
  explicit HardHeaded(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    p_max_ = index_->max_utility();
    p_min_ = std::min(std::max(kFloor, view.reservation_value()), p_max_);
    model_ = components::frequency_model(0.2, 1);
    model_->begin(view.space());
    rng_.seed(view.seed());
    sent_.clear();
    queue_.clear();
    lowest_sent_ = 1;
    opponent_last_.reset();
    opponent_best_.reset();
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const double p = hardheaded_target(turn.t, view_->discount_factor(), p_min_, p_max_);
    if (sent_.empty()) queue_.push_back(Bid{p_max_, index_->best()});
    else if (queue_.empty()) plan(p);
    if (queue_.empty()) queue_.push_back(sent_.back());  // nothing new to plan: repeat itself
    if (opponent_last_ && (opponent_last_->utility > lowest_sent_ + 1e-12 ||
                           queue_.front().utility <= opponent_last_->utility + 1e-12))
      return ActionKind::accept;
    Bid next = std::move(queue_.front());
    queue_.pop_front();
    std::copy(next.outcome.begin(), next.outcome.end(), offer.begin());
    lowest_sent_ = std::min(lowest_sent_, next.utility);
    sent_.push_back(std::move(next));
    return ActionKind::offer;
  }

  // One model for every opponent (the agent was written for two parties).
  const OpponentModel* opponent_model(std::size_t party) const override {
    if (!view_) return nullptr;  // begin() was never called
    const auto& others = view_->others();
    return std::find(others.begin(), others.end(), party) != others.end() ? model_.get() : nullptr;
  }

  void observe(const ObservedAction& action) override {
    if (action.kind != ActionKind::offer || action.offer == nullptr) return;
    const double u = view_->utility(*action.offer);
    opponent_last_ = Bid{u, *action.offer};
    if (!opponent_best_ || u > opponent_best_->utility) opponent_best_ = opponent_last_;
    model_->observe(*action.offer, action.t);
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, hardheaded_target(t, view_->discount_factor(), p_min_, p_max_));
  }

  const std::string& spec() const override { return spec_; }

 private:
  // Refills the queue (see the file comment).
  void plan(double p) {
    std::vector<Bid> collected;
    Bid step{0, Outcome(view_->space().issue_count())};
    step.utility = index_->next_below(sent_.back().utility, step.outcome);
    if (step.utility < 0) step.utility = index_->at_least(index_->min_utility(), step.outcome);  // at the bottom
    const double first = step.utility;
    if (step.utility < p) collected.push_back(sent_[static_cast<std::size_t>(uniform_index(rng_, sent_.size()))]);
    else collected.push_back(step);
    Bid below{0, Outcome(view_->space().issue_count())};
    below.utility = index_->next_below(first, below.outcome);
    for (std::size_t n = 0; below.utility >= 0 && first - below.utility < kBandBelowStep && below.utility >= p &&
                            n < kCollectBudget; ++n) {
      collected.push_back(below);
      below.utility = index_->next_below(below.utility, below.outcome);
    }
    std::sort(collected.begin(), collected.end(), [](const Bid& a, const Bid& b) { return a.utility < b.utility; });
    if (collected.size() <= kQueuedDirectly) {
      for (auto& bid : collected) queue_.push_back(std::move(bid));
    } else {
      for (std::size_t k = 0; k < kRankedQueued && !collected.empty(); ++k) {
        // Start from the bid best for itself; a strictly better prediction for the opponent wins.
        std::size_t chosen = collected.size() - 1;
        double best = model_->predict(collected[chosen].outcome.data());
        for (std::size_t c = 0; c < collected.size(); ++c) {
          const double predicted = model_->predict(collected[c].outcome.data());
          if (predicted > best) best = predicted, chosen = c;
        }
        queue_.push_back(std::move(collected[chosen]));
        collected.erase(collected.begin() + static_cast<std::ptrdiff_t>(chosen));
      }
    }
    if (opponent_best_ && !queue_.empty() && queue_.front().utility < opponent_best_->utility)
      queue_.push_front(*opponent_best_);
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  double p_min_ = kFloor, p_max_ = 1;
  std::unique_ptr<OpponentModel> model_;
  RandomEngine rng_;
  std::vector<Bid> sent_;
  std::deque<Bid> queue_;
  double lowest_sent_ = 1;
  std::optional<Bid> opponent_last_, opponent_best_;
};

}  // namespace

AgentDefinition hardheaded_agent() {
  return {{"agent", "hardheaded",
           "HardHeaded (ANAC 2011 winner): Boulware concession (Ka = e = 0.05) to max(0.585, reservation) with a discount-dependent late phase, a queue of bids within 0.01 below its last, revisits of its own bids, HardHeaded's frequency model, accepts offers above the lowest it has made",
           {},
           "van Krimpen, Looije, Hajizadeh: HardHeaded. Complex Automated Negotiations (Springer 2013); ANAC 2011"},
          [](const Params&, const std::string& spec) { return std::make_unique<HardHeaded>(spec); }};
}

}  // namespace parley::negotiation
