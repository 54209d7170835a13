// InoxAgent — ANAC 2013 finalist (R. van Zessen, M. Branco, TU Delft; a BOA agent; the
// competition in K. Gal, L. Ilany, "The Fourth Automated Negotiation Competition", in Next
// Frontier in Agent-Based Complex Automated Negotiation, Springer 2015, and the agent's own
// documentation: a "harsh conceder" that resets to its best bid whenever the opponent does not
// concede), implemented from that description; GENIUS's
// negotiator.boaframework {offeringstrategy.anac2013.InoxAgent_Offering,
// acceptanceconditions.anac2013.AC_InoxAgent, opponentmodel.InoxAgent_OM} were read to settle
// constants. Differences: docs/agents/inoxagent.md.
//
// Its bids sorted by utility, best first (N of them); the "median" m = the utility of the bid
// ranked half-way to the opponent's first offer.
// Offering: the opponent's best offer once that beats the worst bid it has made itself.
// Before t = 0.99, when the opponent's latest offer is the worst (for it) of the opponent's
// last 4, it resets to its best bid (the first time to its second-best). Before t = 0.05 it
// steps down one rank while the bids stay above max(m, opponent's best, reservation).
// Otherwise it searches a window of ±w ranks around its last bid, w = ⌈0.01N + 0.09N·t^(20d)⌉,
// for the bid closest to a line rotating towards Kalai–Smorodinsky: the bid maximising
// min(u, a·ô) (ô its opponent model's utility, a = e^(5 − 5t), faster with a discount below
// 0.75) among those worth at least ô + 0.12 to itself; the opponent's best offer if better.
// Acceptance (on discounted utilities): walk away when its worst bid is below its discounted
// reservation value; accept when its worst bid is worth at most the offer + 0.05(1 − d), or
// when the offer is worth at least d^t − (d^t − f)·t^p, f = d^t·max(opponent's best, reservation,
// m), p = 27 (27·0.3·d with a discount); just f with fewer than 8 rounds left.
// Opponent model: frequency counts (each offered value +1) and issue weights that grow for
// unchanged issues by (c/n)/(1 + k·c/n), c = 0.4 reset on a change and falling by 0.2 per
// repeated bid; when fewer than 20% of the opponent's offers are distinct, value scores pass
// through a saturating map 70 − 1/(c'·count + 1/70) scaled by the rounds estimate.
#include <algorithm>
#include <climits>
#include <cmath>
#include <deque>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/opponent_model.hpp"
#include "ranked_bids.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr std::size_t kSampledBids = 10'000;
constexpr std::size_t kLapses = 10;

// Rounds left (or in total) from the mean lapse of t over the agent's last 10 turns.
class RoundClock {
 public:
  void tick(double t) {
    lapses_.push_back(t - last_);
    last_ = t;
    if (lapses_.size() > kLapses) lapses_.pop_front();
  }
  bool ready() const { return lapses_.size() >= kLapses; }
  double mean_lapse() const {
    double sum = 0;
    for (double lapse : lapses_) sum += lapse;
    return sum / static_cast<double>(lapses_.size());
  }

 private:
  std::deque<double> lapses_;
  double last_ = 0;
};

// InoxAgent's adapted frequency model (InoxAgent_OM); an OpponentModel so that a session can
// measure it.
class InoxModel final : public OpponentModel {
 public:
  void begin(const OutcomeSpace& space) override {
    const std::size_t n = space.issue_count();
    weights_.assign(n, 1.0 / static_cast<double>(n));
    counts_.assign(n, {});
    for (std::size_t i = 0; i < n; ++i) counts_[i].assign(space.issue(i).size(), 1);
    distinct_.clear();
    offers_ = 0;
    coefficient_ = 0.4;
    rounds_estimate_ = 15000;
    previous_.reset();
  }

  void observe(const Outcome& bid, double t) override {
    ++offers_;
    if (!previous_) {
      previous_ = bid;
      distinct_.push_back(bid);
      return;
    }
    clock_.tick(t);
    if (clock_.ready()) rounds_estimate_ = static_cast<int>(1.0 / clock_.mean_lapse());
    const std::size_t n = bid.size();
    std::size_t unchanged = 0;
    for (std::size_t i = 0; i < n; ++i) unchanged += bid[i] == (*previous_)[i] ? 1 : 0;
    if (unchanged == n) {
      coefficient_ = std::max(0.0, coefficient_ - 0.2);
    } else {
      coefficient_ = 0.4;
      if (std::find(distinct_.begin(), distinct_.end(), bid) == distinct_.end()) distinct_.push_back(bid);
    }
    const double golden = coefficient_ / static_cast<double>(n);
    const double total = 1 + golden * static_cast<double>(unchanged);
    const double maximum = 1 - static_cast<double>(n) * golden / total;
    for (std::size_t i = 0; i < n; ++i) {
      const bool same = bid[i] == (*previous_)[i];
      weights_[i] = same && weights_[i] < maximum ? (weights_[i] + golden) / total : weights_[i] / total;
      ++counts_[i][bid[i]];
    }
    previous_ = bid;
  }

