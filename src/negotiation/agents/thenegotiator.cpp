// TheNegotiator — ANAC 2011 finalist (A. Dirkzwager, M. Hendrikx, J. de Ruiter, "TheNegotiator:
// A Dynamic Strategy for Bilateral Negotiations with Time-Based Discounts", in Complex Automated
// Negotiations, Springer 2013), implemented from that description; GENIUS's
// agents.anac.y2011.TheNegotiator was read to settle constants. Differences:
// docs/agents/thenegotiator.md.
//
// Three phases on the 3-minute clock of ANAC 2011: 140 s, 35 s and the last 5 s. Its threshold
// falls linearly in each phase, from its best utility to best − range/8, then to best − 3·range/8,
// then to its worst utility (range = best − worst). With a discount factor d < 1, after t = d the
// phases are re-planned over the rest of the time in proportion to how many of its bids lie in
// three equal utility bins below the threshold it had at t = d.
// Offers: 70% of the time a random bid between the threshold and the utility 20% of the way up
// its bids above the threshold, 30% a random bid above that (opportunistic); from phase 2 on,
// a random one of the opponent's bids worth at least the threshold, when there is one.
// Acceptance: an offer worth at least the threshold; in phase 3, anything once fewer than 15
// moves are estimated to be left.
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr double kClock = 180;                                          // seconds in ANAC 2011
constexpr std::array<double, 3> kPhases{140 / kClock, 35 / kClock, 5 / kClock};
constexpr double kRandomMove = 0.3;
constexpr double kUpperShare = 0.2;
constexpr int kLastMoves = 15;

class TheNegotiator final : public Agent {
 public:
  explicit TheNegotiator(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    received_.clear();
    lapses_.clear();
    last_time_ = 0;
    discount_ = view.discount_factor() < 1 ? view.discount_factor() : 0;
    const double best = index_->max_utility(), worst = index_->min_utility(), range = best - worst;
    plain_ = {best, best - range / 8, best - 3 * range / 8, worst};
    discounted_phases_ = {0, 0, 0};
    discounted_ = plain_;
    if (discount_ != 0) plan_discounted();
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const int phase = phase_at(turn.t, true);
    const double threshold = threshold_at(turn.t, phase);
    if (turn.standing_offer != nullptr && turn.standing_proposer != view_->self()) {
      const double u = view_->utility(*turn.standing_offer);
      if (u >= threshold || (phase == 3 && moves_left(turn.t) < kLastMoves)) return ActionKind::accept;
    }
    choose(phase, threshold, offer);
    return ActionKind::offer;
  }

