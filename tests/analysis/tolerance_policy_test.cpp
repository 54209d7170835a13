// Issue 12's reproducers for the tolerance policy (parley/model/tolerance.hpp): near-ties must
// not drop Pareto-optimal outcomes, and "rational" means the same in every analysis.
#include <set>
#include <vector>

#include <gtest/gtest.h>

#include "analysis/brute_force_oracle.hpp"
#include "parley/analysis/pareto_frontier.hpp"
#include "parley/analysis/random_scenario.hpp"
#include "parley/analysis/reference_points.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/analysis/zopa.hpp"
#include "parley/io/load.hpp"
#include "parley/model/tolerance.hpp"
#include "support/test_paths.hpp"

namespace parley::analysis {
namespace {

// Ten binary issues; a prefers beta by 4.5e-11 per issue, b prefers alpha by 0.1: the frontier
// is every number of alphas k = 0..10, eleven distinct vectors (1 - 4.5e-10 k, 0.1 k).
TEST(NearTies, TenNearTiedIssuesKeepAllElevenFrontierVectors) {
  const auto scenario = io::load_scenario(parley::test::fixture("analysis/near_ties.yaml"));
  const auto frontier = pareto_frontier(scenario);
  ASSERT_TRUE(frontier.computed()) << frontier.reason;
  std::set<std::vector<double>> vectors;
  for (std::size_t k = 0; k < frontier.size(); ++k)
    vectors.insert(std::vector<double>(frontier.utilities(k).begin(), frontier.utilities(k).end()));
  EXPECT_EQ(vectors.size(), 11u);
  EXPECT_EQ(frontier.size(), 11u);
  // Every outcome is covered (weakly dominated within the tolerance) by a reported point.
  const auto all = test::enumerate_space(scenario);
  std::size_t uncovered = 0;
  for (const auto& u : all.utilities) {
    bool covered = false;
    for (std::size_t k = 0; k < frontier.size() && !covered; ++k) covered = tolerance::covers(frontier.utilities(k), u);
    uncovered += covered ? 0 : 1;
  }
  EXPECT_EQ(uncovered, 0u);
  test::expect_same_frontier(scenario, frontier, all);
}

// The same near-ties among three and four parties (the staircase and divide-and-conquer skylines).
TEST(NearTies, ThreeAndFourPartiesKeepNearTiedTradeOffs) {
  for (std::size_t parties : {3u, 4u}) {
    auto scenario = io::load_scenario(parley::test::fixture("analysis/near_ties.yaml"));
    while (scenario.parties.size() < parties) {
      auto extra = scenario.parties[0];
      extra.name = "copy" + std::to_string(scenario.parties.size());
      scenario.parties.push_back(extra);
    }
    const auto frontier = pareto_frontier(scenario);
    ASSERT_TRUE(frontier.computed()) << frontier.reason;
    EXPECT_EQ(frontier.size(), 11u) << parties << " parties";
    test::expect_same_frontier(scenario, frontier, test::enumerate_space(scenario));
  }
}

// r_a = 0.5000000002 and the outcome `low` gives a 0.4999999994: rational under the policy, so
// the Nash point, the ZOPA count and the sensitivity margin must all agree that it is.
TEST(RationalNearTie, EveryAnalysisAgreesTheOutcomeIsRational) {
  const auto scenario = io::load_scenario(parley::test::fixture("analysis/rational_near_tie.yaml"));
  ASSERT_TRUE(tolerance::meets_reservation(0.4999999994, scenario.parties[0].reservation_value));
  const auto frontier = pareto_frontier(scenario);
  const auto points = reference_points(scenario, frontier);
  ASSERT_TRUE(points.nash.has_value());
  EXPECT_EQ(scenario.space.issue(0).label(points.nash->outcome[0]), "low");
  const auto summary = zopa(scenario, frontier);
  ASSERT_TRUE(summary.rational_outcomes.has_value());
  EXPECT_EQ(summary.rational_outcomes->decimal, "1");
  EXPECT_EQ(summary.nonempty, std::optional<bool>(true));
  const auto sweep = sensitivity_sweep(scenario);
  ASSERT_TRUE(sweep.margin.has_value());
  EXPECT_TRUE(tolerance::margin_open(*sweep.margin));
  // The search-based count (forced by a tiny meet-in-the-middle limit) agrees too.
  const auto searched = zopa(scenario, frontier, ZopaOptions{.max_half_outcomes = 0});
  ASSERT_TRUE(searched.rational_outcomes.has_value());
  EXPECT_EQ(searched.method, ZopaCountMethod::search);
  EXPECT_EQ(searched.rational_outcomes->decimal, "1");
}

}  // namespace
}  // namespace parley::analysis

namespace parley::analysis {
namespace {

// Four parties: the divide-and-conquer skyline matches brute force, and a work budget ends the
// merge with a reason instead of running on (issue 12: 14 issues took 198 s).
TEST(FourPartySkyline, MatchesBruteForceAndStopsAtItsBudget) {
  const auto scenario = random_additive_scenario({.parties = 4, .issues = 5, .values_per_issue = 6, .seed = 12});
  const auto frontier = pareto_frontier(scenario);
  ASSERT_TRUE(frontier.computed()) << frontier.reason;
  EXPECT_GT(frontier.comparisons, 0u);
  test::expect_same_frontier(scenario, frontier, test::enumerate_space(scenario));

  const auto big = random_additive_scenario({.parties = 4, .issues = 14, .values_per_issue = 10, .seed = 1});
  FrontierOptions tight;
  tight.max_comparisons = 1'000'000;
  const auto stopped = pareto_frontier(big, tight);
  EXPECT_FALSE(stopped.computed());
  EXPECT_NE(stopped.reason.find("work budget of 1000000 units (raise it with --max-comparisons"), std::string::npos) << stopped.reason;
}

}  // namespace
}  // namespace parley::analysis
