// Bayesian opponent model after Hindriks and Tykhonov (2008), "Opponent modelling in automated
// multi-issue negotiation using Bayesian learning", in its scalable form: the hypothesis space
// is factorised per issue so that one update costs O(Σ_i hypotheses_i), never a pass over the
// outcome space.
//  * Weight hypotheses: per issue, its rank r ∈ {1..n} among the n issues, with the paper's
//    linear rank weights w(r) = 2r / (n(n+1)). An issue's expected weight is the posterior
//    mean of w(r); the expected weights are renormalised to sum to 1.
//  * Evaluation hypotheses: per issue, the paper's shapes over the value order — downhill
//    (1 at the first value, falling linearly to 0 at the last), uphill (the mirror) and one
//    triangle peaking at each interior value (0 at both ends). Categorical issues use the
//    order in which the domain lists their values, as GENIUS does.
//  * Likelihood on the whole bid: for a hypothesis h about issue i, the opponent's utility of
//    the bid b is computed with h for issue i and the current expectations for every other
//    issue; P(b | h) = exp(−(U_h(b) − û)² / 2σ²), where û is the utility the opponent is
//    expected to give its k-th distinct bid: it starts at 1 and concedes `step` per new bid
//    (GENIUS's 0.035), never below `floor` (default 0; GENIUS lets it go negative). Weights
//    are updated first, then evaluations.
//  * Repeated bids carry no new information and are not counted again: an opponent that
//    repeats one bid for the whole deadline is modelled exactly as after its first offer.
#include <algorithm>
#include <cmath>
#include <set>

#include "components.hpp"
#include "opponent_model_layout.hpp"

namespace parley::negotiation::components {
namespace {

class BayesianModel final : public OpponentModel {
 public:
  BayesianModel(double sigma, double step, double floor) : sigma_(sigma), step_(step), floor_(floor) {}

  void begin(const OutcomeSpace& space) override {
    layout_.build(space);
    const std::size_t n = layout_.issues();
    rank_weight_.resize(n);
    for (std::size_t r = 0; r < n; ++r) rank_weight_[r] = 2.0 * static_cast<double>(r + 1) / static_cast<double>(n * (n + 1));
    rank_posterior_.assign(n * n, 1.0 / static_cast<double>(std::max<std::size_t>(1, n)));
    shape_offset_.assign(n + 1, 0);
    for (std::size_t i = 0; i < n; ++i) shape_offset_[i + 1] = shape_offset_[i] + shape_count(layout_.values(i));
    shape_posterior_.assign(shape_offset_.back(), 0.0);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t h = 0; h < shapes(i); ++h) shape_posterior_[shape_offset_[i] + h] = 1.0 / static_cast<double>(shapes(i));
    weights_.assign(n, 1.0 / static_cast<double>(std::max<std::size_t>(1, n)));
    evaluation_.assign(layout_.total(), 0.0);
    for (std::size_t i = 0; i < n; ++i) refresh_evaluations(i);
    likelihood_.clear();
    seen_.clear();
    expected_ = 1;
  }

  void observe(const Outcome& offer, double) override {
    if (!seen_.insert(offer).second) return;  // a repeated bid: nothing new to learn
    const std::size_t n = layout_.issues();
    if (seen_.size() > 1) expected_ = std::max(floor_, expected_ - step_);
    // Weights: each issue's rank hypotheses, the other issues at their expectations.
    double total_weight = 0, total_utility = 0;
    for (std::size_t i = 0; i < n; ++i) {
      total_weight += weights_[i];
      total_utility += weights_[i] * eval(i, offer[i]);
    }
    for (std::size_t i = 0; i < n; ++i) {
      const double rest_weight = total_weight - weights_[i], rest_utility = total_utility - weights_[i] * eval(i, offer[i]);
      likelihood_.resize(n);
      for (std::size_t r = 0; r < n; ++r) {
        const double u = (rest_utility + rank_weight_[r] * eval(i, offer[i])) / (rest_weight + rank_weight_[r]);
        likelihood_[r] = gaussian(u);
      }
      update(rank_posterior_.data() + i * n, n);
    }
    for (std::size_t i = 0; i < n; ++i) {
      weights_[i] = 0;
      for (std::size_t r = 0; r < n; ++r) weights_[i] += rank_posterior_[i * n + r] * rank_weight_[r];
    }
    normalise_weights();
    // Evaluations: each issue's shape hypotheses, with the updated weights.
    total_utility = 0;
    for (std::size_t i = 0; i < n; ++i) total_utility += weights_[i] * eval(i, offer[i]);
    for (std::size_t i = 0; i < n; ++i) {
      const double rest = total_utility - weights_[i] * eval(i, offer[i]);
      const std::size_t m = layout_.values(i);
      likelihood_.resize(shapes(i));
      for (std::size_t h = 0; h < shapes(i); ++h) likelihood_[h] = gaussian(rest + weights_[i] * shape_value(h, offer[i], m));
      update(shape_posterior_.data() + shape_offset_[i], shapes(i));
    }
    for (std::size_t i = 0; i < n; ++i) refresh_evaluations(i);
  }

