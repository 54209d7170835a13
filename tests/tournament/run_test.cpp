// Running sessions: identical at any thread count, records checked against the scenario.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "parley/tournament/session_record.hpp"
#include "tournament/tournament_fixtures.hpp"

namespace parley::tournament {
namespace {

using test::prepare;
using test::small_config;

TEST(RunSessions, IdenticalOnOneAndSeveralThreads) {
  const auto tournament = prepare(small_config());
  const auto one = run_sessions(tournament, 0, tournament.session_count(), 1);
  const auto two = run_sessions(tournament, 0, tournament.session_count(), 2);
  ASSERT_EQ(one.size(), tournament.session_count());
  for (std::size_t k = 0; k < one.size(); ++k)
    ASSERT_EQ(without_wall_time(one[k]), without_wall_time(two[k])) << "session " << k;
}

TEST(RunSessions, RepetitionsUseDifferentSeeds) {
  auto config = small_config();
  config.agents = {"random", "linear"};
  config.scenarios = {test::bilateral_path()};
  const auto tournament = prepare(config);
  const auto records = run_sessions(tournament, 0, tournament.session_count(), 2);
  ASSERT_EQ(records.size(), 4u);  // 2 pairings × 2 repetitions
  EXPECT_NE(records[0]["seed"], records[2]["seed"]);
  EXPECT_EQ(records[0]["negotiators"][0]["agent"], records[2]["negotiators"][0]["agent"]);
}

// Utilities, welfare and Nash product recomputed from the scenario (independent of the session).
TEST(RunSessions, RecordsAgreeWithTheScenario) {
  const auto tournament = prepare(small_config());
  const auto records = run_sessions(tournament, 0, tournament.session_count(), 2);
  std::size_t agreements = 0;
  for (const auto& record : records) {
    const auto& entry = tournament.scenarios()[record["scenario_index"].get<std::size_t>()];
    const auto& scenario = entry.prepared->scenario();
    std::vector<double> expected;
    if (record["agreement"].is_null()) {
      for (const auto& party : scenario.parties) expected.push_back(party.reservation_value);
    } else {
      ++agreements;
      Outcome outcome;
      for (const auto& issue : scenario.space.issues())
        outcome.push_back(static_cast<std::uint32_t>(*issue.find(record["agreement"][issue.name()].get<std::string>())));
      expected = utilities_of(scenario, outcome);
    }
    double welfare = 0, nash = 1;
    for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
      const auto& name = scenario.parties[p].name;
      ASSERT_NEAR(record["utilities"][name].get<double>(), expected[p], 1e-12);
      const double discounted = expected[p] * std::pow(scenario.parties[p].discount_factor, record["t"].get<double>());
      ASSERT_NEAR(record["discounted_utilities"][name].get<double>(), discounted, 1e-12);
      welfare += expected[p];
      nash *= std::max(0.0, expected[p] - scenario.parties[p].reservation_value);
    }
    EXPECT_NEAR(record["welfare"].get<double>(), welfare, 1e-12);
    EXPECT_NEAR(record["nash_product"].get<double>(), nash, 1e-12);
    EXPECT_TRUE(record["pareto_distance"].is_number());
    EXPECT_GE(record["pareto_distance"].get<double>(), 0.0);
    // Each negotiator's seat carries its party's utility.
    for (const auto& seat : record["negotiators"])
      EXPECT_EQ(seat["utility"], record["utilities"][seat["party"].get<std::string>()]);
  }
  EXPECT_GT(agreements, records.size() / 2) << "these agents mostly agree on these scenarios";
}

TEST(RunSessions, DeadlineIsRecorded) {
  auto config = small_config();
  // Two agents that never concede and never accept run to the deadline.
  config.agents = {"hardliner", "boa:offer=hardliner,accept=never"};
  config.scenarios = {test::bilateral_path()};
  config.repetitions = 1;
  const auto tournament = prepare(config);
  const auto records = run_sessions(tournament, 0, tournament.session_count(), 1);
  for (const auto& record : records) {
    EXPECT_EQ(record["end_reason"], "deadline");
    EXPECT_TRUE(record["agreement"].is_null());
    EXPECT_EQ(record["rounds"], 60);
  }
}

}  // namespace
}  // namespace parley::tournament
