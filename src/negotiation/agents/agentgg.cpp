// AgentGG — winner of ANAC 2019 (individual utility; S. Xu), described in R. Aydoğan et al.,
// "Challenges and Main Results of the Automated Negotiating Agents Competition (ANAC) 2019",
// EUMAS/AT 2020, LNCS 12520, implemented from that description; GENIUS's agent
// (agents.anac.y2019.agentgg) was read to settle the constants. Differences are listed in
// docs/agents/agentgg.md.
//
// AgentGG reasons with "importance" instead of utility: its own importance of a bid (here its
// own utility from the view — exact, or the protocol's estimate under preference uncertainty,
// which is what AgentGG's importance map estimates) and the opponent's, the sum over issues of
// how often the opponent offered the bid's value (learnt only while t < 0.3). Ratios r(o) =
// (u(o) − u_min)/(u_max − u_min) drive everything:
//  * It accepts an offer whose ratio reaches its current lower ratio (set on its previous
//    turn; 1 before), or after t = 0.9989 one above its reservation ratio + 0.2.
//  * Lower ratio by phase (N = its estimated Nash ratio, P(x) = x(1 − N) + N): 0.9999 to
//    t = 0.01, 0.99 to 0.02, 0.99 − 0.5(t − 0.02) to 0.2, then from 0.9 falling to P(0.3) at
//    0.5, P(0.15) − (P(0.15) − P(0.05))(t − 0.9)/0.08 to 0.9, P(0.05) − (P(0.05) − P(0))·
//    (t − 0.98)/0.015 to 0.995, P(0) − (P(0) − P(−0.35))(t − 0.995)/0.0039 to 0.999, P(−0.4)
//    after; from t = 0.5 never below its reservation ratio + 0.3 (+0.25 from 0.9, +0.2 at the
//    very end). The upper ratio is the lower + 0.1.
//  * N: after its first opponent bid it watches for 0.003 of the time; with m the best ratio
//    offered in that window, N = (1 − m)/1.7 + m.
//  * Bids: uniformly from its outcomes with ratio in [lower, upper] until t = 0.2; afterwards
//    the one of highest opponent importance among 2·|range| uniform draws from the range (three
//    tries); a random outcome above the lower ratio when the range is empty.
// The reservation ratio is the reservation value × (median ratio of its outcomes) / 0.5.
#include <algorithm>
#include <cmath>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr double kWatch = 3.0 / 1000;   // time it watches the opponent's first bids for N
constexpr std::size_t kMaxDraws = 512;  // parley's bound on the draws from the range per try

class AgentGG final : public Agent {
 public:
  explicit AgentGG(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    u_min_ = index_->min_utility();
    u_max_ = index_->max_utility();
    const double median = index_->entry_count() > 0
                              ? index_->entry_utility((index_->entry_count() - 1) / 2)
                              : (u_min_ + u_max_) / 2;  // huge spaces: the middle of the range
    reservation_ratio_ = view.reservation_value() * ratio(median) / 0.5;
    const auto& space = view.space();
    opponent_.assign(space.issue_count(), {});
    for (std::size_t i = 0; i < space.issue_count(); ++i) opponent_[i].assign(space.issue(i).size(), 0);
    lower_ = 1, upper_ = 1.1;
    at_random_ = true;
    nash_known_ = watching_ = false;
    nash_ = 0, best_seen_ = 0, watch_start_ = 0;
    last_.reset();
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const double t = turn.t;
    if (turn.standing_offer == nullptr) return propose(index_->best(), offer);
    const Outcome& received = *turn.standing_offer;
    const double mine = ratio(view_->utility(received));
    if (mine >= lower_) return ActionKind::accept;
    if (!nash_known_) watch(received, t);
    if (t < 0.3)
      for (std::size_t i = 0; i < received.size(); ++i) ++opponent_[i][received[i]];
    set_thresholds(t);
    if (t >= 0.9989 && mine > reservation_ratio_ + 0.2) return ActionKind::accept;
    last_ = received;
    return propose(pick(), offer);
  }

  void observe(const ObservedAction&) override {}  // it reads the standing offer on its turn

