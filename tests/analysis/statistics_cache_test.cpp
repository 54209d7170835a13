// The statistics cache (parley/analysis/statistics_cache.hpp): a second request for a scenario of
// the same content is answered without computing again (counted, not timed); any change to what
// the statistics read is a new key; the cached statistics are those computed directly.
#include <vector>

#include <gtest/gtest.h>
#include <tbb/parallel_for.h>

#include "parley/analysis/analyze.hpp"
#include "parley/analysis/random_scenario.hpp"
#include "parley/analysis/statistics_cache.hpp"

namespace parley::analysis {
namespace {

Scenario small(std::uint64_t seed = 3) {
  return random_additive_scenario({.parties = 2, .issues = 4, .values_per_issue = 3, .seed = seed, .max_reservation = 0.3});
}

TEST(StatisticsCache, SecondRequestOfTheSameContentIsNotComputedAgain) {
  StatisticsCache cache;
  const auto scenario = small();
  const auto first = cache.statistics(scenario);
  EXPECT_EQ(cache.computations(), 1u);
  // A copy under other names, labels and description has the same content for the statistics.
  auto renamed = scenario;
  renamed.name = "another name";
  renamed.parties[0].name = "buyer";
  renamed.description = "a copy";
  const auto second = cache.statistics(renamed);
  EXPECT_EQ(cache.computations(), 1u);
  EXPECT_EQ(cache.reuses(), 1u);
  EXPECT_EQ(first.get(), second.get());
}

TEST(StatisticsCache, CachedStatisticsAreThoseComputedDirectly) {
  StatisticsCache cache;
  const auto scenario = small(8);
  const auto cached = cache.statistics(scenario);
  const auto direct = compute_statistics(scenario);
  EXPECT_EQ(cached->frontier.utility_table, direct.frontier.utility_table);
  EXPECT_EQ(cached->frontier.outcome_table, direct.frontier.outcome_table);
  ASSERT_TRUE(cached->references.nash && direct.references.nash);
  EXPECT_EQ(cached->references.nash->outcome, direct.references.nash->outcome);
  const auto cached_zopa = cache.zopa(scenario);
  const auto direct_zopa = zopa(scenario, direct.frontier);
  ASSERT_TRUE(cached_zopa->rational_outcomes && direct_zopa.rational_outcomes);
  EXPECT_EQ(cached_zopa->rational_outcomes->decimal, direct_zopa.rational_outcomes->decimal);
  EXPECT_EQ(cache.zopa(scenario).get(), cached_zopa.get());
  EXPECT_EQ(cache.zopa_computations(), 1u);
  EXPECT_EQ(cache.computations(), 1u);  // the ZOPA reuses the entry's frontier
}

TEST(StatisticsCache, AnyChangeToWhatTheStatisticsReadIsANewKey) {
  const auto scenario = small();
  const auto key = statistics_key(scenario);
  EXPECT_TRUE(key.starts_with("sha256:")) << key;
  EXPECT_EQ(key.size(), 7u + 64u);
  std::vector<Scenario> changed(5, scenario);
  auto& weights = changed[0].parties[1].utility;  // a weight moved between two issues (still sums to 1)
  auto additive = weights.additive();
  additive.weights[0] += 0.01, additive.weights[1] -= 0.01;
  weights = additive;
  auto evaluations = changed[1].parties[0].utility.additive();
  evaluations.evaluations[2][1] = evaluations.evaluations[2][1] == 0.5 ? 0.25 : 0.5;
  changed[1].parties[0].utility = evaluations;
  changed[2].parties[0].reservation_value += 1e-12;  // the smallest change counts
  changed[3].parties[1].red_lines.push_back({0, {1}, "will not sign: i0 = v1"});
  std::swap(changed[4].parties[0], changed[4].parties[1]);
  StatisticsCache cache;
  cache.statistics(scenario);
  for (std::size_t k = 0; k < changed.size(); ++k) {
    EXPECT_NE(statistics_key(changed[k]), key) << k;
    cache.statistics(changed[k]);
    EXPECT_EQ(cache.computations(), k + 2) << k;
  }
  StatisticsOptions tighter;
  tighter.frontier.max_frontier_points = 10;
  EXPECT_NE(statistics_key(scenario, tighter), key);  // other limits, other statistics
}

TEST(StatisticsCache, ConcurrentRequestsShareOneComputation) {
  StatisticsCache cache;
  const auto scenario = small(5);
  std::vector<const ScenarioStatistics*> seen(16);
  tbb::parallel_for(std::size_t{0}, seen.size(), [&](std::size_t k) { seen[k] = cache.statistics(scenario).get(); });
  EXPECT_EQ(cache.computations(), 1u);
  EXPECT_EQ(cache.reuses(), 15u);
  for (const auto* statistics : seen) EXPECT_EQ(statistics, seen[0]);
}

TEST(StatisticsCache, TheLeastRecentlyRequestedEntryMakesRoom) {
  StatisticsCache cache(2);
  const auto a = small(1), b = small(2), c = small(3);
  const auto kept = cache.statistics(a);
  cache.statistics(b);
  cache.statistics(a);  // a is now more recent than b
  cache.statistics(c);  // b goes
  EXPECT_EQ(cache.size(), 2u);
  EXPECT_EQ(cache.computations(), 3u);
  cache.statistics(a);
  EXPECT_EQ(cache.computations(), 3u);
  cache.statistics(b);
  EXPECT_EQ(cache.computations(), 4u);
  EXPECT_FALSE(kept->frontier.utility_table.empty());  // a holder keeps its statistics
}

TEST(StatisticsCache, AnalyzeTakesItsStatisticsFromTheCache) {
  StatisticsCache cache;
  AnalysisOptions options;
  options.cache = &cache;
  const auto scenario = small(4);
  const auto first = analyze(scenario, options);
  const auto second = analyze(scenario, options);
  EXPECT_EQ(cache.computations(), 1u);
  EXPECT_EQ(cache.zopa_computations(), 1u);
  EXPECT_EQ(first.zopa.rational_outcomes->decimal, second.zopa.rational_outcomes->decimal);
  EXPECT_EQ(first.frontier.utility_table, second.frontier.utility_table);
  EXPECT_EQ(first.frontier.utility_table, analyze(scenario).frontier.utility_table);
}

}  // namespace
}  // namespace parley::analysis
