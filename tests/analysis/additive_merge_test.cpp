// The additive merge's memory and work (issue 13: 1,000 binary issues took 140 MB, 4,000 took
// 2.1 GB — every stage's back-pointers were kept): exactness of the checkpoint-and-replay
// reconstruction against brute force, the memory it holds besides the result, and its budget.
#include <cmath>

#include <gtest/gtest.h>

#include "analysis/brute_force_oracle.hpp"
#include "parley/analysis/pareto_frontier.hpp"
#include "parley/analysis/random_scenario.hpp"

namespace parley::analysis {
namespace {

using test::enumerate_space;
using test::expect_same_frontier;

// Enough issues for several replay segments (ceil(sqrt(m)) issues each, the last one shorter),
// so outcomes are rebuilt across segment boundaries; binary issues where every value matters.
TEST(AdditiveMergeReplay, MatchesBruteForceAcrossSegments) {
  for (std::size_t parties : {2, 3, 4})
    for (std::uint64_t seed = 1; seed <= 4; ++seed) {
      const auto scenario = random_additive_scenario(
          {.parties = parties, .issues = 6 + seed, .values_per_issue = seed % 2 == 1 ? 3u : 2u, .seed = seed * 31 + parties});
      validate_scenario(scenario);
      const auto frontier = pareto_frontier(scenario);
      EXPECT_EQ(frontier.method, FrontierMethod::additive_merge);
      expect_same_frontier(scenario, frontier, enumerate_space(scenario));
    }
  for (std::size_t issues : {7, 13}) {
    for (bool equal : {true, false}) {
      const auto scenario = binary_tradeoff_scenario(issues, equal, issues);
      validate_scenario(scenario);
      const auto frontier = pareto_frontier(scenario);
      expect_same_frontier(scenario, frontier, enumerate_space(scenario));
      if (equal) {
        EXPECT_EQ(frontier.size(), issues + 1);
      }
    }
  }
}

// Equal weights: the frontier after k issues has k + 1 points, so keeping every stage's
// back-pointers held m²/2 entries (8 bytes each), as much as the outcome table itself. The
// checkpoints and one segment's back-pointers grow as m^1.5: four times the issues may cost
// at most about eight times the memory (sixteen before), and stay far below the result.
TEST(AdditiveMergeReplay, MemoryBesidesTheResultGrowsSlowerThanTheResult) {
  const auto small = pareto_frontier(binary_tradeoff_scenario(512, true));
  const auto large = pareto_frontier(binary_tradeoff_scenario(2048, true));
  ASSERT_TRUE(small.computed()) << small.reason;
  ASSERT_TRUE(large.computed()) << large.reason;
  EXPECT_EQ(large.size(), 2049u);
  ASSERT_GT(small.merge_bytes, 0u);
  const double growth = static_cast<double>(large.merge_bytes) / static_cast<double>(small.merge_bytes);
  EXPECT_LT(growth, 9.0) << small.merge_bytes << " → " << large.merge_bytes << " bytes";
  const auto result_bytes = large.outcome_table.size() * sizeof(std::uint32_t);
  EXPECT_LT(large.merge_bytes * 8, result_bytes) << large.merge_bytes << " bytes beside a result of " << result_bytes;
  // Random weights: a frontier of about m²/4 points; the same bound relative to the result.
  const auto random = pareto_frontier(binary_tradeoff_scenario(160, false, 5));
  ASSERT_TRUE(random.computed()) << random.reason;
  EXPECT_GT(random.size(), 160u * 160 / 8);
  EXPECT_LT(random.merge_bytes * 2, random.outcome_table.size() * sizeof(std::uint32_t));
}

// The work budget (--max-comparisons) covers every party count: the merge's candidates and the
// outcome values of the result, charged before the table is allocated.
TEST(AdditiveMergeBudget, StopsWithAReasonNamingTheBudget) {
  const auto scenario = binary_tradeoff_scenario(1000, true);
  // Merging costs 2 + 4 + ... + 2000 = 1,001,000 candidates, the outcomes 1001 × 1000 values.
  const auto full = pareto_frontier(scenario, {.max_comparisons = 2'002'000});
  ASSERT_TRUE(full.computed()) << full.reason;
  EXPECT_EQ(full.comparisons, 2'002'000u);

  const auto merging = pareto_frontier(scenario, {.max_comparisons = 100'000});
  EXPECT_FALSE(merging.computed());
  EXPECT_EQ(merging.size(), 0u);
  EXPECT_NE(merging.reason.find("merging issue 316 of 1000"), std::string::npos) << merging.reason;
  EXPECT_NE(merging.reason.find("of scenario 'binary-1000-equal' ran out of the additive merge's work budget of 100000 units (raise it with --max-comparisons"), std::string::npos)
      << merging.reason;

  const auto writing = pareto_frontier(scenario, {.max_comparisons = 2'001'999});
  EXPECT_FALSE(writing.computed());
  EXPECT_TRUE(writing.outcome_table.empty());
  EXPECT_NE(writing.reason.find("writing the outcomes of the 1001 frontier points × 1000 issues (1001000 values)"),
            std::string::npos)
      << writing.reason;
}

}  // namespace
}  // namespace parley::analysis
