// Caduceus's defining behaviour: its best outcome, whatever is on the table, until t = 0.83;
// after that the experts' weighted vote decides, so ParsAgent (score 500 of 503) carries it:
// Caduceus accepts what ParsAgent accepts and refuses what ParsAgent refuses even when Atlas3
// alone would take it.
#include <cmath>

#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

using Trace = test::OwnOfferTrace;
constexpr int kRounds = 1000;

TEST(Caduceus, OffersItsBestUntil083ThenAcceptsWhatParsAgentAccepts) {
  // An offer worth about 0.9 is above ParsAgent's target from t = 0.1^0.15 ≈ 0.708 on: ParsAgent
  // alone takes it then; Caduceus keeps offering its best outcome and takes it at its first turn
  // after t = 0.83.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 611));
  const Outcome x = test::outcome_worth(prepared, 0.9);
  const double u = prepared.scenario().parties[0].utility(x);
  ASSERT_LT(u, 0.99);
  Trace alone_trace;
  const auto alone = test::against_script(prepared, "parsagent", test::always_offer(x), kRounds, alone_trace);
  ASSERT_TRUE(alone.agreement);
  EXPECT_LT(alone.t, 0.83);

  Trace trace;
  const auto result = test::against_script(prepared, "caduceus", test::always_offer(x), kRounds, trace);
  ASSERT_TRUE(result.agreement);
  EXPECT_EQ(*result.agreement, x);
  EXPECT_GE(result.t, 0.83);
  EXPECT_LE(result.t, 0.83 + 2.0 / kRounds + 1e-12);
  ASSERT_FALSE(trace.own.empty());
  for (const auto& [t, bid] : trace.own) EXPECT_EQ(bid, prepared.index(0).best()) << t;
}

TEST(Caduceus, ParsAgentsRefusalOutweighsAtlas3) {
  // Worth about 0.6, below ParsAgent's 0.7 floor: ParsAgent never accepts it, Atlas3 alone does
  // in its final phase. In Caduceus ParsAgent's vote wins: no agreement.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 612));
  const Outcome x = test::outcome_worth(prepared, 0.6);
  ASSERT_LT(prepared.scenario().parties[0].utility(x), 0.7);
  Trace atlas_trace;
  ASSERT_TRUE(test::against_script(prepared, "atlas3", test::always_offer(x), kRounds, atlas_trace).agreement);
  Trace trace;
  const auto result = test::against_script(prepared, "caduceus", test::always_offer(x), kRounds, trace);
  EXPECT_FALSE(result.agreement);
  // After t = 0.83 its bids are the experts' (ParsAgent's nearly always), no longer only its best.
  bool varied = false;
  for (const auto& [t, bid] : trace.own) varied = varied || (t >= 0.83 && bid != prepared.index(0).best());
  EXPECT_TRUE(varied);
}

TEST(Caduceus, SameSeedSameSession) {
  const PreparedScenario prepared(test::random_scenario(3, 4, 5, 613));
  SessionConfig config;
  config.protocol = Protocol::saop;
  config.rounds = 300;
  const auto a = run_session(prepared, {"caduceus", "atlas3", "parsagent"}, config);
  const auto b = run_session(prepared, {"caduceus", "atlas3", "parsagent"}, config);
  EXPECT_EQ(a.agreement, b.agreement);
  EXPECT_EQ(a.t, b.t);
}

}  // namespace
}  // namespace parley::negotiation
