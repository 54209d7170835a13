// Atlas3 — winner of ANAC 2015, the first multilateral ANAC (A. Mori and T. Ito, "Atlas3: A
// Negotiating Agent Based on Expecting Lower Limit of Concession Function", in Modern Approaches
// to Agent-based Complex Automated Negotiation, Springer 2017; the concession function of Mori
// and Ito, ACAN 2015), implemented from those descriptions; GENIUS's agent
// (agents.anac.y2015.Atlas3) was read to settle details. Differences: docs/agents/atlas3.md.
//
// Threshold: atlas3_threshold (anac.hpp) with C = the best utility an opponent offered
// (bilateral) or the best "popular" bid (multilateral): a bid one party offered and every
// other party accepted — the only kind of bid the others as a group support.
// Acceptance: the standing offer when it is worth at least the threshold; it walks away when
// its discounted reservation value reaches the threshold.
// Bidding: from a random outcome, the cheapest one-issue change that reaches the threshold
// (neighbourhood search); failing that, the relative-utility search — from its best outcome,
// issue by issue in random order, the first value (random order) whose loss keeps the total
// within the threshold; failing that its best outcome. The bid is then moved towards the
// values the opponents offer most: issue by issue, the most frequent value over all the
// opponents' offers replaces its own when that costs it nothing.
// Final phase: when less time is left than its turns take for the popular bids plus one
// (t > 1 − (t / turns)·(|popular| + 1)), it offers the popular bids from the best for it down,
// as long as one is better than the standing offer and its reservation value; otherwise it
// accepts a standing offer above its reservation value.
#include <algorithm>
#include <cmath>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/anac.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {

double atlas3_threshold(double t, double reservation, double discount, double best_supported) {
  constexpr double tf = 1, pf = 0.5;  // the game's time and penalty factors
  const double d = discount > 0 && discount <= 1 ? discount : 1;
  const double a11 = reservation * d, a12 = std::pow(d, tf);
  const double a21 = best_supported >= reservation ? best_supported * std::pow(d, tf) : reservation * d;
  const double a22 = pf * a21 + (1 - pf) * a12;
  double q = 1;  // the opponent's probability of accepting in the evolutionarily stable state
  if (a12 - a22 != 0 && 1 - (a11 - a21) / (a12 - a22) != 0) q = 1 / (1 - (a11 - a21) / (a12 - a22));
  if (q < 0 || q > 1) q = 1;
  const double target = (q * a21 + (1 - q) * a22) / std::pow(d, t);
  if (d == 1) return target + (1 - target) * (1 - t);
  return std::max(1 - t / d, target);
}

namespace {

struct Bid {
  double utility;
  Outcome outcome;
};

class Atlas3 final : public Agent {
 public:
  explicit Atlas3(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    function_ = &view_->preferences().function();
    rng_.seed(view.seed());
    const auto& space = view.space();
    best_ = {index_->max_utility(), index_->best()};
    relative_.assign(space.issue_count(), {});
    frequency_.assign(space.issue_count(), {});
    Outcome probe = best_.outcome;
    for (std::size_t i = 0; i < space.issue_count(); ++i) {
      const auto values = space.issue(i).size();
      relative_[i].resize(values);
      frequency_[i].assign(values, 0);
      for (std::uint32_t v = 0; v < values; ++v) {
        probe[i] = v;
        relative_[i][v] = function_->utility(probe) - best_.utility;
      }
      probe[i] = best_.outcome[i];
    }
    best_offered_ = 0;
    popular_.clear();
    supporters_ = 0;
    standing_.reset();
    turns_ = 0;
    next_popular_ = 0;
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const double t = turn.t, rv = view_->reservation_value();
    ++turns_;
    const double turn_time = t / turns_;
    const double threshold = current_threshold(t);
    const double offered = turn.standing_offer != nullptr ? view_->utility(*turn.standing_offer) : 0;
    if (t > 1 - turn_time * static_cast<double>(popular_.size() + 1)) {
      if (next_popular_ < popular_.size()) {
        const Bid& candidate = popular_[next_popular_];
        if (candidate.utility > offered && candidate.utility > rv) {
          ++next_popular_;
          return propose(candidate.outcome, offer);
        }
        if (turn.standing_offer != nullptr && offered > rv) return ActionKind::accept;
      } else if (turn.standing_offer != nullptr && offered >= rv) {
        return ActionKind::accept;
      }
      return propose(search(threshold), offer);
    }
    if (turn.standing_offer != nullptr && offered >= threshold) return ActionKind::accept;
    if (rv * std::pow(discount(), t) >= threshold) return ActionKind::walk_away;
    return propose(search(threshold), offer);
  }

  void observe(const ObservedAction& action) override {
    if (action.kind == ActionKind::offer && action.offer != nullptr) {
      supporters_ = 1;  // the proposer supports its own bid
      standing_ = *action.offer;
      best_offered_ = std::max(best_offered_, view_->utility(*action.offer));
      for (std::size_t i = 0; i < action.offer->size(); ++i) ++frequency_[i][(*action.offer)[i]];
    } else if (action.kind == ActionKind::accept) {
      ++supporters_;
    }
    if (standing_ && supporters_ == view_->others().size()) add_popular(*standing_);
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, current_threshold(t));
  }

  const std::string& spec() const override { return spec_; }

 private:
  double discount() const {
    const double d = view_->discount_factor();
    return d > 0 && d <= 1 ? d : 1;
  }

