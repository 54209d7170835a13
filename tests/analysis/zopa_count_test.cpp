// The exact ZOPA count by each method (meet in the middle, depth-first search with and without
// memoisation) against brute-force counting, and beyond 64 bits.
#include <gtest/gtest.h>

#include "analysis/brute_force_oracle.hpp"
#include "parley/analysis/random_scenario.hpp"
#include "parley/analysis/zopa.hpp"

namespace parley::analysis {
namespace {

std::uint64_t brute_force_count(const Scenario& scenario) {
  std::uint64_t count = 0;
  const auto all = test::enumerate_space(scenario);
  for (const auto& u : all.utilities) {
    bool rational = true;
    for (std::size_t p = 0; p < u.size(); ++p) rational = rational && u[p] >= scenario.parties[p].reservation_value - 1e-9;
    count += rational;
  }
  return count;
}

// Reservations high enough that the count needs real work (not every outcome is rational).
Scenario with_reservations(Scenario scenario) {
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) scenario.parties[p].reservation_value = 0.3 + 0.1 * static_cast<double>(p);
  return scenario;
}

void expect_count(const Scenario& unreserved, const ZopaOptions& options, ZopaCountMethod method) {
  const auto scenario = with_reservations(unreserved);
  const auto summary = zopa(scenario, pareto_frontier(scenario), options);
  ASSERT_TRUE(summary.rational_outcomes) << summary.reason;
  EXPECT_EQ(summary.method, method) << scenario.name;
  EXPECT_EQ(summary.rational_outcomes->u64, brute_force_count(scenario)) << scenario.name << " by " << to_string(method);
}

TEST(ZopaCount, EveryMethodMatchesBruteForce) {
  const ZopaOptions no_meet{.max_half_outcomes = 0};
  for (std::uint64_t seed = 1; seed <= 6; ++seed) {
    for (bool coarse : {false, true}) {
      const RandomScenarioSpec two{.parties = 2, .issues = 6, .values_per_issue = 5, .seed = seed, .max_reservation = 0.8, .coarse = coarse};
      expect_count(random_additive_scenario(two), {}, ZopaCountMethod::meet_in_the_middle);
      expect_count(random_additive_scenario(two), no_meet, ZopaCountMethod::search);
      auto three = two;
      three.parties = 3;
      expect_count(random_additive_scenario(three), {}, ZopaCountMethod::search);
    }
    const RandomScenarioSpec nonlinear{.parties = 2, .issues = 5, .values_per_issue = 5, .seed = seed, .max_reservation = 0.5};
    expect_count(random_rectangle_scenario(nonlinear), {}, ZopaCountMethod::search);
    expect_count(random_mixed_scenario(nonlinear), {}, ZopaCountMethod::search);
  }
}

TEST(ZopaCount, AllOutcomesWhenNobodyHasAReservation) {
  const auto scenario = random_additive_scenario({.parties = 3, .issues = 30, .values_per_issue = 10, .seed = 2});
  const auto summary = zopa(scenario, ParetoFrontier{});
  EXPECT_EQ(summary.method, ZopaCountMethod::all_outcomes);
  EXPECT_EQ(summary.rational_outcomes->decimal, "1" + std::string(30, '0'));
  EXPECT_FALSE(summary.rational_outcomes->u64.has_value());
  EXPECT_EQ(summary.nonempty, true);
}

// 10^24 outcomes, rectangle parties: the count exceeds 64 bits; it must equal the count of a
// 4-issue copy times 10^20 when only those 4 issues are constrained.
TEST(ZopaCount, BeyondSixtyFourBitsBySearch) {
  auto small = random_rectangle_scenario({.parties = 2, .issues = 4, .values_per_issue = 10, .seed = 8,
                                          .max_reservation = 0.4, .rectangles_per_party = 12});
  auto large_spec = RandomScenarioSpec{.parties = 2, .issues = 24, .values_per_issue = 10, .seed = 8};
  auto large = random_rectangle_scenario(large_spec);
  for (std::size_t p = 0; p < 2; ++p) {
    large.parties[p].utility = small.parties[p].utility;  // rectangles only touch issues 0..3
    large.parties[p].reservation_value = small.parties[p].reservation_value;
  }
  validate_scenario(large);
  const auto summary = zopa(large, ParetoFrontier{});
  ASSERT_TRUE(summary.rational_outcomes) << summary.reason;
  EXPECT_EQ(summary.method, ZopaCountMethod::search);
  EXPECT_EQ(summary.rational_outcomes->decimal, std::to_string(brute_force_count(small)) + std::string(20, '0'));
}

TEST(ZopaCount, ExhaustedBudgetIsReported) {
  const auto scenario = random_rectangle_scenario({.parties = 2, .issues = 12, .values_per_issue = 10, .seed = 3,
                                                   .max_reservation = 0.5, .rectangles_per_party = 40});
  const auto summary = zopa(scenario, ParetoFrontier{}, {.max_search_nodes = 10});
  EXPECT_FALSE(summary.rational_outcomes);
  EXPECT_EQ(summary.method, ZopaCountMethod::not_computed);
  EXPECT_NE(summary.reason.find("10 search nodes"), std::string::npos) << summary.reason;
  EXPECT_FALSE(summary.nonempty.has_value());
}

}  // namespace
}  // namespace parley::analysis
