// Yushu — 2nd at ANAC 2010 (B. An, V. Lesser, "Yushu: A Heuristic-Based Agent for Automated
// Negotiating Competition", in New Trends in Agent-Based Complex Automated Negotiations,
// Springer 2012), implemented from that description; GENIUS's agents.anac.y2010.Yushu was read
// to settle constants. Differences: docs/agents/yushu.md.
//
// Yushu estimates how many of its turns are left from the time its turns take (the larger of
// the mean over all turns and over the last 3) and sets its target
//   target = H − (H − m)·t^1.2        (H = its best utility, eagerness 1.2)
// where the minimum m depends on the rounds left (0.93 H with more than 6.7 left, 0.90 H above
// 5, 0.86 H above 3, 0.8 H above 2.3, else 0.6 H) and on how competitive the domain looks —
// the mean utility ā (at least 0.3) of the opponent's offers: late in the session (fewer than
// 20 + 200(1 − ā) rounds left, more than 3 offers seen, ā < 0.75) m falls by (0.75 − ā)/2.5;
// then m = max(0.5, m)·(min(0.75, ā)/3 + 0.75), and at least ā. While more than 50 rounds are
// left the target stays above 1.001 × the best offer received. It keeps the opponent's 10 best
// offers: once the best is worth the target (or 95% of it with fewer than 10 rounds left,
// lowering the target to 95%), it suggests that offer — or, when it made that bid itself in its
// last 4 turns, a random one of the ten worth the target — and from then on offers its
// suggestion; with fewer than 1.6 rounds left it suggests the best one.
// Bids: the outcome just above the target; after 10 bids, a random one between the target
// (the best offer received, while more than 30 rounds are left) and 1.08 × the target —
// 0.96 × the target to 1.08 × with 30 rounds or fewer left.
// Acceptance: an offer worth the target or its acceptable level (0.96 H; 0.92 H with fewer
// than 15 rounds left), unless it holds a suggestion worth more and more than 8 rounds are left.
#include <algorithm>
#include <cmath>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr double kEagerness = 1.2;
constexpr std::size_t kBestKept = 10;
constexpr std::size_t kOwnBidsChecked = 4;

class Yushu final : public Agent {
 public:
  explicit Yushu(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    best_ = index_->max_utility();
    received_.clear();
    best_ten_.clear();
    own_.clear();
    turn_lengths_.clear();
    suggestion_.reset();
    received_sum_ = 0;
    acceptable_ = 1;
    rounds_left_ = 0;
    previous_time_ = 0;
    target_ = 1;
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    turn_lengths_.push_back(turn.t - previous_time_);
    previous_time_ = turn.t;
    if (turn.standing_offer == nullptr || turn.standing_proposer == view_->self()) {
      propose(index_->best(), offer);
      return ActionKind::offer;
    }
    const double u = view_->utility(*turn.standing_offer);
    remember(*turn.standing_offer, u);
    target_ = own_.empty() ? 1 : target_utility(turn.t);
    if (u >= target_ || u >= acceptable_) {
      const bool accept = !suggestion_ || rounds_left_ < 8 ||
                          (rounds_left_ > 8 && view_->utility(*suggestion_) <= u);
      if (accept) return ActionKind::accept;
    }
    if (suggestion_) propose(*suggestion_, offer);
    else if (target_ >= best_) propose(index_->best(), offer);
    else next_bid(offer);
    return ActionKind::offer;
  }

  void observe(const ObservedAction&) override {}

