// IAMhaggler2011 — 3rd at ANAC 2011 (C. R. Williams, V. Robu, E. H. Gerding, N. R. Jennings,
// "Using Gaussian Processes to Optimise Concession in Complex Negotiations against Unknown
// Opponents", IJCAI 2011; the ANAC 2011 agent chapter "IAMhaggler2011: A Gaussian Process
// Regression Based Negotiation Agent", Springer 2013), implemented from those descriptions;
// GENIUS's agents.anac.y2011.IAMhaggler2011 was read to settle constants. Differences:
// docs/agents/iamhaggler2011.md.
//
// The session is cut into 36 time slots. The best utility (for itself) the opponent offered in
// each finished slot is a training point; a Gaussian process (Matérn-3/2 covariance plus noise,
// hyperparameters averaged over a grid of their priors, Bayesian-Monte-Carlo style) fitted to
// those points, minus the line from the first slot's value to 0.9, predicts the opponent's
// future concession as a mean and variance at 101 times. For every future time and 100
// utility levels it computes the probability that the opponent will offer at least that
// utility, weights the level's risk-adjusted, discounted value (u^3 · d^t) by it, picks the
// time with the highest expected value and, at that time, the utility with the highest
// cumulative expected value, and moves its target linearly from the last target towards
// that (time, utility). Its bid: the best bid the opponent ever made once the target falls
// to it, else a random bid within 0.025 of the target. In the first slot its target is 1 − t/2.
// Acceptance (the Southampton agents' rule): an offer worth, times 1.02, at least its last bid,
// or at least 0.9, or at least the bid it is about to make.
#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

#include "parley/model/random.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "registry.hpp"

namespace parley::negotiation {
namespace {

constexpr int kSlots = 36;
constexpr int kTimeSamples = 101;      // t = 0, 0.01, ..., 1
constexpr int kUtilitySamples = 100;   // u_i = 1 − (i + 0.5)/101
constexpr double kRisk = 3.0;
constexpr double kAcceptMultiplier = 1.02;
constexpr double kMaximumAspiration = 0.9;
constexpr double kBidBand = 0.025;

// Gaussian-process regression with a Matérn-3/2 + noise covariance, averaged over a grid of
// hyperparameters weighted by prior × marginal likelihood.
class ConcessionRegression {
 public:
  // Predicts mean and variance at t_j = j/100, j >= first, from training points (x, y); the
  // entries before `first` (past times, which the agent never reads again) are left as zero.
  void fit(const std::vector<double>& x, const std::vector<double>& y, int first, std::array<double, kTimeSamples>& mean,
           std::array<double, kTimeSamples>& variance) const {
    const std::size_t n = x.size();
    struct Fit {
      double log_weight;
      std::array<double, kTimeSamples> mean, variance;
    };
    std::vector<Fit> fits;
    // Priors (log-normal): length scale around 0.252, signal around 0.166, both with log-sd 0.5;
    // noise 0.01. The grid spans ±2 log-sd in 11 steps, as many samples as the original.
    for (int a = 0; a < 11; ++a)
      for (int b = 0; b < 11; ++b) {
        const double za = -2 + 0.4 * a, zb = -2 + 0.4 * b;
        const double length = 0.252 * std::exp(0.5 * za), signal = 0.166 * std::exp(0.5 * zb), noise = 0.01;
        Fit fit{-0.5 * (za * za + zb * zb), {}, {}};
        std::vector<double> k(n * n), chol(n * n, 0.0), alpha(n);
        for (std::size_t i = 0; i < n; ++i)
          for (std::size_t j = 0; j < n; ++j) k[i * n + j] = cov(x[i], x[j], length, signal) + (i == j ? noise * noise : 0);
        if (!cholesky(k, chol, n)) continue;
        // alpha = K^-1 y; log p(y) = −½ yᵀα − Σ log L_ii − n/2 log 2π
        solve(chol, n, y, alpha);
        double fit_term = 0, log_det = 0;
        for (std::size_t i = 0; i < n; ++i) fit_term += y[i] * alpha[i], log_det += std::log(chol[i * n + i]);
        fit.log_weight += -0.5 * fit_term - log_det;
        std::vector<double> ks(n), v(n);
        for (int j = first; j < kTimeSamples; ++j) {
          const double t = j / 100.0;
          for (std::size_t i = 0; i < n; ++i) ks[i] = cov(t, x[i], length, signal);
          double mu = 0;
          for (std::size_t i = 0; i < n; ++i) mu += ks[i] * alpha[i];
          forward(chol, n, ks, v);
          double reduce = 0;
          for (double e : v) reduce += e * e;
          fit.mean[static_cast<std::size_t>(j)] = mu;
          fit.variance[static_cast<std::size_t>(j)] = std::max(1e-12, signal * signal + noise * noise - reduce);
        }
        fits.push_back(fit);
      }
    double top = -1e300;
    for (const auto& f : fits) top = std::max(top, f.log_weight);
    double total = 0;
    for (const auto& f : fits) total += std::exp(f.log_weight - top);
    mean.fill(0);
    variance.fill(0);
    for (const auto& f : fits) {
      const double w = std::exp(f.log_weight - top) / total;
      for (int j = 0; j < kTimeSamples; ++j) {
        const auto s = static_cast<std::size_t>(j);
        mean[s] += w * f.mean[s];
        variance[s] += w * (f.variance[s] + f.mean[s] * f.mean[s]);
      }
    }
    for (int j = 0; j < kTimeSamples; ++j) {
      const auto s = static_cast<std::size_t>(j);
      variance[s] = std::max(1e-12, variance[s] - mean[s] * mean[s]);
    }
  }

