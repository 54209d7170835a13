// PonPokoAgent's defining behaviour: one of five bands per session (drawn from the seed, or
// fixed), bids drawn inside the band, and acceptance exactly when an offer is above the band's
// lower edge.
#include <cmath>
#include <set>

#include <gtest/gtest.h>

#include "parley/io/load.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/anac.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"
#include "support/test_paths.hpp"

namespace parley::negotiation {
namespace {

TEST(PonPoko, BandsFollowTheFivePatterns) {
  const double t = 0.3;
  EXPECT_NEAR(ponpoko_band(0, t).high, 0.97, 1e-12);
  EXPECT_NEAR(ponpoko_band(0, t).low, 0.97 - 0.1 * std::abs(std::sin(12.0)), 1e-12);
  EXPECT_NEAR(ponpoko_band(1, t).high, 1.0, 1e-12);
  EXPECT_NEAR(ponpoko_band(1, t).low, 1 - 0.066, 1e-12);
  EXPECT_NEAR(ponpoko_band(2, t).low, 0.97 - 0.15 * std::abs(std::sin(6.0)), 1e-12);
  EXPECT_NEAR(ponpoko_band(3, t).low, 0.97, 1e-12);
  EXPECT_NEAR(ponpoko_band(3, 0.995).low, 1 - 0.3 * 0.995, 1e-12);  // the last-moment drop
  EXPECT_NEAR(ponpoko_band(4, t).high, 1 - 0.045 * std::abs(std::sin(6.0)), 1e-12);
  for (int p = 0; p < 5; ++p)
    for (double s = 0; s <= 1.0; s += 0.01) EXPECT_LE(ponpoko_band(p, s).low, ponpoko_band(p, s).high + 1e-12) << p;
}

using Trace = test::OwnOfferTrace;

TEST(PonPoko, OffersInsideItsBand) {
  // 6^4 outcomes: every band of pattern 1 ([1 − 0.22t, 1]) holds an outcome once it is 0.02
  // wide, so from t = 0.1 on each bid lies in the band.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 91));
  const auto& utility = prepared.scenario().parties[0].utility;
  Trace trace;
  SessionConfig config;
  config.rounds = 200;
  run_session(prepared, {"ponpoko:pattern=1", "hardliner:accept=never"}, config, &trace);
  ASSERT_GT(trace.own.size(), 150u);
  std::set<Outcome> distinct;
  for (const auto& [t, bid] : trace.own) {
    const auto band = ponpoko_band(1, t);
    EXPECT_LE(utility(bid), band.high + 1e-9) << t;
    if (t >= 0.1) {
      EXPECT_GE(utility(bid), band.low - 1e-9) << t;
    }
    distinct.insert(bid);
  }
  EXPECT_GT(distinct.size(), 10u);  // random bids within the band, not one repeated bid
}

TEST(PonPoko, AcceptsExactlyAboveTheLowerEdge) {
  // The opponent offers one outcome worth about 0.85 to PonPoko. With pattern 1 the lower edge
  // 1 − 0.22t passes 0.85 at t = 0.15/0.22: PonPoko accepts on its first turn after that.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 92));
  Outcome x(prepared.scenario().space.issue_count());
  const double u = prepared.index(0).at_least(0.85, x);
  // PonPoko moves second, as party 1 of a copy with the roles swapped (its utility is party 0's).
  Scenario swapped = prepared.scenario();
  std::swap(swapped.parties[0], swapped.parties[1]);
  const PreparedScenario roles(std::move(swapped));
  std::vector<std::unique_ptr<Agent>> ordered;
  ordered.push_back(std::make_unique<test::ScriptedAgent>(test::always_offer(x)));
  ordered.push_back(make_agent("ponpoko:pattern=1", roles.scenario(), 1));
  SessionConfig config;
  config.rounds = 1000;
  const auto result = run_session_with_agents(roles, std::move(ordered), config);
  ASSERT_TRUE(result.agreement);
  EXPECT_EQ(*result.agreement, x);
  const double t_edge = (1 - u) / 0.22;
  EXPECT_GT(result.t, t_edge);
  EXPECT_LE(result.t, t_edge + 1.0 / config.rounds + 1e-12);
}

TEST(PonPoko, TheSeedDrawsThePattern) {
  // Different seeds give different patterns: the first bids of 30 sessions at t = 0.5 are not
  // all in one pattern's band.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 93));
  std::set<int> consistent;  // patterns whose band contains every observed mid-session bid
  for (int p = 0; p < 5; ++p) consistent.insert(p);
  const auto& utility = prepared.scenario().parties[0].utility;
  for (std::uint64_t seed = 1; seed <= 30; ++seed) {
    Trace trace;
    SessionConfig config;
    config.rounds = 100;
    config.seed = seed;
    run_session(prepared, {"ponpoko", "hardliner:accept=never"}, config, &trace);
    for (const auto& [t, bid] : trace.own) {
      if (t < 0.3) continue;
      for (int p = 0; p < 5; ++p) {
        const auto band = ponpoko_band(p, t);
        if (utility(bid) > band.high + 1e-9 || utility(bid) < band.low - 1e-9) consistent.erase(p);
      }
    }
  }
  EXPECT_TRUE(consistent.empty()) << "every bid fits pattern " << *consistent.begin();
}

TEST(PonPoko, NegotiatesWithThreePartiesOnAnAnac2015Domain) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius/anac/y2015/group2-politics");
  const PreparedScenario prepared(io::load_scenario(root));
  ASSERT_EQ(prepared.scenario().parties.size(), 3u);
  SessionConfig config;
  config.protocol = Protocol::saop;
  config.rounds = 180;
  const auto result = run_session(prepared, {"ponpoko", "atlas3", "micro"}, config);
  EXPECT_NE(result.reason, EndReason::agent_failure) << result.failure;
}

}  // namespace
}  // namespace parley::negotiation