  double predict(const std::uint32_t* values) const override {
    double sum = 0;
    for (std::size_t i = 0; i < layout_.issues(); ++i) sum += weights_[i] * eval(i, values[i]);
    return sum;
  }

 private:
  // downhill, uphill and one triangle per interior value; a single-valued issue has one.
  static std::size_t shape_count(std::size_t m) { return m <= 1 ? 1 : m; }
  std::size_t shapes(std::size_t i) const { return shape_offset_[i + 1] - shape_offset_[i]; }

  // Evaluation of value v (of m) under shape h: h = 0 downhill, h = m − 1 uphill, else the
  // triangle peaking at value h.
  static double shape_value(std::size_t h, std::size_t v, std::size_t m) {
    if (m <= 1) return 1;
    const double x = static_cast<double>(v), last = static_cast<double>(m - 1), peak = static_cast<double>(h);
    if (h == 0) return 1 - x / last;
    if (h == m - 1) return x / last;
    return x <= peak ? x / peak : (last - x) / (last - peak);
  }

  double eval(std::size_t i, std::size_t v) const { return evaluation_[layout_.offset[i] + v]; }

  double gaussian(double u) const {
    const double gap = u - expected_;
    return std::exp(-gap * gap / (2 * sigma_ * sigma_));
  }

  // posterior ← posterior · likelihood, renormalised. Likelihoods are scaled by their maximum
  // first, so a bid far from every hypothesis cannot underflow the posterior to zero.
  void update(double* posterior, std::size_t count) {
    const double top = *std::max_element(likelihood_.begin(), likelihood_.begin() + static_cast<std::ptrdiff_t>(count));
    if (!(top > 0)) return;
    double total = 0;
    for (std::size_t h = 0; h < count; ++h) total += posterior[h] *= likelihood_[h] / top;
    if (!(total > 0)) return;
    for (std::size_t h = 0; h < count; ++h) posterior[h] /= total;
  }

  void normalise_weights() {
    double total = 0;
    for (double w : weights_) total += w;
    for (auto& w : weights_) w /= total;
  }

  void refresh_evaluations(std::size_t i) {
    const std::size_t m = layout_.values(i);
    for (std::size_t v = 0; v < m; ++v) {
      double e = 0;
      for (std::size_t h = 0; h < shapes(i); ++h) e += shape_posterior_[shape_offset_[i] + h] * shape_value(h, v, m);
      evaluation_[layout_.offset[i] + v] = e;
    }
  }

  double sigma_, step_, floor_;
  FlatLayout layout_;
  std::vector<double> rank_weight_;      // w(r) for r = 1..n
  std::vector<double> rank_posterior_;   // [issue][rank]
  std::vector<std::size_t> shape_offset_;
  std::vector<double> shape_posterior_;  // [issue][shape], flat
  std::vector<double> weights_, evaluation_, likelihood_;
  std::set<Outcome> seen_;
  double expected_ = 1;
};

}  // namespace

std::unique_ptr<OpponentModel> bayesian_model(double sigma, double step, double floor) {
  return std::make_unique<BayesianModel>(sigma, step, floor);
}

}  // namespace parley::negotiation::components