  double current_threshold(double t) const {
    const double supported = view_->others().size() == 1 ? best_offered_ : (popular_.empty() ? 0 : popular_.front().utility);
    return atlas3_threshold(t, view_->reservation_value(), discount(), supported);
  }

  ActionKind propose(const Outcome& bid, Outcome& offer) {
    std::copy(bid.begin(), bid.end(), offer.begin());
    standing_.reset();  // its own bid: accepts of it do not make a popular bid
    supporters_ = 0;
    return ActionKind::offer;
  }

  void add_popular(const Outcome& bid) {
    for (const auto& known : popular_)
      if (known.outcome == bid) return;
    const double u = view_->utility(bid);
    const auto at = std::find_if(popular_.begin(), popular_.end(), [&](const Bid& b) { return b.utility < u; });
    popular_.insert(at, Bid{u, bid});  // kept best first
  }

  // The bid search of the file comment.
  Outcome search(double threshold) {
    const auto& space = view_->space();
    Outcome base(space.issue_count());
    for (std::size_t i = 0; i < base.size(); ++i)
      base[i] = static_cast<std::uint32_t>(uniform_index(rng_, space.issue(i).size()));
    Outcome bid = neighbourhood(base, threshold);
    if (function_->utility(bid) < threshold) {
      if (function_->is_additive()) bid = relative_search(threshold);
      else index_->at_least(threshold, bid);  // parley's index replaces the simulated annealing
    }
    if (function_->utility(bid) < threshold) bid = best_.outcome;
    return towards_opponents(std::move(bid));
  }

  // Among the outcomes one value away from `base`, the one of lowest utility >= threshold
  // (ties drawn uniformly); `base` itself when none reaches it.
  Outcome neighbourhood(const Outcome& base, double threshold) {
    Outcome probe = base, chosen = base;
    double lowest = 0;
    std::size_t ties = 0;
    for (std::size_t i = 0; i < base.size(); ++i) {
      for (std::uint32_t v = 0; v < view_->space().issue(i).size(); ++v) {
        probe[i] = v;
        const double u = function_->utility(probe);
        if (u < threshold) continue;
        if (ties == 0 || u < lowest) {
          chosen = probe, lowest = u, ties = 1;
        } else if (u == lowest && uniform_index(rng_, ++ties) == 0) {
          chosen = probe;
        }
      }
      probe[i] = base[i];
    }
    return chosen;
  }

  Outcome relative_search(double threshold) {
    Outcome bid = best_.outcome;
    const double allowed = threshold - best_.utility;  // <= 0: the loss it may take
    double loss = 0;
    std::vector<std::size_t> issues(bid.size());
    for (std::size_t i = 0; i < issues.size(); ++i) issues[i] = i;
    shuffle(rng_, issues.begin(), issues.end());
    for (const std::size_t i : issues) {
      std::vector<std::uint32_t> values(relative_[i].size());
      for (std::uint32_t v = 0; v < values.size(); ++v) values[v] = v;
      shuffle(rng_, values.begin(), values.end());
      for (const std::uint32_t v : values) {
        if (allowed <= loss + relative_[i][v]) {
          bid[i] = v;
          loss += relative_[i][v];
          break;
        }
      }
    }
    return bid;
  }

  Outcome towards_opponents(Outcome bid) {
    std::vector<std::size_t> issues(bid.size());
    for (std::size_t i = 0; i < issues.size(); ++i) issues[i] = i;
    shuffle(rng_, issues.begin(), issues.end());
    double current = function_->utility(bid);
    for (const std::size_t i : issues) {
      std::vector<std::uint32_t> values(frequency_[i].size());
      for (std::uint32_t v = 0; v < values.size(); ++v) values[v] = v;
      shuffle(rng_, values.begin(), values.end());
      std::uint32_t most = values.front();
      for (const std::uint32_t v : values)
        if (frequency_[i][v] > frequency_[i][most]) most = v;
      const std::uint32_t old = bid[i];
      bid[i] = most;
      const double u = function_->utility(bid);
      if (u >= current) current = u;
      else bid[i] = old;
    }
    return bid;
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  const UtilityFunction* function_ = nullptr;
  RandomEngine rng_;
  Bid best_{0, {}};
  std::vector<std::vector<double>> relative_;           // [issue][value]: u(best with it) − u(best)
  std::vector<std::vector<std::uint64_t>> frequency_;   // [issue][value]: offers of any opponent
  double best_offered_ = 0;                             // best utility of an opponent's offer
  std::vector<Bid> popular_;                            // popular bids, best first
  std::size_t supporters_ = 0;                          // parties supporting the standing offer
  std::optional<Outcome> standing_;                     // another party's standing offer
  int turns_ = 0;
  std::size_t next_popular_ = 0;                        // final phase: next popular bid to offer
};

}  // namespace

AgentDefinition atlas3_agent() {
  return {{"agent", "atlas3",
           "Atlas3 (ANAC 2015 winner): threshold from the expected utility of an evolutionarily stable strategy over the best bid the others support, neighbourhood and relative-utility bid search moved to the opponents' most frequent values, and a final phase that offers the bids everyone else supported",
           {},
           "Mori, Ito: Atlas3: A Negotiating Agent Based on Expecting Lower Limit of Concession Function. Modern Approaches to Agent-based Complex Automated Negotiation (Springer 2017); ANAC 2015"},
          [](const Params&, const std::string& spec) { return std::make_unique<Atlas3>(spec); }};
}

}  // namespace parley::negotiation