  void observe(const ObservedAction& action) override {
    if (action.kind == ActionKind::offer && action.offer != nullptr)
      received_.emplace_back(view_->utility(*action.offer), *action.offer);
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, threshold_at(t, phase_at(t, false)));
  }

  const std::string& spec() const override { return spec_; }

 private:
  const std::array<double, 3>& phases(double t) const { return discount_ != 0 && t > discount_ ? discounted_phases_ : kPhases; }

  int phase_at(double t, bool record) {
    const auto& end = phases(t);
    int phase = 1;
    if (t > end[0] + end[1]) {
      phase = 3;
      if (record) {
        lapses_.push_back(t - last_time_);
        if (lapses_.size() > static_cast<std::size_t>(kLastMoves)) lapses_.erase(lapses_.begin());
      }
    } else if (t > end[0]) {
      phase = 2;
    }
    if (record) last_time_ = t;
    return phase;
  }

  double threshold_at(double t, int phase) const {
    const bool late = discount_ != 0 && t > discount_;
    const auto& level = late ? discounted_ : plain_;
    const auto& end = phases(t);
    const double active = late ? discount_ : 0;
    switch (phase) {
      case 1: return level[0] - (t - active) / (end[0] - active) * (level[0] - level[1]);
      case 2: return level[1] - (t - end[0]) / end[1] * (level[1] - level[2]);
      default: return level[2] - (t - end[0] - end[1]) / end[2] * (level[2] - level[3]);
    }
  }

  // Moves left, from the mean time between its last (up to 15) turns in phase 3.
  int moves_left(double t) const {
    if (lapses_.empty()) return 500;
    double total = 0;
    for (double lapse : lapses_) total += lapse;
    const double mean = total / kLastMoves;  // the original divides by the queue's capacity
    return mean > 0 ? static_cast<int>(std::floor((1 - t) / mean)) : 500;
  }

  // Utility of its bid ranked k from the top (0 = best), when the index enumerates bids.
  double ranked(std::size_t k) const { return index_->entry_utility(index_->entry_count() - 1 - k); }

  void plan_discounted() {
    const double top = threshold_at(discount_, 1), bottom = plain_[3], step = (top - bottom) / 3;
    if (index_->entry_count() == 0) {  // no enumeration (huge spaces): equal bins
      discounted_ = {top, top - step, top - 2 * step, bottom};
      const double rest = (1 - discount_) / 3;
      discounted_phases_ = {discount_ + rest, rest, rest};
      return;
    }
    const auto above = [&](double u) { return index_->count_at_least(u); };
    const std::size_t in_top = above(top - step) - above(std::nextafter(top, 2.0));
    const std::size_t in_middle = above(top - 2 * step) - above(top - step);
    const std::size_t in_bottom = above(bottom) - above(top - 2 * step);
    const double sum = static_cast<double>(in_top + in_middle + in_bottom);
    discounted_[0] = top;
    // As the original, these count from its very best bid, not from the top of the first bin.
    discounted_[1] = in_top == 0 ? ranked(0) : ranked(in_top - 1);
    discounted_[2] = in_top + in_middle == 0 ? ranked(0) : ranked(in_top + in_middle - 1);
    discounted_[3] = bottom;
    if (sum > 0)
      discounted_phases_ = {discount_ + static_cast<double>(in_top) / sum * (1 - discount_),
                            static_cast<double>(in_middle) / sum * (1 - discount_),
                            static_cast<double>(in_bottom) / sum * (1 - discount_)};
  }

  // The utility 20% of the way up from the threshold among its bids at or above it.
  double upper_threshold(double threshold) const {
    const std::size_t count = index_->count_at_least(threshold);
    if (index_->entry_count() == 0 || count == 0) return threshold + kUpperShare * (index_->max_utility() - threshold);
    const std::size_t boundary = count - 1;
    return ranked(boundary - static_cast<std::size_t>(std::ceil(kUpperShare * static_cast<double>(boundary))));
  }

  void own_between(double lo, double hi, Outcome& offer) {
    if (index_->count_at_least(lo) > index_->count_at_least(std::nextafter(hi, 2.0)) ||
        index_->layout() == OfferIndex::Layout::additive_search) {
      index_->random_in(lo, hi, rng_, offer);
      return;
    }
    if (lo <= index_->max_utility()) index_->random_in(lo, index_->max_utility(), rng_, offer);  // ignore the upper bound
    else std::copy(index_->best().begin(), index_->best().end(), offer.begin());
  }

  void choose(int phase, double threshold, Outcome& offer) {
    const double upper = upper_threshold(threshold);
    if (phase >= 2) {
      std::vector<const Outcome*> good;
      for (const auto& [u, bid] : received_)
        if (u >= threshold) good.push_back(&bid);
      if (!good.empty()) {
        const Outcome& pick = *good[uniform_index(rng_, good.size())];
        std::copy(pick.begin(), pick.end(), offer.begin());
        return;
      }
    }
    if (uniform_unit(rng_) > kRandomMove) own_between(threshold, upper, offer);
    else own_between(upper - 0.00001, index_->max_utility(), offer);
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  std::vector<std::pair<double, Outcome>> received_;
  std::vector<double> lapses_;
  double last_time_ = 0, discount_ = 0;
  std::array<double, 4> plain_{}, discounted_{};
  std::array<double, 3> discounted_phases_{};
};

}  // namespace

AgentDefinition thenegotiator_agent() {
  return {{"agent", "thenegotiator",
           "TheNegotiator (ANAC 2011 finalist): three time phases with linearly falling thresholds (re-planned after the discount point from the distribution of its bids), random bids just above the threshold, the opponent's good bids later, accepts anything in the last 15 moves",
           {},
           "Dirkzwager, Hendrikx, de Ruiter: TheNegotiator: A Dynamic Strategy for Bilateral Negotiations with Time-Based Discounts. Complex Automated Negotiations (Springer 2013); ANAC 2011"},
          [](const Params&, const std::string& spec) { return std::make_unique<TheNegotiator>(spec); }};
}

}  // namespace parley::negotiation
