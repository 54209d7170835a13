// The exact Pareto frontier against brute-force enumeration (brute_force_oracle.hpp) on seeded
// random scenarios: additive merge (2–5 parties, fine and coarse values with many ties),
// nonlinear and mixed scenarios (enumeration and forced branch and bound).
#include <gtest/gtest.h>

#include "analysis/brute_force_oracle.hpp"
#include "parley/analysis/pareto_frontier.hpp"
#include "parley/analysis/random_scenario.hpp"

namespace parley::analysis {
namespace {

using test::enumerate_space;
using test::expect_same_frontier;

TEST(AdditiveFrontier, MatchesBruteForceOnRandomScenarios) {
  for (std::size_t parties : {2, 3, 4, 5})
    for (bool coarse : {false, true})
      for (std::uint64_t seed = 1; seed <= 6; ++seed) {
        const RandomScenarioSpec spec{.parties = parties, .issues = 4 + seed % 3, .values_per_issue = 3 + seed % 4,
                                      .seed = seed * 101 + parties, .coarse = coarse};
        const auto scenario = random_additive_scenario(spec);
        validate_scenario(scenario);
        const auto frontier = pareto_frontier(scenario);
        EXPECT_EQ(frontier.method, FrontierMethod::additive_merge);
        expect_same_frontier(scenario, frontier, enumerate_space(scenario));
      }
}

TEST(AdditiveFrontier, UtilitiesAreExactlyThoseOfTheOutcome) {
  const auto scenario = random_additive_scenario({.parties = 2, .issues = 12, .values_per_issue = 6, .seed = 7});
  const auto frontier = pareto_frontier(scenario);
  ASSERT_TRUE(frontier.computed());
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    const auto u = frontier.utilities(k);
    EXPECT_EQ(std::vector<double>(u.begin(), u.end()), utilities_of(scenario, frontier.outcome(k)));
  }
}

TEST(AdditiveFrontier, PointsAreOrderedAndMutuallyNonDominated) {
  const auto scenario = random_additive_scenario({.parties = 3, .issues = 9, .values_per_issue = 5, .seed = 3});
  const auto frontier = pareto_frontier(scenario);
  ASSERT_TRUE(frontier.computed());
  ASSERT_GT(frontier.size(), 10u);
  for (std::size_t k = 1; k < frontier.size(); ++k) {
    const auto a = frontier.utilities(k - 1), b = frontier.utilities(k);
    EXPECT_TRUE(std::lexicographical_compare(b.begin(), b.end(), a.begin(), a.end())) << "order broken at " << k;
  }
  for (std::size_t a = 0; a < frontier.size(); ++a)
    for (std::size_t b = 0; b < frontier.size(); ++b) {
      const auto ua = frontier.utilities(a), ub = frontier.utilities(b);
      EXPECT_FALSE(test::dominates({ua.begin(), ua.end()}, {ub.begin(), ub.end()}));
    }
}

// Far beyond enumeration: 10^20 outcomes. Random outcomes (a sampling oracle) must all be weakly
// dominated by some frontier point.
TEST(AdditiveFrontier, RandomOutcomesOfAHugeSpaceAreCovered) {
  const auto scenario = random_additive_scenario({.parties = 2, .issues = 20, .values_per_issue = 10, .seed = 11});
  const auto frontier = pareto_frontier(scenario);
  ASSERT_TRUE(frontier.computed()) << frontier.reason;
  std::uint64_t state = 12345;
  for (int sample = 0; sample < 2000; ++sample) {
    Outcome outcome(20);
    for (auto& v : outcome) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      v = static_cast<std::uint32_t>((state >> 33) % 10);
    }
    const auto u = utilities_of(scenario, outcome);
    bool covered = false;
    for (std::size_t k = 0; k < frontier.size() && !covered; ++k)
      covered = frontier.utilities(k)[0] >= u[0] - 1e-12 && frontier.utilities(k)[1] >= u[1] - 1e-12;
    EXPECT_TRUE(covered) << "sample " << sample << " is not covered";
  }
}

