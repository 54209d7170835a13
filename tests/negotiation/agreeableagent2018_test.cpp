// AgreeableAgent2018's defining behaviour: it holds its best bid until t = 0.2, then concedes
// along a Boulware curve floored at 0.8 (its bids stay within the exploration band around that
// floor), and it accepts an offer below its bids only from t = 0.99, when it is worth at least
// its reservation value.
#include <gtest/gtest.h>

#include "parley/io/load.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"
#include "support/test_paths.hpp"

namespace parley::negotiation {
namespace {

using Trace = test::OwnOfferTrace;

TEST(AgreeableAgent2018, HoldsItsBestThenConcedesToNoLessThanTheFloor) {
  const PreparedScenario prepared(test::random_scenario(2, 5, 6, 101));
  const auto& utility = prepared.scenario().parties[0].utility;
  const double best = prepared.index(0).max_utility();
  Trace trace;
  SessionConfig config;
  config.rounds = 400;
  const auto result = run_session(prepared, {"agreeableagent2018", "hardliner:accept=never"}, config, &trace);
  ASSERT_GT(trace.own.size(), 300u);
  bool conceded = false;
  for (const auto& [t, bid] : trace.own) {
    const double u = utility(bid);
    if (t < 0.2) {
      EXPECT_NEAR(u, best, 1e-12) << t;
    }
    // the floor 0.8 minus the widest exploration band (0.05), on 6^5 outcomes always reached
    EXPECT_GE(u, 0.8 - 0.05 - 1e-9) << t;
    conceded |= u < best - 0.05;
  }
  EXPECT_TRUE(conceded);
  (void)result;
}

TEST(AgreeableAgent2018, AcceptsAPoorOfferOnlyFromT099) {
  // The hardliner's demand is worth less than 0.75 to it: below every bid it makes, so it is
  // accepted only at t >= 0.99 (reservation value 0).
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 102));
  Trace trace;
  SessionConfig config;
  config.rounds = 300;
  const auto result = run_session(prepared, {"agreeableagent2018", "hardliner:accept=never"}, config, &trace);
  ASSERT_TRUE(result.agreement);
  const double demand = prepared.scenario().parties[0].utility(*result.agreement);
  ASSERT_LT(demand, 0.75);
  EXPECT_GE(result.t, 0.99);
  EXPECT_LT(result.t, 0.99 + 2.0 / config.rounds);
}

TEST(AgreeableAgent2018, NegotiatesWithThreePartiesOnAnAnac2016Domain) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius/anac/y2016/Atlas3");
  const PreparedScenario prepared(io::load_scenario(root));
  if (prepared.scenario().parties.size() < 3) GTEST_SKIP() << "not a three-party domain";
  SessionConfig config;
  config.protocol = Protocol::saop;
  config.rounds = 180;
  config.parties = {0, 1, 2};
  const auto result = run_session(prepared, {"agreeableagent2018", "atlas3", "ponpoko"}, config);
  EXPECT_NE(result.reason, EndReason::agent_failure) << result.failure;
}

}  // namespace
}  // namespace parley::negotiation
