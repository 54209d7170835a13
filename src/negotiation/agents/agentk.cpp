// AgentK — winner of ANAC 2010 (S. Kawaguchi, K. Fujita, T. Ito, "AgentK: Compromising strategy
// based on estimated maximum utility for automated negotiating agents", in New Trends in
// Agent-Based Complex Automated Negotiations, Springer 2012), implemented from that
// description; GENIUS's agents.anac.y2010.AgentK was read to settle constants. Differences
// from the original: docs/agents/agentk.md.
//
// On each offer it receives AgentK updates its statistics and targets (AgentKStatistics in
// anac.hpp) and accepts with the resulting probability. Otherwise it offers, at random, one
// of the opponent's earlier bids worth more than its target, if there is one; else a random
// outcome worth at least its bid target, drawn as GENIUS does — uniform random outcomes until
// one is good enough, lowering the bid target by 0.01 after every 500 failures. With a sorted
// index the draw is exact without drawing the failures one by one: a block of 500 fails with
// probability (1 − q)^500, q = the share of outcomes at or above the bid target.
#include <algorithm>
#include <cmath>
#include <map>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/anac.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {

namespace {

// A target pulled towards e_max as AgentK does; returns the adjusted target.
double approach(double target, double estimate_max, double t) {
  if (target <= estimate_max) return estimate_max;
  const double m = 400 - 300 * t * t * t;
  const double r = target - estimate_max;
  const double f = std::min(m, 1 / (r * r));
  return target - r * f / m;
}

double ratio_of(double deviation, double pre) {
  const double gap = 1 - pre;
  if (!(gap > 0)) return 2;
  const double ratio = (deviation + 0.1) / gap;
  return std::isfinite(ratio) ? std::min(ratio, 2.0) : 2.0;
}

}  // namespace

void AgentKStatistics::update(double offered, double t, double tremor, double draw) {
  offered = std::clamp(offered, 0.0, 1.0);
  t = std::clamp(t, 0.0, 1.0);
  sum += offered;
  sum_squares += offered * offered;
  ++count;
  const double n = count;
  const double mean = sum / n;
  const double deviation = std::sqrt(std::max(0.0, sum_squares / n - mean * mean) * 12);
  estimate_max = mean + (1 - mean) * deviation;
  const double alpha = 1 + tremor + 10 * mean - 2 * tremor * mean;
  const double beta = alpha + draw * tremor - tremor / 2;
  const double pre = 1 - std::pow(t, alpha) * (1 - estimate_max);
  const double pre_bid = 1 - std::pow(t, beta) * (1 - estimate_max);
  const double ratio = ratio_of(deviation, pre), ratio_bid = ratio_of(deviation, pre_bid);
  target = approach(ratio * pre + 1 - ratio, estimate_max, t);
  bid_target = approach(ratio_bid * pre_bid + 1 - ratio_bid, estimate_max, t);
  const double p = std::pow(t, alpha) / 5 + (offered - estimate_max) + (offered - target);
  acceptance = p < 0.1 ? 0.0 : std::min(p, 1.0);
}

namespace {

constexpr int kSearchBlock = 500;       // random draws before the bid target is lowered
constexpr double kTargetStep = 0.01;    // how much it is lowered
constexpr int kRejectionBudget = 200'000;  // parley's bound on literal draws (unsorted layouts)

class AgentK final : public Agent {
 public:
  AgentK(std::string spec, double tremor) : spec_(std::move(spec)), tremor_(tremor) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    stats_ = {};
    received_.clear();
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    if (turn.standing_offer != nullptr && turn.standing_proposer != view_->self()) {
      const double x = view_->utility(*turn.standing_offer);
      received_.emplace(*turn.standing_offer, x);
      stats_.update(x, turn.t, tremor_, uniform_unit(rng_));
      if (stats_.acceptance > uniform_unit(rng_)) return ActionKind::accept;
    }
    choose(offer);
    return ActionKind::offer;
  }

  void observe(const ObservedAction&) override {}

  bool vote(const Outcome& draft, const Outcome& proposal, double, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, stats_.bid_target);
  }

  const std::string& spec() const override { return spec_; }

 private:
  void choose(Outcome& offer) {
    if (stats_.count == 0) {  // nothing received yet: its best bid (targets start at 1)
      const Outcome& best = index_->best();
      std::copy(best.begin(), best.end(), offer.begin());
      return;
    }
    std::vector<const Outcome*> good;
    for (const auto& [bid, u] : received_)
      if (u > stats_.target) good.push_back(&bid);
    if (!good.empty()) {
      const Outcome& pick = *good[uniform_index(rng_, good.size())];
      std::copy(pick.begin(), pick.end(), offer.begin());
      return;
    }
    if (index_->layout() == OfferIndex::Layout::sorted) return search_sorted(offer);
    search_by_rejection(offer);
  }

  void search_sorted(Outcome& offer) {
    const double total = static_cast<double>(index_->entry_count());
    for (;;) {
      const double q = static_cast<double>(index_->count_at_least(stats_.bid_target)) / total;
      if (q > 0 && uniform_unit(rng_) >= std::pow(1 - q, kSearchBlock)) break;  // this block succeeds
      stats_.bid_target -= kTargetStep;
    }
    index_->random_in(stats_.bid_target, index_->max_utility(), rng_, offer);
  }

  void search_by_rejection(Outcome& offer) {
    const auto& space = view_->space();
    for (int draws = 0, failures = 0; draws < kRejectionBudget; ++draws) {
      for (std::size_t i = 0; i < space.issue_count(); ++i)
        offer[i] = static_cast<std::uint32_t>(uniform_index(rng_, space.issue(i).size()));
      if (view_->utility(offer) >= stats_.bid_target) return;
      if (++failures > kSearchBlock) stats_.bid_target -= kTargetStep, failures = 0;
    }
    index_->at_least(stats_.bid_target, offer);  // budget spent: the nearest outcome above the target
  }

  std::string spec_;
  double tremor_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  AgentKStatistics stats_;
  std::map<Outcome, double> received_;
};

}  // namespace

AgentDefinition agentk_agent() {
  return {{"agent", "agentk",
           "AgentK (ANAC 2010 winner): targets from the mean and spread of the opponent's offers (estimated maximum), probabilistic acceptance, random bids above its bid target or the opponent's own good bids",
           {{"tremor", "2", "randomness of the target exponent (tau in the paper), >= 0"}},
           "Kawaguchi, Fujita, Ito: AgentK: Compromising strategy based on estimated maximum utility. New Trends in Agent-Based Complex Automated Negotiations (Springer 2012); ANAC 2010"},
          [](const Params& p, const std::string& spec) { return std::make_unique<AgentK>(spec, p.number("tremor", 0, 10)); }};
}

}  // namespace parley::negotiation
