// PreparedScenario and the statistics cache: the second preparation of a scenario with the same
// content takes the frontier and reference points from the cache (counted, not timed), and
// sessions over it score exactly as over a scenario prepared alone.
#include <gtest/gtest.h>

#include "parley/analysis/statistics_cache.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

TEST(PreparedScenario, SecondPreparationTakesTheStatisticsFromTheCache) {
  analysis::StatisticsCache cache;
  PrepareOptions options;
  options.cache = &cache;
  const PreparedScenario first(test::buyer_seller(0.2), options);
  EXPECT_EQ(cache.computations(), 1u);
  const PreparedScenario second(test::buyer_seller(0.2), options);
  EXPECT_EQ(cache.computations(), 1u);
  EXPECT_EQ(cache.reuses(), 1u);
  EXPECT_EQ(&first.frontier(), &second.frontier());
  const PreparedScenario other(test::buyer_seller(0.3), options);  // another reservation value: computed
  EXPECT_EQ(cache.computations(), 2u);
  EXPECT_TRUE(other.references().nash.has_value());

  const PreparedScenario alone(test::buyer_seller(0.2));
  EXPECT_EQ(alone.frontier().utility_table, second.frontier().utility_table);
  SessionConfig config;
  config.rounds = 30;
  const auto cached = run_session(second, {"boulware", "conceder"}, config);
  const auto direct = run_session(alone, {"boulware", "conceder"}, config);
  EXPECT_EQ(cached.utilities, direct.utilities);
  EXPECT_EQ(cached.pareto_distance, direct.pareto_distance);
  EXPECT_EQ(cached.nash_distance, direct.nash_distance);
}

TEST(PreparedScenario, WithoutAnalysisTheCacheIsNotAsked) {
  analysis::StatisticsCache cache;
  PrepareOptions options;
  options.cache = &cache;
  options.analysis = false;
  const PreparedScenario prepared(test::buyer_seller(), options);
  EXPECT_EQ(cache.computations() + cache.reuses(), 0u);
  EXPECT_FALSE(prepared.frontier().computed());
  EXPECT_EQ(prepared.frontier().reason, "analysis switched off");
}

}  // namespace
}  // namespace parley::negotiation