  bool vote(const Outcome& draft, const Outcome& proposal, double, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, target_);
  }

  const std::string& spec() const override { return spec_; }

 private:
  struct Received {
    Outcome bid;
    double utility;
  };

  void propose(const Outcome& bid, Outcome& offer) {
    std::copy(bid.begin(), bid.end(), offer.begin());
    own_.push_back(bid);
  }

  // Keeps the indices of the 10 best offers, best first; a new offer goes after equal ones.
  void remember(const Outcome& bid, double u) {
    received_.push_back({bid, u});
    received_sum_ += u;
    const auto at = std::find_if(best_ten_.begin(), best_ten_.end(), [&](std::size_t k) { return received_[k].utility < u; });
    best_ten_.insert(at, received_.size() - 1);
    if (best_ten_.size() > kBestKept) best_ten_.pop_back();
  }

  double mean_turn(std::size_t last) const {
    if (turn_lengths_.size() < last || turn_lengths_.empty()) return 0;
    double total = 0;
    for (std::size_t k = turn_lengths_.size() - last; k < turn_lengths_.size(); ++k) total += turn_lengths_[k];
    return total / static_cast<double>(last);
  }

  double target_utility(double t) {
    const double round = std::max(mean_turn(turn_lengths_.size()), mean_turn(3));
    const double left = 1 - t;
    rounds_left_ = left / round;
    double minimum = rounds_left_ > 6.7 ? 0.93 : rounds_left_ > 5 ? 0.90 : left > 3 * round ? 0.86 : left > 2.3 * round ? 0.8 : 0.6;
    minimum *= best_;
    acceptable_ = (left < 15 * round ? 0.92 : 0.96) * best_;
    const double mean = std::max(0.30, received_sum_ / static_cast<double>(received_.size()));
    const double competitive_rounds = 20 + (1 - mean) / 0.10 * 20;
    if (left < competitive_rounds * round && received_.size() > 3 && mean < 0.75) minimum -= (0.75 - mean) / 2.5;
    minimum = std::max(0.50, minimum) * (std::min(0.75, mean) / 3 + 0.75);
    minimum = std::max(minimum, mean);
    double target = best_ - (best_ - minimum) * std::pow(t, kEagerness);
    const Received& top = received_[best_ten_.front()];
    if (left < 1.6 * round) {
      suggestion_ = top.bid;
      return target;
    }
    if (left > 50 * round) target = std::max(target, top.utility * 1.001);
    const bool closing = left < 10 * round && top.utility > target * 0.95;
    if (closing || top.utility >= target) {
      const double lowered = closing ? target * 0.95 : target;
      const std::size_t checked = std::min(own_.size(), kOwnBidsChecked);
      const bool made_it = std::find(own_.end() - static_cast<std::ptrdiff_t>(checked), own_.end(), top.bid) != own_.end();
      if (made_it) {
        std::vector<std::size_t> candidates;
        for (std::size_t k : best_ten_)
          if (received_[k].utility >= lowered) candidates.push_back(k);
        suggestion_ = received_[candidates[uniform_index(rng_, candidates.size())]].bid;  // holds the top one
      } else {
        suggestion_ = top.bid;
      }
      target = lowered;
    }
    return target;
  }

  // The outcome just above the target; after 10 bids, a uniform pick among the outcomes in
  // the open band (low, 1.08·target) and that one.
  void next_bid(Outcome& offer) {
    Outcome closest(offer.size());
    index_->at_least(std::nextafter(target_, 2.0), closest);
    if (own_.size() > kBestKept) {
      const double low = std::nextafter(rounds_left_ > 30 ? std::max(received_[best_ten_.front()].utility, target_) : 0.96 * target_, 2.0);
      const double high = std::nextafter(1.08 * target_, -1.0);
      const std::size_t in_band = low <= high ? index_->count_at_least(low) - index_->count_at_least(1.08 * target_) : 0;
      const bool enumerated = index_->entry_count() > 0;
      // Without an enumeration the band's size is unknown (and large): pick within it.
      if ((enumerated && in_band > 0 && uniform_index(rng_, in_band + 1) < in_band) ||
          (!enumerated && low <= high && low <= index_->max_utility())) {
        index_->random_in(low, high, rng_, offer);
        own_.push_back(offer);
        return;
      }
    }
    propose(closest, offer);
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  double best_ = 1, received_sum_ = 0, acceptable_ = 1, rounds_left_ = 0, previous_time_ = 0, target_ = 1;
  std::vector<Received> received_;
  std::vector<std::size_t> best_ten_;
  std::vector<Outcome> own_;
  std::vector<double> turn_lengths_;
  std::optional<Outcome> suggestion_;
};

}  // namespace

AgentDefinition yushu_agent() {
  return {{"agent", "yushu",
           "Yushu (ANAC 2010, 2nd): target H − (H − m)·t^1.2 with a minimum m set by the estimated rounds left and the opponent's mean offer; suggests the opponent's best offers late; accepts at the target or 0.96 H (0.92 H in the last 15 rounds)",
           {},
           "An, Lesser: Yushu: A Heuristic-Based Agent for Automated Negotiating Competition. New Trends in Agent-Based Complex Automated Negotiations (Springer 2012); ANAC 2010"},
          [](const Params&, const std::string& spec) { return std::make_unique<Yushu>(spec); }};
}

}  // namespace parley::negotiation