  double predict(const std::uint32_t* values) const override {
    return predict(Outcome(values, values + counts_.size()));  // measurement only: allocates
  }

  double predict(const Outcome& bid) const {
    const bool conceding = static_cast<double>(distinct_.size()) > 0.2 * static_cast<double>(offers_);
    double result = 0;
    for (std::size_t i = 0; i < bid.size(); ++i) {
      const int most = *std::max_element(counts_[i].begin(), counts_[i].end());
      const int count = counts_[i][bid[i]];
      result += weights_[i] * (conceding ? static_cast<double>(count) / most : saturate(count) / saturate(most));
    }
    return result;
  }

 private:
  double saturate(int count) const { return 70 - 1.0 / ((10000.0 / rounds_estimate_) * count / 15000 + 1.0 / 70); }

  std::vector<double> weights_;
  std::vector<std::vector<int>> counts_;
  std::vector<Outcome> distinct_;
  std::size_t offers_ = 0;
  double coefficient_ = 0.4;
  int rounds_estimate_ = 15000;
  RoundClock clock_;
  std::optional<Outcome> previous_;
};

class InoxAgent final : public Agent {
 public:
  explicit InoxAgent(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    d_ = view.discount_factor() > 0 && view.discount_factor() <= 1 ? view.discount_factor() : 1;
    model_.begin(view.space());
    bids_ = RankedBids(*view_, -1e300, kSampledBids, rng_);
    received_.clear();
    clock_ = RoundClock{};
    median_.reset();
    worst_own_.reset();
    last_rank_ = 0;
    conceded_once_ = false;
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const double t = turn.t;
    if (received_.empty() || turn.standing_offer == nullptr || turn.standing_proposer == view_->self()) {
      send(index_->best(), offer);
      return ActionKind::offer;
    }
    if (!median_) median_ = bids_.utility(rank_near(view_->utility(received_.front().bid)) / 2);
    clock_.tick(t);
    const int rounds_left = clock_.ready() ? static_cast<int>((1 - t) / clock_.mean_lapse()) : INT_MAX;
    const double now = std::pow(d_, t), rv = view_->reservation_value();
    const double worst = worst_own_ ? *worst_own_ * now : 1.0;
    const double last = view_->utility(*turn.standing_offer) * now;
    if (worst < rv * now) return ActionKind::walk_away;
    if (worst <= last + 0.05 * (1 - d_)) return ActionKind::accept;
    if (last >= accept_level(t, rounds_left)) return ActionKind::accept;
    Outcome next(offer.size());
    choose(t, next);
    send(next, offer);
    return ActionKind::offer;
  }

  // One model for every opponent (the agent was written for two parties).
  const OpponentModel* opponent_model(std::size_t party) const override {
    if (!view_) return nullptr;
    const auto& others = view_->others();
    return std::find(others.begin(), others.end(), party) != others.end() ? &model_ : nullptr;
  }

