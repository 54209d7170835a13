// Red lines against plain enumeration: the ZOPA count, the Nash point and the frontier of a
// scenario with red lines equal those computed by brute force over the outcomes no red line
// excludes (an outcome breaking a red line is not rational for that party, whatever its
// utility); the sweep finds the one red line whose removal reopens a closed ZOPA.
#include <gtest/gtest.h>

#include "analysis/brute_force_oracle.hpp"
#include "parley/analysis/analyze.hpp"
#include "parley/analysis/random_scenario.hpp"
#include "parley/analysis/red_lines.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::analysis {
namespace {

struct Counted {
  std::uint64_t rational = 0;
  std::optional<Outcome> nash;
  double nash_product = -1;
};

// Brute force: rational = every party at or above its reservation and no red line broken;
// Nash = the rational outcome maximising the product of surpluses (ties: any; compared by product).
Counted brute_force(const Scenario& scenario) {
  Counted counted;
  const auto all = test::enumerate_space(scenario);
  for (std::size_t k = 0; k < all.outcomes.size(); ++k) {
    bool rational = true;
    double product = 1;
    for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
      const double surplus = all.utilities[k][p] - scenario.parties[p].reservation_value;
      rational = rational && tolerance::meets_reservation(all.utilities[k][p], scenario.parties[p].reservation_value) && !breaks_red_line(scenario.parties[p], all.outcomes[k]);
      product *= std::max(surplus, 0.0);
    }
    if (!rational) continue;
    ++counted.rational;
    if (product > counted.nash_product) {
      counted.nash_product = product;
      counted.nash = all.outcomes[k];
    }
  }
  return counted;
}

Scenario with_red_lines(std::uint64_t seed) {
  RandomScenarioSpec spec;
  spec.parties = 2;
  spec.issues = 4;
  spec.values_per_issue = 4;
  spec.seed = seed;
  spec.max_reservation = 0.5;
  auto scenario = random_additive_scenario(spec);
  scenario.parties[0].red_lines.push_back({0, {1, 2}, "A rejects issue 0 options 1, 2"});
  scenario.parties[1].red_lines.push_back({0, {0}, "B rejects issue 0 option 0"});
  scenario.parties[1].red_lines.push_back({2, {3}, "B rejects issue 2 option 3"});
  validate_scenario(scenario);
  return scenario;
}

TEST(RedLines, ZopaAndNashMatchBruteForceOverPermittedOutcomes) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const auto scenario = with_red_lines(seed);
    const auto result = analyze(scenario);
    const auto oracle = brute_force(scenario);
    ASSERT_TRUE(result.zopa.rational_outcomes) << seed;
    EXPECT_EQ(*result.zopa.rational_outcomes->u64, oracle.rational) << "seed " << seed;
    EXPECT_EQ(*result.zopa.nonempty, oracle.rational > 0) << seed;
    ASSERT_EQ(result.reference.nash.has_value(), oracle.nash.has_value()) << seed;
    if (oracle.nash) {
      // Same product of surpluses (the outcome itself may differ on an exact tie).
      const auto u = utilities_of(scenario, result.reference.nash->outcome);
      double product = 1;
      for (std::size_t p = 0; p < u.size(); ++p) product *= u[p] - scenario.parties[p].reservation_value;
      EXPECT_NEAR(product, oracle.nash_product, 1e-9) << seed;
      for (const auto& party : scenario.parties) EXPECT_FALSE(breaks_red_line(party, result.reference.nash->outcome)) << seed;
    }
    // Every frontier point is a permitted outcome, in the scenario's own option indices.
    for (std::size_t k = 0; k < result.frontier.size(); ++k)
      for (const auto& party : scenario.parties) EXPECT_FALSE(breaks_red_line(party, result.frontier.outcome(k))) << seed;
  }
}

TEST(RedLines, OptionsRejectedByBothSidesCloseTheZopaAndTheSweepNamesTheConcession) {
  RandomScenarioSpec spec;
  spec.issues = 3;
  spec.values_per_issue = 3;
  spec.seed = 7;
  auto scenario = random_additive_scenario(spec);  // reservations 0: every outcome rational without red lines
  scenario.parties[0].red_lines.push_back({1, {1, 2}, "A will not sign issue 1 = 1 | 2"});
  scenario.parties[1].red_lines.push_back({1, {0}, "B will not sign issue 1 = 0"});
  const auto restriction = restrict_to_red_lines(scenario);
  ASSERT_TRUE(restriction.closed());
  EXPECT_EQ(restriction.closed_issues, std::vector<std::size_t>{1});
  const auto result = analyze(scenario);
  EXPECT_FALSE(*result.zopa.nonempty);
  EXPECT_EQ(*result.zopa.rational_outcomes->u64, 0u);
  EXPECT_FALSE(result.reference.nash);

  const auto sweep = red_line_sweep(scenario);
  EXPECT_TRUE(sweep.any);
  EXPECT_TRUE(sweep.open_without);
  EXPECT_FALSE(sweep.open_with);
  EXPECT_TRUE(sweep.red_lines_close());
  ASSERT_EQ(sweep.effects.size(), 2u);
  EXPECT_TRUE(sweep.effects[0].open);  // dropping either one leaves some option of issue 1
  EXPECT_TRUE(sweep.effects[1].open);

  // The issue whose settlement (red lines lifted with it) reopens the ZOPA blocks.
  const auto sensitivity = sensitivity_sweep(scenario);
  EXPECT_FALSE(sensitivity.margin);
  ASSERT_EQ(sensitivity.issues.size(), 3u);
  EXPECT_TRUE(sensitivity.issues[1].blocks);
  EXPECT_FALSE(sensitivity.issues[0].blocks);
}

TEST(RedLines, WithoutRedLinesNothingChanges) {
  RandomScenarioSpec spec;
  spec.seed = 3;
  spec.max_reservation = 0.4;
  const auto scenario = random_additive_scenario(spec);
  const auto restriction = restrict_to_red_lines(scenario);
  ASSERT_TRUE(restriction.scenario);
  EXPECT_EQ(restriction.scenario->space.cardinality().decimal(), scenario.space.cardinality().decimal());
  EXPECT_FALSE(red_line_sweep(scenario).any);
}

}  // namespace
}  // namespace parley::analysis
