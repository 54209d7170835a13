#include "parley/negotiation/model_quality.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include <fmt/format.h>

#include "parley/model/error.hpp"
#include "parley/model/random.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::negotiation {

namespace {

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const auto n = static_cast<double>(x.size());
  double mx = 0, my = 0;
  for (std::size_t k = 0; k < x.size(); ++k) mx += x[k], my += y[k];
  mx /= n, my /= n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    sxy += (x[k] - mx) * (y[k] - my);
    sxx += (x[k] - mx) * (x[k] - mx);
    syy += (y[k] - my) * (y[k] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

// Ordered pairs (a, b) with y[b] clearly above y[a].
std::uint64_t ordered_pairs(std::vector<double> y) {
  std::sort(y.begin(), y.end());
  std::uint64_t pairs = 0;
  for (double v : y)
    pairs += static_cast<std::uint64_t>(y.end() - std::upper_bound(y.begin(), y.end(), v + tolerance::kUtilityTolerance));
  return pairs;
}

// The pairs on which "b is clearly worth more than a" holds for the truth but not the model or
// the other way round: |R| + |P| − 2|R ∩ P|, with R (P) the pairs ordered by the truth (model).
// |R ∩ P| by a sweep in falling true utility: every b clearly above the current a in truth is
// in a Fenwick tree over the model's order, which counts those clearly above a in the model
// too. O(n log n), so a session can afford thousands of outcomes; the result equals the
// pair-by-pair count (tests/negotiation/model_quality_test.cpp).
double ranking_distance(const std::vector<double>& real, const std::vector<double>& predicted) {
  const std::size_t n = real.size();
  std::vector<std::size_t> by_real(n), by_predicted(n), rank(n);
  std::iota(by_real.begin(), by_real.end(), 0);
  std::iota(by_predicted.begin(), by_predicted.end(), 0);
  std::sort(by_real.begin(), by_real.end(), [&](auto a, auto b) { return real[a] > real[b]; });
  std::sort(by_predicted.begin(), by_predicted.end(), [&](auto a, auto b) { return predicted[a] < predicted[b]; });
  std::vector<double> sorted_predicted(n);
  for (std::size_t k = 0; k < n; ++k) rank[by_predicted[k]] = k, sorted_predicted[k] = predicted[by_predicted[k]];
  std::vector<std::uint64_t> tree(n + 1, 0);  // Fenwick tree over model ranks, 1-based
  std::uint64_t inserted = 0, both = 0;
  std::size_t next = 0;  // by_real[0 .. next) are in the tree
  for (const std::size_t a : by_real) {
    for (; next < n && tolerance::clearly_greater(real[by_real[next]], real[a]); ++next, ++inserted)
      for (std::size_t k = rank[by_real[next]] + 1; k <= n; k += k & (~k + 1)) ++tree[k];
    // Inserted outcomes whose model rank is below the first rank clearly above a's prediction.
    const auto first_above = static_cast<std::size_t>(
        std::upper_bound(sorted_predicted.begin(), sorted_predicted.end(), predicted[a] + tolerance::kUtilityTolerance) -
        sorted_predicted.begin());
    std::uint64_t below = 0;
    for (std::size_t k = first_above; k > 0; k -= k & (~k + 1)) below += tree[k];
    both += inserted - below;
  }
  const std::uint64_t conflicts = ordered_pairs(real) + ordered_pairs(predicted) - 2 * both;
  const auto size = static_cast<double>(n);
  return static_cast<double>(conflicts) / (size * size);
}

}  // namespace

void check_model_quality(const ModelQualityConfig& config) {
  const auto bad = [](const std::string& problem) { throw InputError(SourceLocation{"", 0, "model-quality"}, problem); };
  if (config.limit < 2) bad(fmt::format("at least 2 outcomes must be evaluated, not {}", config.limit));
  for (std::size_t k = 0; k < config.times.size(); ++k) {
    const double t = config.times[k];
    if (!(t > 0 && t < 1)) bad(fmt::format("time {} is not inside (0, 1) (the end is always measured)", t));
    if (k > 0 && !(t > config.times[k - 1])) bad(fmt::format("times must ascend: {} follows {}", t, config.times[k - 1]));
  }
}

ModelQuality model_quality(const OutcomeSpace& space, const UtilityFunction& truth, const OpponentModel& model,
                           std::size_t limit, std::uint64_t seed) {
  ModelQuality quality;
  std::vector<double> real, predicted;
  const auto add = [&](const Outcome& outcome) {
    real.push_back(truth.utility(outcome));
    predicted.push_back(model.predict(outcome.data()));
  };
  if (space.enumerable(limit)) {
    const std::uint64_t count = space.cardinality().as_u64().value_or(0);
    for (std::uint64_t id = 0; id < count; ++id) add(space.from_id(id));
  } else {
    quality.sampled = true;
    RandomEngine rng(seed);
    Outcome outcome(space.issue_count());
    for (std::size_t k = 0; k < limit; ++k) {
      for (std::size_t i = 0; i < outcome.size(); ++i)
        outcome[i] = static_cast<std::uint32_t>(uniform_index(rng, space.issue(i).size()));
      add(outcome);
    }
  }
  quality.outcomes = real.size();
  if (real.empty()) return quality;
  quality.pearson = pearson(real, predicted);
  quality.ranking_distance = ranking_distance(real, predicted);
  return quality;
}

}  // namespace parley::negotiation