  bool vote(const Outcome& draft, const Outcome& proposal, double, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, utility_at(lower_));
  }

  const std::string& spec() const override { return spec_; }

 private:
  double ratio(double u) const { return u_max_ > u_min_ ? (u - u_min_) / (u_max_ - u_min_) : 1; }
  double utility_at(double r) const { return u_min_ + r * (u_max_ - u_min_); }

  ActionKind propose(const Outcome& bid, Outcome& offer) {
    std::copy(bid.begin(), bid.end(), offer.begin());
    return ActionKind::offer;
  }

  void watch(const Outcome& received, double t) {
    best_seen_ = std::max(best_seen_, view_->utility(received));
    if (watching_) {
      if (t - watch_start_ > kWatch) {
        const double m = ratio(best_seen_);
        nash_ = (1 - m) / 1.7 + m;
        nash_known_ = true;
      }
    } else if (!last_ || *last_ != received) {
      watching_ = true;
      watch_start_ = t;
    }
  }

  void set_thresholds(double t) {
    const auto p = [&](double x) { return x * (1 - nash_) + nash_; };
    if (t < 0.01) lower_ = 0.9999;
    else if (t < 0.02) lower_ = 0.99;
    else if (t < 0.2) lower_ = 0.99 - 0.5 * (t - 0.02);
    else if (t < 0.5) {
      at_random_ = false;
      lower_ = 0.9 - (0.9 - p(0.3)) / (0.5 - 0.2) * (t - 0.2);
    } else if (t < 0.9) {
      lower_ = std::max(p(0.15) - (p(0.15) - p(0.05)) / (0.98 - 0.9) * (t - 0.9), reservation_ratio_ + 0.3);
    } else if (t < 0.995) {
      lower_ = std::max(p(0.05) - (p(0.05) - p(0.0)) / (0.995 - 0.98) * (t - 0.98), reservation_ratio_ + 0.25);
    } else if (t < 0.999) {
      lower_ = std::max(p(0.0) - (p(0.0) - p(-0.35)) / (0.9989 - 0.995) * (t - 0.995), reservation_ratio_ + 0.25);
    } else {
      lower_ = std::max(p(-0.4), reservation_ratio_ + 0.2);
    }
    upper_ = lower_ + 0.1;
  }

  double opponent_importance(const Outcome& bid) const {
    double sum = 0;
    for (std::size_t i = 0; i < bid.size(); ++i) sum += opponent_[i][bid[i]];
    return sum;
  }

  // The bid of the file comment.
  const Outcome& pick() {
    const double lo = utility_at(lower_), hi = utility_at(upper_);
    Outcome& draw = scratch_;
    draw.resize(view_->space().issue_count());
    const auto in_range = [&](double u) { return u >= lo - tolerance::kUtilityTolerance && u <= hi + tolerance::kUtilityTolerance; };
    std::size_t size = kMaxDraws;  // huge spaces: the range size is unknown
    if (index_->entry_count() > 0) size = index_->count_at_least(lo) - index_->count_at_least(std::nextafter(hi, 2.0) + tolerance::kUtilityTolerance);
    if (size > 0 && in_range(index_->random_in(lo, hi, rng_, draw))) {
      if (at_random_) return draw;
      const std::size_t draws = std::min(2 * size, kMaxDraws);
      for (int attempt = 0; attempt < 3; ++attempt) {
        double best = 0;
        bool found = false;
        for (std::size_t k = 0; k < draws; ++k) {
          index_->random_in(lo, hi, rng_, draw);
          const double importance = opponent_importance(draw);
          if (importance > best) best = importance, chosen_ = draw, found = true;
        }
        if (found) return chosen_;
      }
    }
    index_->random_in(lo, u_max_, rng_, draw);  // empty range (or no importance yet): above the lower ratio
    return draw;
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  double u_min_ = 0, u_max_ = 1, reservation_ratio_ = 0;
  std::vector<std::vector<double>> opponent_;  // [issue][value]: times the opponent offered it (t < 0.3)
  double lower_ = 1, upper_ = 1.1;
  bool at_random_ = true, nash_known_ = false, watching_ = false;
  double nash_ = 0, best_seen_ = 0, watch_start_ = 0;
  std::optional<Outcome> last_;
  Outcome scratch_, chosen_;
};

}  // namespace

AgentDefinition agentgg_agent() {
  return {{"agent", "agentgg",
           "AgentGG (ANAC 2019 winner): phased lower/upper utility ratios anchored on an estimated Nash ratio from the opponent's first bids; random bids in the band early, later the one the opponent's early value frequencies rate highest",
           {},
           "Aydogan et al.: Challenges and Main Results of the Automated Negotiating Agents Competition (ANAC) 2019. EUMAS/AT 2020, LNCS 12520; AgentGG by S. Xu"},
          [](const Params&, const std::string& spec) { return std::make_unique<AgentGG>(spec); }};
}

}  // namespace parley::negotiation
