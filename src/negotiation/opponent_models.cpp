// Opponent models: what an agent believes the opponent's utility of an outcome is, learnt only
// from the opponent's offers. Both keep flat per-(issue, value) tables so that predict() is a
// weighted sum of lookups, like an additive utility.
//  * frequency (HardHeaded, ANAC 2011): an issue whose value the opponent keeps unchanged
//    between consecutive offers gains weight (learning rate × (1 − t)); a value's evaluation is
//    how often it was offered relative to the most offered value of that issue.
//  * bayesian (after Hindriks and Tykhonov 2008, per-issue hypotheses to stay scalable): for
//    each issue the hypotheses are "the opponent's favourite value is j" with an evaluation
//    falling linearly with the distance from j (ordered issues) or flat 0.4 for the others
//    (categorical). The opponent is assumed to aim at 1 − t/2 at time t; each offer updates the
//    posterior of every issue with a Gaussian likelihood (σ) of the offered value's evaluation
//    around that aim. An issue's weight grows with how sharply its posterior has settled.
#include <algorithm>
#include <cmath>
#include <numeric>

#include "components.hpp"

namespace parley::negotiation::components {
namespace {

constexpr std::size_t kMaxHypotheses = 32;  // favourite-value hypotheses per issue (Bayesian)

// Offsets of each issue's values in flat per-(issue, value) tables.
struct FlatLayout {
  std::vector<std::size_t> offset;  // issue -> first slot; offset.back() = total
  void build(const OutcomeSpace& space) {
    offset.assign(space.issue_count() + 1, 0);
    for (std::size_t i = 0; i < space.issue_count(); ++i) offset[i + 1] = offset[i] + space.issue(i).size();
  }
  std::size_t issues() const { return offset.size() - 1; }
  std::size_t values(std::size_t i) const { return offset[i + 1] - offset[i]; }
};

double weighted_sum(const FlatLayout& layout, const std::vector<double>& weights, const std::vector<double>& evaluation,
                    const std::uint32_t* values) {
  double sum = 0;
  for (std::size_t i = 0; i < layout.issues(); ++i) sum += weights[i] * evaluation[layout.offset[i] + values[i]];
  return sum;
}

class FrequencyModel final : public OpponentModel {
 public:
  explicit FrequencyModel(double learning_rate) : learning_rate_(learning_rate) {}

  void begin(const OutcomeSpace& space) override {
    layout_.build(space);
    weights_.assign(layout_.issues(), 1.0 / static_cast<double>(std::max<std::size_t>(1, layout_.issues())));
    counts_.assign(layout_.offset.back(), 0.0);
    evaluation_.assign(layout_.offset.back(), 1.0);  // no information yet: everything equal
    previous_.assign(layout_.issues(), 0);
    has_previous_ = false;
  }

  void observe(const Outcome& offer, double t) override {
    if (has_previous_) {
      double total = 0;
      for (std::size_t i = 0; i < layout_.issues(); ++i) {
        if (offer[i] == previous_[i]) weights_[i] += learning_rate_ * (1 - t);
        total += weights_[i];
      }
      for (auto& w : weights_) w /= total;
    }
    for (std::size_t i = 0; i < layout_.issues(); ++i) {
      counts_[layout_.offset[i] + offer[i]] += 1;
      const auto first = counts_.begin() + static_cast<std::ptrdiff_t>(layout_.offset[i]);
      const auto last = counts_.begin() + static_cast<std::ptrdiff_t>(layout_.offset[i + 1]);
      const double most = *std::max_element(first, last);
      for (std::size_t s = layout_.offset[i]; s < layout_.offset[i + 1]; ++s) evaluation_[s] = counts_[s] / most;
    }
    std::copy(offer.begin(), offer.end(), previous_.begin());
    has_previous_ = true;
  }

  double predict(const std::uint32_t* values) const override {
    return weighted_sum(layout_, weights_, evaluation_, values);
  }

 private:
  double learning_rate_;
  FlatLayout layout_;
  std::vector<double> weights_, counts_, evaluation_;
  Outcome previous_;
  bool has_previous_ = false;
};

class BayesianModel final : public OpponentModel {
 public:
  explicit BayesianModel(double sigma) : sigma_(sigma) {}

