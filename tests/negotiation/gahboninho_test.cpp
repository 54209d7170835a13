// Gahboninho's defining behaviour: its early hard phase (40 slowly falling demands, nothing
// at or below 0.95 accepted), a demand that stays high for most of the session and a final
// "frenzy" in which it offers the opponent's best bid.
#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/anac.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

struct Trace final : TraceSink {
  std::vector<std::pair<double, Outcome>> own, theirs;
  void record(const TraceEvent& e) override {
    if (e.kind != TraceKind::offer) return;
    (e.party == 0 ? own : theirs).emplace_back(e.t, *e.outcome);
  }
};

TEST(Gahboninho, EarlyPhaseIsHard) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 51));
  const auto& utility = prepared.scenario().parties[0].utility;
  Trace trace;
  SessionConfig config;
  config.rounds = 1000;
  const auto result = run_session(prepared, {"gahboninho", "conceder"}, config, &trace);
  ASSERT_GE(trace.own.size(), 40u);
  for (std::size_t k = 0; k < 40; ++k) EXPECT_GE(utility(trace.own[k].second), 0.925 - 1e-12) << k;
  // No agreement in its early phase unless the conceder offered it more than 0.95.
  if (result.agreement && result.t < 0.04) {
    EXPECT_GT(result.utilities[0], 0.95);
  }
  // Through most of the session its demand stays high: above 0.9 until t = 0.8 (max utility 1).
  ASSERT_NEAR(prepared.index(0).max_utility(), 1.0, 1e-12);
  for (const auto& [t, bid] : trace.own) {
    if (t <= 0.8) {
      EXPECT_GE(utility(bid), 0.9 - 1e-12) << "t = " << t;
    }
  }
}

TEST(Gahboninho, PanicsOnlyAtTheEnd) {
  // Against a hardliner it holds out through the session and gives in only in its panic
  // (t > 0.94), by accepting the hardliner's one bid or offering it back (frenzy).
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 53));
  Trace trace;
  SessionConfig config;
  config.rounds = 400;
  const auto result = run_session(prepared, {"gahboninho", "hardliner:accept=never"}, config, &trace);
  ASSERT_FALSE(trace.theirs.empty());
  const Outcome& demand = trace.theirs.front().second;
  ASSERT_TRUE(result.agreement);
  EXPECT_EQ(*result.agreement, demand);
  EXPECT_GT(result.t, 0.94);
}

TEST(Gahboninho, TargetFollowsItsPhases) {
  GahboninhoTarget target;
  EXPECT_DOUBLE_EQ(target.next(0.0, 1, 0.4, 0), 1.0);  // the first call: its best
  // Mid-session with noise 0.4 and nothing good received: Min = 0.9125, Max = 1 + 2.4 -> capped at 1,
  // so the demand may fall only 0.0009 per call from 1.
  // Mid-session with noise 0.4: Min = 0.9125, Max = 3.4, so Max - (Max - Min)/2 > 1: demand 1.
  EXPECT_DOUBLE_EQ(target.next(0.5, 1, 0.4, 0), 1.0);
  EXPECT_DOUBLE_EQ(target.compromise, 0.95);
  // Panic at t = 0.99 with nothing good received: compromise 0.8, and the demand may fall only
  // 0.001 + 0.01 (0.99 - 0.985) / 0.015 per call.
  EXPECT_NEAR(target.next(0.99, 1, 0.4, 0), 1 - (0.001 + 0.01 * 0.005 / 0.015), 1e-12);
  EXPECT_DOUBLE_EQ(target.compromise, 0.8);
  // The last moment: frenzy when the opponent once offered at least 0.25.
  GahboninhoTarget late;
  late.next(0, 1, 0.4, 0.6);
  const double end = late.next(1.0, 1, 0.4, 0.6);
  EXPECT_TRUE(late.frenzy);
  EXPECT_NEAR(end, 0.6, 1e-12);  // max decrease 1 in the frenzy
}

}  // namespace
}  // namespace parley::negotiation
