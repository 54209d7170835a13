// Reference points, ZOPA, opposition and best/worst outcomes against their definitions
// evaluated by brute force over every outcome (brute_force_oracle.hpp), plus a hand-checked case.
#include <gtest/gtest.h>

#include <cmath>
#include <functional>

#include "analysis/brute_force_oracle.hpp"
#include "parley/analysis/analyze.hpp"
#include "parley/analysis/random_scenario.hpp"

namespace parley::analysis {
namespace {

using test::EnumeratedSpace;
using test::enumerate_space;

bool rational(const Scenario& scenario, const std::vector<double>& u) {
  for (std::size_t p = 0; p < u.size(); ++p)
    if (u[p] < scenario.parties[p].reservation_value - 1e-9) return false;
  return true;
}

bool pareto_optimal(const EnumeratedSpace& all, const std::vector<double>& u) {
  for (const auto& other : all.utilities)
    if (test::dominates(other, u)) return false;
  return true;
}

// Best criterion value over the outcomes passing `eligible` (nullopt when none does).
std::optional<double> best_over(const EnumeratedSpace& all, const std::function<bool(const std::vector<double>&)>& eligible,
                                const std::function<double(const std::vector<double>&)>& criterion) {
  std::optional<double> best;
  for (const auto& u : all.utilities)
    if (eligible(u) && (!best || criterion(u) > *best)) best = criterion(u);
  return best;
}

void expect_point(const Scenario& scenario, const std::optional<AgreementPoint>& point, std::optional<double> best,
                  const std::function<double(const std::vector<double>&)>& criterion, const char* name) {
  ASSERT_EQ(point.has_value(), best.has_value()) << name;
  if (!point) return;
  EXPECT_NEAR(criterion(point->utilities), *best, 1e-9) << name << " in " << scenario.name;
  EXPECT_EQ(point->utilities, utilities_of(scenario, point->outcome)) << name;
}

void check_against_definitions(const Scenario& scenario) {
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

TEST(ReferencePoints, MatchDefinitionsOnRandomAdditiveScenarios) {
  for (std::size_t parties : {2, 3, 4})
    for (std::uint64_t seed = 1; seed <= 5; ++seed)
      for (bool coarse : {false, true})
        check_against_definitions(random_additive_scenario(
            {.parties = parties, .issues = 4, .values_per_issue = 4, .seed = seed, .max_reservation = 0.7, .coarse = coarse}));
}

TEST(ReferencePoints, MatchDefinitionsOnNonlinearAndMixedScenarios) {
  for (std::size_t parties : {2, 3})
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
      const RandomScenarioSpec spec{.parties = parties, .issues = 4, .values_per_issue = 4, .seed = seed + 20,
                                    .max_reservation = 0.6, .rectangles_per_party = 10};
      check_against_definitions(random_rectangle_scenario(spec));
      check_against_definitions(random_mixed_scenario(spec));
    }
}

// Two issues, hand-checked: buyer wants low price and fast delivery, seller high price and
// slow delivery. Outcomes (price, delivery) with utilities (buyer, seller):
//   (low, fast) (1, 0)   (low, slow) (0.6, 0.4)   (high, fast) (0.4, 0.6)   (high, slow) (0, 1)
TEST(ReferencePoints, HandCheckedTwoByTwo) {
  Scenario scenario;
  scenario.name = "hand";
  scenario.space = OutcomeSpace({Issue::with_labels("price", IssueKind::ordinal, {"low", "high"}),
                                 Issue::with_labels("delivery", IssueKind::ordinal, {"fast", "slow"})});
  scenario.parties = {Party{.name = "buyer", .utility = AdditiveUtility{{0.6, 0.4}, {{1, 0}, {1, 0}}}},
                      Party{.name = "seller", .utility = AdditiveUtility{{0.6, 0.4}, {{0, 1}, {0, 1}}},
                            .reservation_value = 0.5}};
  validate_scenario(scenario);
  const auto result = analyze(scenario);
  ASSERT_EQ(result.frontier.size(), 4u);  // all four outcomes are Pareto-optimal
  EXPECT_EQ(result.frontier.outcome(0), (Outcome{0, 0}));
  ASSERT_TRUE(result.reference.nash);
  // rational for the seller (>= 0.5): (high, fast) 0.4*0.1=0.04 and (high, slow) 0 → (high, fast)
  EXPECT_EQ(result.reference.nash->outcome, (Outcome{1, 0}));
  // kalai: |u0-u1| smallest at 0.2: (low, slow) comes first in frontier order
  EXPECT_EQ(result.reference.kalai->outcome, (Outcome{0, 1}));
  EXPECT_EQ(result.zopa.rational_outcomes->u64, 2u);
  EXPECT_EQ(result.zopa.nonempty, true);
  EXPECT_NEAR(*result.opposition, std::hypot(0.4, 0.6) / std::sqrt(2.0), 1e-12);
  EXPECT_EQ(result.extremes[0].best->outcome, (Outcome{0, 0}));
  EXPECT_EQ(result.extremes[1].worst->outcome, (Outcome{0, 0}));
}

TEST(Zopa, EmptyWhenReservationsCannotBeMet) {
  auto scenario = random_additive_scenario({.parties = 2, .issues = 5, .values_per_issue = 5, .seed = 4});
  for (auto& party : scenario.parties) party.reservation_value = 0.99;
  const auto result = analyze(scenario);
  EXPECT_EQ(result.zopa.nonempty, false);
  EXPECT_EQ(result.zopa.rational_outcomes->decimal, "0");
  EXPECT_FALSE(result.reference.nash.has_value());
  EXPECT_FALSE(result.reference.kalai_smorodinsky.has_value());
  EXPECT_TRUE(result.reference.kalai.has_value());
}

}  // namespace
}  // namespace parley::analysis