TEST(AdditiveFrontier, TooLargeFrontierIsReportedNotComputed) {
  const auto scenario = random_additive_scenario({.parties = 3, .issues = 10, .values_per_issue = 6, .seed = 5});
  const auto frontier = pareto_frontier(scenario, {.max_frontier_points = 20});
  EXPECT_FALSE(frontier.computed());
  EXPECT_EQ(frontier.size(), 0u);
  EXPECT_NE(frontier.reason.find("more than 20 points"), std::string::npos) << frontier.reason;
}

TEST(NonlinearFrontier, EnumerationMatchesBruteForce) {
  for (std::size_t parties : {2, 3})
    for (std::uint64_t seed = 1; seed <= 8; ++seed) {
      const RandomScenarioSpec spec{.parties = parties, .issues = 5, .values_per_issue = 4, .seed = seed,
                                    .rectangles_per_party = 6 + seed};
      const auto scenario = random_rectangle_scenario(spec);
      validate_scenario(scenario);
      const auto frontier = pareto_frontier(scenario);
      EXPECT_EQ(frontier.method, FrontierMethod::enumeration);
      expect_same_frontier(scenario, frontier, enumerate_space(scenario));
    }
}

TEST(NonlinearFrontier, BranchAndBoundMatchesBruteForce) {
  for (std::uint64_t seed = 1; seed <= 8; ++seed) {
    const auto scenario = random_rectangle_scenario(
        {.parties = 2, .issues = 6, .values_per_issue = 4, .seed = seed + 50, .rectangles_per_party = 70});
    const auto frontier = pareto_frontier(scenario, {.max_enumerated_outcomes = 0});
    EXPECT_EQ(frontier.method, FrontierMethod::branch_and_bound);
    EXPECT_LT(frontier.search_nodes, 4096u * 4 / 3 + 1) << "walked more nodes than the tree has";
    expect_same_frontier(scenario, frontier, enumerate_space(scenario));
  }
}

TEST(NonlinearFrontier, MixedAdditiveAndRectanglePartiesMatchBruteForce) {
  for (std::size_t parties : {2, 3, 4})
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
      const auto scenario =
          random_mixed_scenario({.parties = parties, .issues = 5, .values_per_issue = 4, .seed = seed * 7});
      validate_scenario(scenario);
      for (std::uint64_t enumeration_limit : {std::uint64_t{10'000'000}, std::uint64_t{0}}) {
        const auto frontier = pareto_frontier(scenario, {.max_enumerated_outcomes = enumeration_limit});
        expect_same_frontier(scenario, frontier, enumerate_space(scenario));
      }
    }
}

TEST(NonlinearFrontier, ExhaustedBudgetIsReportedNotComputed) {
  const auto scenario =
      random_rectangle_scenario({.parties = 2, .issues = 12, .values_per_issue = 10, .seed = 9, .rectangles_per_party = 40});
  const auto frontier = pareto_frontier(scenario, {.max_enumerated_outcomes = 0, .max_search_nodes = 50});
  EXPECT_FALSE(frontier.computed());
  EXPECT_NE(frontier.reason.find("did not finish within 50 nodes"), std::string::npos) << frontier.reason;
}

TEST(FrontierQueries, DistanceAndDominance) {
  const auto scenario = random_additive_scenario({.parties = 2, .issues = 4, .values_per_issue = 4, .seed = 2});
  const auto frontier = pareto_frontier(scenario);
  const auto on = frontier.utilities(0);
  EXPECT_DOUBLE_EQ(distance_to_frontier(frontier, on), 0.0);
  EXPECT_FALSE(is_dominated_by_frontier(frontier, on));
  const std::vector<double> origin{0.0, 0.0};
  EXPECT_TRUE(is_dominated_by_frontier(frontier, origin));
  double nearest = 10;
  for (std::size_t k = 0; k < frontier.size(); ++k)
    nearest = std::min(nearest, std::hypot(frontier.utilities(k)[0], frontier.utilities(k)[1]));
  EXPECT_DOUBLE_EQ(distance_to_frontier(frontier, origin), nearest);
  EXPECT_THROW(distance_to_frontier(frontier, std::vector<double>{0.5}), std::invalid_argument);
  EXPECT_THROW(distance_to_frontier(ParetoFrontier{}, origin), std::invalid_argument);
}

}  // namespace
}  // namespace parley::analysis
