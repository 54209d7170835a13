// OMAC — ANAC 2012, 3rd (S. Chen and G. Weiss, "OMAC: a discrete wavelet transformation based
// negotiation agent", in Novel Insights in Agent-based Complex Automated Negotiation, Springer
// 2014; "An Efficient and Adaptive Approach to Negotiation in Complex Environments", ECAI
// 2012), implemented from those descriptions. Differences: docs/agents/omac.md.
//
// Opponent modelling: the session is cut into 100 equal time intervals; per interval it keeps
// the best utility (to itself) among the opponent's offers. At the end of each interval the
// series so far is smoothed by a discrete wavelet transformation and a cubic smoothing spline
// (omac_forecast.hpp) and extended to the deadline: R(t), the utility it expects the opponent
// to offer at time t.
// Adaptive concession: t̂ is the time in (now, 1] where R(t)·δ^t is largest, û = R(t̂). When û
// exceeds its default schedule ρ one interval ahead, its target moves linearly from its
// current value to û at t̂ (it expects the opponent to come to it, so it need not concede);
// otherwise the target is the Boulware schedule ρ(t) = u_min + (1 − t^(1/e))·(u_max − u_min),
// e = 0.033, u_min = max(0.69, reservation).
// Bids: a random outcome within ±1% of the target; the opponent's best offer instead when that
// is worth at least as much. Acceptance: an offer worth at least its own next bid.
#include <algorithm>
#include <cmath>
#include <optional>

#include "omac_forecast.hpp"
#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr int kIntervals = 100;
constexpr std::size_t kMinSeries = 3;  // intervals with data before the forecast is used
constexpr double kBoulware = 0.033;    // e of ρ(t)
constexpr double kFloor = 0.69;        // u_min unless its reservation value is higher
constexpr double kBidBand = 0.01;      // bids within ±1% of the target
constexpr double kSmoothing = 4;       // λ of the smoothing spline, per interval² (unit knot spacing)

class Omac final : public Agent {
 public:
  explicit Omac(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    u_max_ = index_->max_utility();
    u_min_ = std::min(u_max_, std::max(kFloor, view.reservation_value()));
    const double d = view.discount_factor();
    discount_ = d > 0 && d < 1 ? d : 1;
    best_interval_.assign(kIntervals, -1.0);
    forecast_intervals_ = 0;
    plan_.reset();
    best_received_.reset();
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    update_forecast(turn.t);
    const double u = target(turn.t);
    double next = index_->random_in(u * (1 - kBidBand), std::min(u * (1 + kBidBand), u_max_), rng_, offer);
    if (best_received_ && best_received_->first >= next) {
      std::copy(best_received_->second.begin(), best_received_->second.end(), offer.begin());
      next = best_received_->first;
    }
    if (turn.standing_offer != nullptr && turn.standing_proposer != view_->self() &&
        view_->utility(*turn.standing_offer) >= next)
      return ActionKind::accept;
    return ActionKind::offer;
  }

  void observe(const ObservedAction& action) override {
    if (action.kind != ActionKind::offer || action.offer == nullptr) return;
    const double u = view_->utility(*action.offer);
    auto& best = best_interval_[interval_of(action.t)];
    best = std::max(best, u);
    if (!best_received_ || u > best_received_->first) best_received_.emplace(u, *action.offer);
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double t, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, target(t));
  }

  const std::string& spec() const override { return spec_; }

 private:
  struct Plan {  // the target moves linearly from (t0, u0) to (t1, u1)
    double t0, u0, t1, u1;
  };

  static std::size_t interval_of(double t) {
    return static_cast<std::size_t>(std::clamp(static_cast<int>(t * kIntervals), 0, kIntervals - 1));
  }

  double schedule(double t) const {
    return u_min_ + (1 - std::pow(std::min(t, 1.0), 1 / kBoulware)) * (u_max_ - u_min_);
  }

  double target(double t) const {
    double u = schedule(t);
    if (plan_) u = t >= plan_->t1 ? plan_->u1 : plan_->u0 + (t - plan_->t0) * (plan_->u1 - plan_->u0) / (plan_->t1 - plan_->t0);
    return std::clamp(u, std::max(view_->reservation_value(), 0.0), u_max_);
  }

  // Once per completed interval: forecast the opponent's offers and set the plan.
  void update_forecast(double t) {
    const std::size_t done = std::min<std::size_t>(static_cast<std::size_t>(t * kIntervals), kIntervals);
    if (done <= forecast_intervals_) return;
    forecast_intervals_ = done;
    // The series starts at the opponent's first offer; an interval without offers repeats
    // the previous one (the opponent's best so far in it has not changed).
    std::vector<double> series;
    for (std::size_t k = 0; k < done; ++k) {
      if (best_interval_[k] >= 0) series.push_back(best_interval_[k]);
      else if (!series.empty()) series.push_back(series.back());
    }
    if (series.size() < kMinSeries) return;
    const auto end = omac::smoothing_spline_end(omac::wavelet_trend(series), kSmoothing);
    const double last_t = (static_cast<double>(done) - 0.5) / kIntervals;  // centre of the last interval
    const auto predicted = [&](double at) { return std::clamp(end.value + end.slope * (at - last_t) * kIntervals, 0.0, u_max_); };
    double t_hat = 1, u_hat = predicted(1), best = u_hat * std::pow(discount_, 1.0);
    for (std::size_t k = done + 1; k <= kIntervals; ++k) {
      const double at = static_cast<double>(k) / kIntervals;
      const double value = predicted(at) * std::pow(discount_, at);
      if (value > best) best = value, t_hat = at, u_hat = predicted(at);
    }
    const double ahead = std::min(1.0, t + 1.0 / kIntervals);
    if (u_hat > schedule(ahead) && t_hat > t) plan_ = Plan{t, target(t), t_hat, u_hat};
    else plan_.reset();
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  double u_max_ = 1, u_min_ = kFloor, discount_ = 1;
  std::vector<double> best_interval_;  // per interval the best utility offered, −1 when none
  std::size_t forecast_intervals_ = 0;
  std::optional<Plan> plan_;
  std::optional<std::pair<double, Outcome>> best_received_;
};

}  // namespace

AgentDefinition omac_agent() {
  return {{"agent", "omac",
           "OMAC (ANAC 2012, 3rd): predicts the opponent's concession from the best utility it offered per time interval (wavelet approximation + cubic smoothing spline) and holds its target up towards the predicted best offer when that beats its Boulware schedule; bids within 1% of the target, accepts an offer worth its next bid",
           {},
           "Chen, Weiss: OMAC: a discrete wavelet transformation based negotiation agent, in Novel Insights in Agent-based Complex Automated Negotiation (Springer 2014); An Efficient and Adaptive Approach to Negotiation in Complex Environments (ECAI 2012)"},
          [](const Params&, const std::string& spec) { return std::make_unique<Omac>(spec); }};
}

}  // namespace parley::negotiation
