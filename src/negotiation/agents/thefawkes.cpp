// TheFawkes — winner of ANAC 2013, a BOA agent whose bidding follows Chen & Weiss's wavelet-based
// concession prediction ("An Efficient and Adaptive Approach to Negotiation in Complex
// Environments", ECAI 2012), implemented from that description and the others its parts cite
// (no paper on TheFawkes itself was found); GENIUS's BOA parts (Fawkes_Offering, AC_TheFawkes,
// TheFawkes_OM, TheFawkes_OMS) were read to settle the constants. Differences are listed in
// docs/agents/thefawkes.md.
//
// Opponent model: HardHeaded's frequency model with learning coefficient 0.8 and value step 1.
// Concession prediction: the opponent's offers, as utilities to itself, are put on a grid of
// time indices (one per round, or 100 per second on a clock); the series χ is smoothed by a
// discrete wavelet transformation (omac_forecast.hpp) and a least-squares line α through the
// trend extends it. E(t) = α(t)·(1 + sd(α/χ)) is the utility it expects to be offered at t.
// Reserved utility: R(t) = rv + (1 − t^(1/β))·(u_max·δ^ν − rv), β = 0.002, ν = 0.2.
// Target: over the next ten steps of the largest gap g between two opponent offers (g ≤ 0.1),
// the time t̂ where the discounted E exceeds the discounted R the most (optimistic); failing
// that the time where they are closest, kept only when E·δ^t / ρ > R·δ^t, ρ = 0.8
// (pessimistic). With a t̂ the target moves linearly from its previous bid towards E(t̂) at t̂;
// without one it is R(t).
// Bid: among its outcomes worth at least (1 − t/10 − s/(10·bids made))·target, the one the
// opponent model rates best; when its last ten bids were all worth the same to it, the second
// best, and s (from 1) grows by one. Opening bid: its best outcome.
// Acceptance: never below the mean utility of its outcomes; else an offer worth at least its
// next bid; else, from t ≥ 1 − g, an offer at least as good as every offer of the last 10·g.
#include <algorithm>
#include <cmath>
#include <deque>
#include <optional>

#include "../components.hpp"
#include "omac_forecast.hpp"
#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr double kBeta = 0.002, kRho = 0.8, kNu = 0.2;
constexpr double kLearn = 0.8, kValueStep = 1;
constexpr double kMaxGap = 0.1;                     // cap on the opponent's largest gap between offers
constexpr int kWindowSteps = 10;                    // prediction window and acceptance window, in gaps
constexpr std::size_t kSameBids = 10;               // own bids of one utility before the second best
constexpr std::size_t kCandidates = 5000;           // outcomes above the lower bound it rates
constexpr std::size_t kSearchedCandidates = 64;     // the same on a searched (unenumerated) space: one search each
constexpr std::size_t kMeanSamples = 20000;         // draws estimating the mean utility when not enumerated

class TheFawkes final : public Agent {
 public:
  explicit TheFawkes(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    const double d = view.discount_factor();
    discount_ = d > 0 && d <= 1 ? d : 1;
    const auto& deadline = view.deadline();
    grid_ = deadline.rounds > 0 ? deadline.rounds : std::max(1.0, 100 * deadline.seconds);
    model_ = components::frequency_model(kLearn, kValueStep);
    model_->begin(view.space());
    candidates_ = CandidateBuffer(view.space().issue_count(),
                                  index_->layout() == OfferIndex::Layout::additive_search ? kSearchedCandidates : kCandidates);
    mean_utility_ = mean_utility();
    received_.clear();
    max_gap_ = 0;
    line_.reset();
    spread_ = 0;
    own_bids_ = 0;
    last_own_.reset();
    last_ten_.clear();
    second_best_ = 1;
    target_ = index_->max_utility();
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const double next = next_bid(turn.t, offer);
    if (turn.standing_offer != nullptr && turn.standing_proposer != view_->self() && acceptable(turn, next))
      return ActionKind::accept;
    last_own_ = {turn.t, next};
    ++own_bids_;
    return ActionKind::offer;
  }

  const OpponentModel* opponent_model(std::size_t party) const override {
    if (!view_) return nullptr;
    const auto& others = view_->others();
    return std::find(others.begin(), others.end(), party) != others.end() ? model_.get() : nullptr;
  }

