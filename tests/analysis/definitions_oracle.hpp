// Test oracle: every result of analyze() against its definition (docs/algorithms/analysis.md)
// evaluated by brute force over all outcomes — reference points, ZOPA count, opposition, and
// each party's best and worst outcome.
#pragma once

#include <cmath>
#include <functional>
#include <optional>

#include <gtest/gtest.h>

#include "analysis/brute_force_oracle.hpp"
#include "parley/analysis/analyze.hpp"

namespace parley::analysis::test {


inline bool rational(const Scenario& scenario, const std::vector<double>& u) {
  for (std::size_t p = 0; p < u.size(); ++p)
    if (u[p] < scenario.parties[p].reservation_value - 1e-9) return false;
  return true;
}

inline bool pareto_optimal(const EnumeratedSpace& all, const std::vector<double>& u) {
  for (const auto& other : all.utilities)
    if (test::dominates_beyond_noise(other, u)) return false;
  return true;
}

// Best criterion value over the outcomes passing `eligible` (nullopt when none does).
inline std::optional<double> best_over(const EnumeratedSpace& all, const std::function<bool(const std::vector<double>&)>& eligible,
                                const std::function<double(const std::vector<double>&)>& criterion) {
  std::optional<double> best;
  for (const auto& u : all.utilities)
    if (eligible(u) && (!best || criterion(u) > *best)) best = criterion(u);
  return best;
}

inline void expect_point(const Scenario& scenario, const std::optional<AgreementPoint>& point, std::optional<double> best,
                  const std::function<double(const std::vector<double>&)>& criterion, const char* name) {
  ASSERT_EQ(point.has_value(), best.has_value()) << name;
  if (!point) return;
  EXPECT_NEAR(criterion(point->utilities), *best, 1e-9) << name << " in " << scenario.name;
  EXPECT_EQ(point->utilities, utilities_of(scenario, point->outcome)) << name;
}

inline void check_against_definitions(const Scenario& scenario) {
  const auto all = enumerate_space(scenario);
  const auto result = analyze(scenario);
  const std::size_t n = scenario.parties.size();
  const auto is_rational_pareto = [&](const std::vector<double>& u) { return rational(scenario, u) && pareto_optimal(all, u); };
  const auto any_pareto = [&](const std::vector<double>& u) { return pareto_optimal(all, u); };

  const auto nash = [&](const std::vector<double>& u) {
    double product = 1;
    for (std::size_t p = 0; p < n; ++p) product *= std::max(0.0, u[p] - scenario.parties[p].reservation_value);
    return product;
  };
  expect_point(scenario, result.reference.nash, best_over(all, is_rational_pareto, nash), nash, "nash");

  std::vector<double> ideal(n, 0.0);
  for (const auto& u : all.utilities)
    if (rational(scenario, u))
      for (std::size_t p = 0; p < n; ++p) ideal[p] = std::max(ideal[p], u[p]);
  const auto ks = [&](const std::vector<double>& u) {
    double worst = INFINITY;
    for (std::size_t p = 0; p < n; ++p) {
      const double r = scenario.parties[p].reservation_value;
      worst = std::min(worst, ideal[p] > r ? (u[p] - r) / (ideal[p] - r) : 1.0);
    }
    return worst;
  };
  expect_point(scenario, result.reference.kalai_smorodinsky, best_over(all, is_rational_pareto, ks), ks, "kalai_smorodinsky");

  const auto kalai = [&](const std::vector<double>& u) {
    double spread = 0;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) spread += std::abs(u[i] - u[j]);
    return -spread;
  };
  expect_point(scenario, result.reference.kalai, best_over(all, any_pareto, kalai), kalai, "kalai");
  const auto welfare = [](const std::vector<double>& u) { return std::accumulate(u.begin(), u.end(), 0.0); };
  const auto everything = [](const std::vector<double>&) { return true; };
  expect_point(scenario, result.reference.max_welfare, best_over(all, everything, welfare), welfare, "max_welfare");
  const auto egalitarian = [](const std::vector<double>& u) { return *std::min_element(u.begin(), u.end()); };
  expect_point(scenario, result.reference.egalitarian, best_over(all, everything, egalitarian), egalitarian, "egalitarian");

  std::uint64_t rational_count = 0;
  for (const auto& u : all.utilities) rational_count += rational(scenario, u);
  ASSERT_TRUE(result.zopa.rational_outcomes.has_value()) << result.zopa.reason;
  EXPECT_EQ(result.zopa.rational_outcomes->u64, rational_count) << scenario.name;
  EXPECT_EQ(result.zopa.nonempty, rational_count > 0);

  const auto closeness = [&](const std::vector<double>& u) {
    double squared = 0;
    for (double x : u) squared += (1 - x) * (1 - x);
    return -std::sqrt(squared / static_cast<double>(n));
  };
  ASSERT_TRUE(result.opposition.has_value());
  EXPECT_NEAR(-*result.opposition, *best_over(all, everything, closeness), 1e-12);

  for (std::size_t p = 0; p < n; ++p) {
    const auto mine = [p](const std::vector<double>& u) { return u[p]; };
    const auto minus_mine = [p](const std::vector<double>& u) { return -u[p]; };
    ASSERT_TRUE(result.extremes[p].best && result.extremes[p].worst);
    expect_point(scenario, result.extremes[p].best, best_over(all, everything, mine), mine, "best");
    expect_point(scenario, result.extremes[p].worst, best_over(all, everything, minus_mine), minus_mine, "worst");
  }
}

}  // namespace parley::analysis::test
