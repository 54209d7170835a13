// Test oracle for the analysis module: everything by plain enumeration of the outcome space,
// written independently of src/analysis (no keys, no merging, no search): every outcome's
// utilities via UtilityFunction, Pareto optimality by exact pairwise dominance (transitive, so
// every outcome is weakly dominated by an oracle frontier vector); the tolerance is applied only
// when checking that a computed frontier covers the oracle's.
#pragma once

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <vector>

#include <gtest/gtest.h>

#include "parley/analysis/pareto_frontier.hpp"

namespace parley::analysis::test {

struct EnumeratedSpace {
  std::vector<Outcome> outcomes;
  std::vector<std::vector<double>> utilities;
};

inline EnumeratedSpace enumerate_space(const Scenario& scenario) {
  EnumeratedSpace all;
  const auto count = *scenario.space.cardinality().as_u64();
  for (std::uint64_t id = 0; id < count; ++id) {
    all.outcomes.push_back(scenario.space.from_id(id));
    all.utilities.push_back(utilities_of(scenario, all.outcomes.back()));
  }
  return all;
}

// p dominates q exactly: at least as good for everybody, better for one.
inline bool dominates(const std::vector<double>& p, const std::vector<double>& q) {
  bool strictly = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] < q[i]) return false;
    strictly = strictly || p[i] > q[i];
  }
  return strictly;
}

// p dominates q beyond floating-point rounding noise (2^-40 ≈ 9.1e-13, the policy's noise
// floor): at least as good for everybody up to the noise, better than the noise for one. The
// criterion for "q is a Pareto-optimal outcome" when checking definitions (kalai, welfare, …).
inline bool dominates_beyond_noise(const std::vector<double>& p, const std::vector<double>& q) {
  constexpr double kNoiseFloor = 0x1p-40;
  bool strictly = false;
  for (std::size_t i = 0; i < p.size(); ++i) {
    if (p[i] < q[i] - kNoiseFloor) return false;
    strictly = strictly || p[i] > q[i] + kNoiseFloor;
  }
  return strictly;
}

// Utility vectors of the Pareto-optimal outcomes (with duplicates), by exact pairwise dominance.
// Candidates are tried in order of decreasing welfare so dominated points are rejected quickly.
inline std::vector<std::vector<double>> brute_force_frontier(const EnumeratedSpace& all) {
  std::vector<std::size_t> order(all.utilities.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  const auto welfare = [&](std::size_t k) { return std::accumulate(all.utilities[k].begin(), all.utilities[k].end(), 0.0); };
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return welfare(a) > welfare(b); });
  std::vector<std::vector<double>> frontier;
  for (auto q : order) {
    bool dominated = false;
    for (auto p : order)
      if (dominates(all.utilities[p], all.utilities[q])) {
        dominated = true;
        break;
      }
    if (!dominated) frontier.push_back(all.utilities[q]);
  }
  return frontier;
}

inline bool close(std::span<const double> a, const std::vector<double>& b, double tolerance) {
  for (std::size_t i = 0; i < b.size(); ++i)
    if (std::abs(a[i] - b[i]) > tolerance) return false;
  return true;
}

// What an exact frontier at tie resolution ε (1e-9) guarantees, checked against the oracle:
//  * complete: every oracle frontier vector u has a frontier point f with f_i ≥ u_i − ε for all i;
//  * sound: no outcome p dominates a frontier point q exactly and clearly (p_i ≥ q_i for all i
//    and p_j > q_j + ε for some j) — only a near-duplicate merged into q may beat it by ≤ ε;
//  * each point's utilities are those of its outcome, and no two points tie.
inline void expect_same_frontier(const Scenario& scenario, const ParetoFrontier& frontier, const EnumeratedSpace& all) {
  constexpr double kResolution = 1e-9, kNoise = 1e-12;
  ASSERT_TRUE(frontier.computed()) << frontier.reason;
  // Coverage: exact dominance is transitive, so covering every oracle frontier vector covers
  // every outcome; the tolerance enters only here (near-duplicates are one frontier point).
  for (const auto& u : brute_force_frontier(all)) {
    bool covered = false;
    for (std::size_t k = 0; k < frontier.size() && !covered; ++k) {
      const auto f = frontier.utilities(k);
      covered = true;
      for (std::size_t i = 0; i < u.size(); ++i) covered = covered && f[i] >= u[i] - kResolution - kNoise;
    }
    EXPECT_TRUE(covered) << "an oracle frontier point is missing from the frontier of " << scenario.name;
  }
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    const auto q = frontier.utilities(k);
    for (const auto& p : all.utilities) {
      bool at_least = true, clearly = false;
      for (std::size_t i = 0; i < p.size(); ++i) {
        at_least = at_least && p[i] >= q[i];
        clearly = clearly || p[i] > q[i] + kResolution + kNoise;
      }
      EXPECT_FALSE(at_least && clearly) << "frontier point " << k << " is dominated in " << scenario.name;
    }
    const auto recomputed = utilities_of(scenario, frontier.outcome(k));
    EXPECT_TRUE(close(q, recomputed, kNoise)) << "utilities do not match the outcome";
    for (std::size_t j = 0; j < k; ++j)
      EXPECT_FALSE(close(q, std::vector<double>(frontier.utilities(j).begin(), frontier.utilities(j).end()), kNoise))
          << "points " << j << " and " << k << " tie in " << scenario.name;
  }
}

}  // namespace parley::analysis::test