  void begin(const OutcomeSpace& space) override {
    layout_.build(space);
    const std::size_t issues = layout_.issues();
    hypothesis_offset_.assign(issues + 1, 0);
    for (std::size_t i = 0; i < issues; ++i)
      hypothesis_offset_[i + 1] = hypothesis_offset_[i] + std::min(layout_.values(i), kMaxHypotheses);
    // hypothesis_eval_[h * values + v] would be large for wide issues; store per issue.
    shape_.assign(issues, {});
    posterior_.assign(hypothesis_offset_.back(), 0.0);
    for (std::size_t i = 0; i < issues; ++i) {
      const std::size_t m = layout_.values(i), h_count = hypotheses(i);
      const bool ordered = space.issue(i).kind() != IssueKind::categorical;
      shape_[i].resize(h_count * m);
      for (std::size_t h = 0; h < h_count; ++h) {
        const std::size_t favourite = h_count == 1 ? 0 : h * (m - 1) / (h_count - 1);
        for (std::size_t v = 0; v < m; ++v) {
          const double distance = std::abs(static_cast<double>(v) - static_cast<double>(favourite));
          shape_[i][h * m + v] = v == favourite ? 1.0
                                 : ordered     ? 1.0 - distance / static_cast<double>(std::max<std::size_t>(1, m - 1))
                                               : 0.4;
        }
        posterior_[hypothesis_offset_[i] + h] = 1.0 / static_cast<double>(h_count);
      }
    }
    weights_.assign(issues, 1.0 / static_cast<double>(std::max<std::size_t>(1, issues)));
    evaluation_.assign(layout_.offset.back(), 0.0);
    refresh();
  }

  void observe(const Outcome& offer, double t) override {
    const double aim = 1 - 0.5 * std::clamp(t, 0.0, 1.0);
    for (std::size_t i = 0; i < layout_.issues(); ++i) {
      const std::size_t m = layout_.values(i);
      double total = 0;
      for (std::size_t h = 0; h < hypotheses(i); ++h) {
        const double gap = shape_[i][h * m + offer[i]] - aim;
        double& p = posterior_[hypothesis_offset_[i] + h];
        p = std::max(1e-9, p * std::exp(-gap * gap / (2 * sigma_ * sigma_)));
        total += p;
      }
      for (std::size_t h = 0; h < hypotheses(i); ++h) posterior_[hypothesis_offset_[i] + h] /= total;
    }
    refresh();
  }

  double predict(const std::uint32_t* values) const override {
    return weighted_sum(layout_, weights_, evaluation_, values);
  }

 private:
  std::size_t hypotheses(std::size_t i) const { return hypothesis_offset_[i + 1] - hypothesis_offset_[i]; }

  // Expected evaluation per value under the posterior; weights from posterior sharpness.
  void refresh() {
    double weight_total = 0;
    for (std::size_t i = 0; i < layout_.issues(); ++i) {
      const std::size_t m = layout_.values(i), h_count = hypotheses(i);
      double sharpest = 0;
      for (std::size_t v = 0; v < m; ++v) evaluation_[layout_.offset[i] + v] = 0;
      for (std::size_t h = 0; h < h_count; ++h) {
        const double p = posterior_[hypothesis_offset_[i] + h];
        sharpest = std::max(sharpest, p);
        for (std::size_t v = 0; v < m; ++v) evaluation_[layout_.offset[i] + v] += p * shape_[i][h * m + v];
      }
      weights_[i] = sharpest - 1.0 / static_cast<double>(h_count) + 1e-3;
      weight_total += weights_[i];
    }
    for (auto& w : weights_) w /= weight_total;
  }

  double sigma_;
  FlatLayout layout_;
  std::vector<std::size_t> hypothesis_offset_;
  std::vector<std::vector<double>> shape_;  // per issue: [hypothesis][value]
  std::vector<double> posterior_, weights_, evaluation_;
};

}  // namespace

std::unique_ptr<OpponentModel> frequency_model(double learning_rate) {
  return std::make_unique<FrequencyModel>(learning_rate);
}
std::unique_ptr<OpponentModel> bayesian_model(double sigma) { return std::make_unique<BayesianModel>(sigma); }

}  // namespace parley::negotiation::components