 private:
  static double cov(double a, double b, double length, double signal) {
    const double r = std::sqrt(3.0) * std::abs(a - b) / length;
    return signal * signal * (1 + r) * std::exp(-r);
  }
  static bool cholesky(const std::vector<double>& k, std::vector<double>& l, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j <= i; ++j) {
        double sum = k[i * n + j];
        for (std::size_t m = 0; m < j; ++m) sum -= l[i * n + m] * l[j * n + m];
        if (i == j) {
          if (!(sum > 0)) return false;
          l[i * n + i] = std::sqrt(sum);
        } else {
          l[i * n + j] = sum / l[j * n + j];
        }
      }
    return true;
  }
  static void forward(const std::vector<double>& l, std::size_t n, const std::vector<double>& b, std::vector<double>& out) {
    for (std::size_t i = 0; i < n; ++i) {
      double sum = b[i];
      for (std::size_t m = 0; m < i; ++m) sum -= l[i * n + m] * out[m];
      out[i] = sum / l[i * n + i];
    }
  }
  static void solve(const std::vector<double>& l, std::size_t n, const std::vector<double>& b, std::vector<double>& out) {
    std::vector<double> z(n);
    forward(l, n, b, z);
    for (std::size_t i = n; i-- > 0;) {
      double sum = z[i];
      for (std::size_t m = i + 1; m < n; ++m) sum -= l[m * n + i] * out[m];
      out[i] = sum / l[i * n + i];
    }
  }
};

double upper_tail(double u, double m, double s) { return 1 - 0.5 * (1 + std::erf((u - m) / s)); }

class IAMhaggler2011 final : public Agent {
 public:
  explicit IAMhaggler2011(std::string spec) : spec_(std::move(spec)) {}

  void begin(const NegotiatorView& view) override {
    view_.emplace(view);
    index_ = &view_->index();
    rng_.seed(view.seed());
    const double d = view.discount_factor() > 0 && view.discount_factor() <= 1 ? view.discount_factor() : 1;
    for (int i = 0; i < kUtilitySamples; ++i) utility_samples_[static_cast<std::size_t>(i)] = 1.0 - (i + 0.5) / (kUtilitySamples + 1.0);
    for (int j = 0; j < kTimeSamples; ++j) discount_[static_cast<std::size_t>(j)] = std::pow(d, j / 100.0);
    slot_times_.clear();
    slot_best_.clear();
    last_slot_ = -1;
    slot_max_ = 0;
    have_prediction_ = false;
    last_target_time_ = 0;
    last_target_ = 1;
    previous_target_ = 1;
    best_received_ = 0;
    best_bid_.clear();
    last_bid_utility_.reset();
  }

  ActionKind act(const TurnState& turn, Outcome& offer) override {
    const bool has_offer = turn.standing_offer != nullptr && turn.standing_proposer != view_->self();
    if (!last_bid_utility_ || !has_offer) {  // its first move: its best bid
      const Outcome& best = index_->best();
      std::copy(best.begin(), best.end(), offer.begin());
      last_bid_utility_ = index_->max_utility();
      return ActionKind::offer;
    }
    const double x = view_->utility(*turn.standing_offer);
    if (x * kAcceptMultiplier >= *last_bid_utility_ || x * kAcceptMultiplier >= kMaximumAspiration) return ActionKind::accept;
    const double planned = next_bid(*turn.standing_offer, x, turn.t, offer);
    if (x * kAcceptMultiplier >= planned) return ActionKind::accept;
    last_bid_utility_ = planned;
    return ActionKind::offer;
  }

  void observe(const ObservedAction&) override {}

  bool vote(const Outcome& draft, const Outcome& proposal, double, VoteRule rule) override {
    return vote_by_aspiration(*view_, draft, proposal, rule, previous_target_);
  }

  const std::string& spec() const override { return spec_; }

 private:
  double next_bid(const Outcome& opponent_bid, double x, double t, Outcome& offer) {
    if (x > best_received_) best_received_ = x, best_bid_ = opponent_bid;
    const double target = target_at(x, t);
    if (target <= best_received_ && previous_target_ > best_received_) {
      std::copy(best_bid_.begin(), best_bid_.end(), offer.begin());
      return best_received_;
    }
    previous_target_ = target;
    return index_->random_in(target - kBidBand, target + kBidBand, rng_, offer);
  }

