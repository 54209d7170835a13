// Reference points, ZOPA, opposition and best/worst outcomes against their definitions
// evaluated by brute force over every outcome (brute_force_oracle.hpp), plus a hand-checked case.
#include <gtest/gtest.h>

#include <cmath>

#include "analysis/definitions_oracle.hpp"
#include "parley/analysis/analyze.hpp"
#include "parley/analysis/random_scenario.hpp"

namespace parley::analysis {
namespace {

using test::check_against_definitions;

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