  void observe(const ObservedAction& action) override {
    if (action.kind != ActionKind::offer || action.offer == nullptr) return;
    received_.push_back({*action.offer, view_->utility(*action.offer), action.t});
    model_.observe(*action.offer, action.t);
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, received_.empty() ? index_->max_utility() : accept_level(t, INT_MAX) / std::pow(d_, t));
  }

  const std::string& spec() const override { return spec_; }

 private:
  struct Received {
    Outcome bid;
    double utility, t;
  };

  void send(const Outcome& bid, Outcome& offer) {
    std::copy(bid.begin(), bid.end(), offer.begin());
    const double u = view_->utility(bid);
    if (!worst_own_ || u < *worst_own_) worst_own_ = u;
  }

  // The rank of the bid whose utility is nearest to u (ties: the higher-ranked one).
  std::size_t rank_near(double u) const {
    std::size_t lo = 0, hi = bids_.size();  // first rank with utility < u
    while (lo < hi) {
      const std::size_t mid = (lo + hi) / 2;
      if (bids_.utility(mid) >= u) lo = mid + 1;
      else hi = mid;
    }
    if (lo == 0) return 0;
    if (lo == bids_.size()) return lo - 1;
    return u - bids_.utility(lo) < bids_.utility(lo - 1) - u ? lo : lo - 1;
  }

  // The opponent's offer with the best utility discounted at the time it was made.
  const Received& best_received() const {
    return *std::max_element(received_.begin(), received_.end(), [&](const Received& a, const Received& b) {
      return a.utility * std::pow(d_, a.t) < b.utility * std::pow(d_, b.t);
    });
  }

  double accept_level(double t, int rounds_left) const {
    const double now = std::pow(d_, t);
    const double median = median_.value_or(index_->max_utility());
    const double final_level = std::max({best_received().utility * now, view_->reservation_value() * now, median * now});
    if (rounds_left < 8) return final_level;
    const double power = d_ != 1 ? 27 * 0.3 * d_ : 27;
    return now - (now - final_level) * std::pow(t, power);
  }

  bool opponent_not_conceding() const {
    const std::size_t from = received_.size() > 4 ? received_.size() - 4 : 0;
    double lowest = 1;
    for (std::size_t k = from; k < received_.size(); ++k) lowest = std::min(lowest, received_[k].utility);
    return lowest >= received_.back().utility;
  }

  void choose(double t, Outcome& next) {
    const Received& best = best_received();
    if (worst_own_ && best.utility > *worst_own_) {
      next = best.bid;
      return;
    }
    if (t < 0.99) {
      if (opponent_not_conceding()) {
        last_rank_ = conceded_once_ || bids_.size() < 2 ? 0 : 1;
        conceded_once_ = true;
        bids_.at(last_rank_, next);
        return;
      }
      if (t < 0.05) {
        const double floor = std::max({*median_, best.utility, view_->reservation_value()});
        if (last_rank_ + 2 < bids_.size() && bids_.utility(last_rank_ + 1) > floor) {
          ++last_rank_;
          bids_.at(last_rank_ + 1, next);  // as the original: the bid after the new rank
        } else {
          std::copy(index_->best().begin(), index_->best().end(), next.begin());
        }
        return;
      }
    }
    const auto n = static_cast<double>(bids_.size());
    const auto w = static_cast<std::size_t>(std::ceil(0.01 * n + (0.1 * n - 0.01 * n) * std::pow(t, d_ * 20)));
    const std::size_t low = last_rank_ > w ? last_rank_ - w : 0;
    const std::size_t high = std::min(bids_.size(), last_rank_ + w + 1);
    const double a = d_ < 0.75 ? std::max(std::exp(5 - 5 * (std::log(d_) / std::log(0.75)) * t), 1.0) : std::exp(5 - 5 * t);
    Outcome candidate(next.size());
    double chosen_u = bids_.at(low, next);
    double chosen_score = std::min(chosen_u, a * model_.predict(next));
    for (std::size_t r = low + 1; r < high; ++r) {
      const double u = bids_.at(r, candidate);
      const double predicted = model_.predict(candidate);
      const double score = std::min(u, a * predicted);
      if (score > chosen_score && u >= predicted + 0.12) {
        chosen_score = score, chosen_u = u, last_rank_ = r;
        next = candidate;
      }
    }
    if (best.utility > chosen_u) next = best.bid;
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  double d_ = 1;
  InoxModel model_;
  RankedBids bids_;
  std::vector<Received> received_;
  RoundClock clock_;
  std::optional<double> median_;
  std::optional<double> worst_own_;  // its own worst bid so far
  std::size_t last_rank_ = 0;
  bool conceded_once_ = false;
};

}  // namespace

AgentDefinition inoxagent_agent() {
  return {{"agent", "inoxagent",
           "InoxAgent (ANAC 2013 finalist): a harsh conceder — resets to its best bid when the opponent does not concede, otherwise the bid nearest a line rotating to Kalai–Smorodinsky in a window of its bids that widens with time; adapted frequency model; accepts above a t^27 curve towards the opponent's best offer",
           {},
           "van Zessen, Branco: InoxAgent, ANAC 2013 (BOA agent in GENIUS); Gal, Ilany: The Fourth Automated Negotiation Competition, Next Frontier in Agent-Based Complex Automated Negotiation (Springer 2015)"},
          [](const Params&, const std::string& spec) { return std::make_unique<InoxAgent>(spec); }};
}

}  // namespace parley::negotiation