  void observe(const ObservedAction& action) override {
    if (action.kind != ActionKind::offer || action.offer == nullptr) return;
    if (!received_.empty()) max_gap_ = std::max(max_gap_, action.t - received_.back().first);
    received_.emplace_back(action.t, view_->utility(*action.offer));
    model_->observe(*action.offer, action.t);
    if (received_.size() >= 2) fit_forecast();
  }

  bool vote(const Outcome& draft, const Outcome& proposal, double, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, target_);
  }

  const std::string& spec() const override { return spec_; }

 private:
  double gap() const { return std::min(kMaxGap, max_gap_); }
  double discounted(double u, double t) const { return u * std::pow(discount_, t); }

  double reserved(double t) const {
    const double rv = view_->reservation_value();
    return rv + (1 - std::pow(t, 1 / kBeta)) * (index_->max_utility() * std::pow(discount_, kNu) - rv);
  }

  double expected(double t) const {
    if (!line_) return 0;
    const double k = std::floor(t * grid_);
    return (line_->first + line_->second * k) * (1 + spread_);
  }

  // The mean utility of its outcomes: exact over the index, else from uniform draws.
  double mean_utility() {
    double sum = 0;
    if (index_->entry_count() > 0) {
      for (std::size_t e = 0; e < index_->entry_count(); ++e) sum += index_->entry_utility(e);
      return sum / static_cast<double>(index_->entry_count());
    }
    const auto& space = view_->space();
    Outcome x(space.issue_count());
    for (std::size_t s = 0; s < kMeanSamples; ++s) {
      for (std::size_t i = 0; i < x.size(); ++i) x[i] = static_cast<std::uint32_t>(uniform_index(rng_, space.issue(i).size()));
      sum += view_->utility(x);
    }
    return sum / static_cast<double>(kMeanSamples);
  }

  // χ on the time grid (an index without an offer repeats the one before), its wavelet trend,
  // the least-squares line through the trend, and the spread of trend-line / χ.
  void fit_forecast() {
    const auto last = static_cast<std::size_t>(std::floor(received_.back().first * grid_));
    std::vector<double> chi(last + 1, -1);
    for (const auto& [t, u] : received_) {
      auto& slot = chi[std::min(last, static_cast<std::size_t>(std::floor(t * grid_)))];
      if (slot < 0) slot = u;  // the first offer in an index stands for it
    }
    double previous = received_.front().second;
    for (auto& c : chi) c = c < 0 ? previous : (previous = c);
    const auto trend = omac::wavelet_trend(chi);
    const auto n = static_cast<double>(trend.size());
    double sx = 0, sy = 0, sxx = 0, sxy = 0;
    for (std::size_t k = 0; k < trend.size(); ++k) {
      const auto x = static_cast<double>(k);
      sx += x, sy += trend[k], sxx += x * x, sxy += x * trend[k];
    }
    const double denominator = n * sxx - sx * sx;
    const double slope = denominator > 0 ? (n * sxy - sx * sy) / denominator : 0;
    line_ = {(sy - slope * sx) / n, slope};
    double mean = 0, square = 0;
    for (std::size_t k = 0; k < chi.size(); ++k) {
      const double fitted = line_->first + line_->second * static_cast<double>(k);
      const double ratio = chi[k] > 0 ? fitted / chi[k] : (fitted == 0 ? 1 : 0);
      mean += ratio, square += ratio * ratio;
    }
    mean /= static_cast<double>(chi.size());
    spread_ = std::sqrt(std::max(0.0, square / static_cast<double>(chi.size()) - mean * mean));
  }

  // The target of the file comment.
  double target(double now) const {
    const double g = gap();
    bool optimistic = false;
    double best_diff = 0, closest = INFINITY, t_hat = 0, u_hat = 0, t_close = 0, u_close = 0;
    for (int step = 0; step < kWindowSteps && g > 0; ++step) {
      const double t = now + step * g;
      if (t >= std::min(now + kWindowSteps * g, 1.0)) break;
      const double r = discounted(reserved(t), t), e = expected(t), de = discounted(e, t);
      const double diff = de - r;
      if (de >= r && diff > best_diff) optimistic = true, best_diff = diff, t_hat = t, u_hat = e;
      if (!optimistic && std::abs(diff) < closest) closest = std::abs(diff), t_close = t, u_close = e;
    }
    if (!optimistic) {
      const double xi = discounted(u_close, t_close) / kRho / discounted(reserved(t_close), t_close);
      if (!(xi > 1)) return reserved(now);
      t_hat = t_close, u_hat = u_close;
    }
    const auto [t_prev, u_prev] = *last_own_;  // next_bid() asks only after its opening bid
    if (t_prev == t_hat) return u_hat;
    return u_hat + (u_prev - u_hat) * (now - t_hat) / (t_prev - t_hat);
  }

  // Writes its next bid to `offer` and returns its utility.
  double next_bid(double now, Outcome& offer) {
    if (received_.size() < 2 || own_bids_ == 0) {
      previous_ = index_->best();
      std::copy(previous_.begin(), previous_.end(), offer.begin());
      return index_->max_utility();
    }
    target_ = target(now);
    const double lower = (1 - now / 10 - second_best_ / (static_cast<double>(own_bids_) * 10)) * target_;
    index_->sample_band(lower, index_->max_utility(), rng_, candidates_);
    if (candidates_.size() == 0) {  // nothing reaches the bound: its previous bid again
      std::copy(previous_.begin(), previous_.end(), offer.begin());
      return last_own_->second;
    }
    // Rated by the opponent model, ties to the better for itself.
    std::vector<std::size_t> order(candidates_.size());
    for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
    std::vector<double> rating(order.size());
    for (std::size_t k = 0; k < order.size(); ++k) rating[k] = model_->predict(candidates_.values(k));
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      return rating[a] != rating[b] ? rating[a] > rating[b] : candidates_.utility(a) > candidates_.utility(b);
    });
    std::size_t chosen = order.front();
    const double first = candidates_.utility(chosen);
    const bool same = std::all_of(last_ten_.begin(), last_ten_.end(), [&](double u) { return u == first; });
    if (same) {  // as the original, also before it has made ten bids
      ++second_best_;
      if (order.size() > 1) chosen = order[1];
    }
    const double u = candidates_.utility(chosen);
    last_ten_.push_back(u);
    if (last_ten_.size() > kSameBids) last_ten_.pop_front();
    candidates_.copy_to(chosen, previous_);
    std::copy(previous_.begin(), previous_.end(), offer.begin());
    return u;
  }

  bool acceptable(const TurnState& turn, double next) const {
    const double u = view_->utility(*turn.standing_offer);
    if (u < mean_utility_) return false;
    if (u >= next) return true;
    const double g = gap();
    if (turn.t < 1 - g) return false;
    double best = u;
    for (const auto& [t, v] : received_)
      if (t >= turn.t - kWindowSteps * g) best = std::max(best, v);
    return u >= best;
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  double discount_ = 1, grid_ = 1, mean_utility_ = 0;
  std::unique_ptr<OpponentModel> model_;
  CandidateBuffer candidates_;
  std::vector<std::pair<double, double>> received_;  // the opponents' offers: time, utility to it
  double max_gap_ = 0;
  std::optional<std::pair<double, double>> line_;    // α(k) = first + second·k
  double spread_ = 0;                                // sd of α/χ
  std::size_t own_bids_ = 0;
  std::optional<std::pair<double, double>> last_own_;  // time, utility of its last bid
  Outcome previous_;
  std::deque<double> last_ten_;
  double second_best_ = 1;
  double target_ = 1;
};

}  // namespace

AgentDefinition thefawkes_agent() {
  return {{"agent", "thefawkes",
           "TheFawkes (ANAC 2013 winner): predicts the opponent's concession (wavelet trend + line) and moves its target towards the best predicted offer above a steep reserved-utility curve; bids the outcome its frequency model rates best for the opponent above a lower bound; accepts an offer worth its next bid, or near the deadline the best of the recent offers, never below its mean utility",
           {},
           "TheFawkes, ANAC 2013 winner (GENIUS BOA agent); bidding after Chen, Weiss: An Efficient and Adaptive Approach to Negotiation in Complex Environments (ECAI 2012); acceptance after Baarslag, Hindriks, Jonker: Acceptance Conditions in Automated Negotiation"},
          [](const Params&, const std::string& spec) { return std::make_unique<TheFawkes>(spec); }};
}

}  // namespace parley::negotiation