  // Expected (risk-adjusted, discounted) value of agreeing at each time sample and utility
  // level under the current prediction. It changes only when the prediction does (once per
  // time slot), so it is computed then and each round only scans the 101 cached time sums.
  void evaluate_grid(int first) {
    const double interval = 1.0 / kUtilitySamples;
    for (int j = first; j < kTimeSamples; ++j) {
      const auto s = static_cast<std::size_t>(j);
      const double m = mean_[s], sd = std::sqrt(2 * variance_[s]);
      const double low = upper_tail(utility_samples_[0] + interval / 2, m, sd);
      const double high = upper_tail(utility_samples_[kUtilitySamples - 1] - interval / 2, m, sd);
      const double span = high - low;
      double sum = 0, best_value = 0;
      int best_row = 0;
      for (int i = 0; i < kUtilitySamples; ++i) {
        const auto r = static_cast<std::size_t>(i);
        const double u = utility_samples_[r];
        const double value = std::pow(u, kRisk) * discount_[s];
        const double p = span != 0 ? (upper_tail(u - interval / 2, m, sd) - upper_tail(u + interval / 2, m, sd)) / span : 0;
        sum += p * value;
        const double cumulative = (span != 0 ? (upper_tail(u, m, sd) - low) / span : 0) * value;
        if (cumulative > best_value) best_value = cumulative, best_row = i;
      }
      expected_[s] = sum;
      best_row_[s] = best_row;
    }
  }

  double target_at(double x, double t) {
    const int slot = static_cast<int>(std::floor(t * kSlots));
    bool update = last_slot_ == -1;
    if (slot != last_slot_) {
      if (last_slot_ != -1) {
        slot_times_.push_back((last_slot_ + 0.5) / kSlots);
        slot_best_.push_back(slot_max_);
        update = true;
      }
      last_slot_ = slot;
      slot_max_ = 0;
    }
    slot_max_ = std::max(slot_max_, x);
    if (slot == 0 || slot_best_.empty()) return 1.0 - t / 2.0;
    int first = 0;  // the first future time sample
    while (first < kTimeSamples && first / 100.0 <= t) ++first;
    if (update) {
      const double intercept = slot_best_.front(), gradient = 0.9 - intercept;
      std::vector<double> y(slot_best_.size());
      for (std::size_t k = 0; k < y.size(); ++k) y[k] = slot_best_[k] - (intercept + gradient * slot_times_[k]);
      regression_.fit(slot_times_, y, first, mean_, variance_);
      for (int j = first; j < kTimeSamples; ++j) mean_[static_cast<std::size_t>(j)] += intercept + gradient * (j / 100.0);
      have_prediction_ = true;
      evaluate_grid(first);
    }
    // Among the future time samples, the time with the highest expected value (the last of
    // equals, as the original's scan) and its best utility row.
    int best_time = first, best_row = 0;
    double best_sum = 0;
    for (int j = first; j < kTimeSamples; ++j) {
      const auto s = static_cast<std::size_t>(j);
      if (expected_[s] >= best_sum) best_sum = expected_[s], best_time = j, best_row = best_row_[s];
    }
    const double when = std::min(best_time, kTimeSamples - 1) / 100.0, what = utility_samples_[static_cast<std::size_t>(best_row)];
    const double target = when > last_target_time_
                              ? last_target_ + (t - last_target_time_) * (what - last_target_) / (when - last_target_time_)
                              : what;
    last_target_ = target;
    last_target_time_ = t;
    return target;
  }

  std::string spec_;
  std::optional<NegotiatorView> view_;
  const OfferIndex* index_ = nullptr;
  RandomEngine rng_;
  ConcessionRegression regression_;
  std::array<double, kUtilitySamples> utility_samples_{};
  std::array<double, kTimeSamples> discount_{}, mean_{}, variance_{}, expected_{};
  std::array<int, kTimeSamples> best_row_{};
  std::vector<double> slot_times_, slot_best_;
  int last_slot_ = -1;
  double slot_max_ = 0;
  bool have_prediction_ = false;
  double last_target_time_ = 0, last_target_ = 1, previous_target_ = 1, best_received_ = 0;
  Outcome best_bid_;
  std::optional<double> last_bid_utility_;
};

}  // namespace

AgentDefinition iamhaggler2011_agent() {
  return {{"agent", "iamhaggler2011",
           "IAMhaggler2011 (ANAC 2011, 3rd): Gaussian-process regression of the opponent's concession over 36 time slots; concedes towards the time and utility that maximise the expected discounted, risk-adjusted utility",
           {},
           "Williams, Robu, Gerding, Jennings: Using Gaussian Processes to Optimise Concession in Complex Negotiations against Unknown Opponents (IJCAI 2011); IAMhaggler2011, Complex Automated Negotiations (Springer 2013); ANAC 2011"},
          [](const Params&, const std::string& spec) { return std::make_unique<IAMhaggler2011>(spec); }};
}

}  // namespace parley::negotiation
