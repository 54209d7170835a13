// TheNegotiator's defining behaviour: its offers stay at or above its phase threshold (the
// published three-phase schedule), it re-offers the opponent's good bids from phase 2 on, and
// in the last moves it accepts anything.
#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

// The undiscounted threshold of the paper at time t.
double threshold(double t, double best, double worst) {
  const double range = best - worst, t1 = 140.0 / 180, t2 = 35.0 / 180, t3 = 5.0 / 180;
  const double l0 = best, l1 = best - range / 8, l2 = best - 3 * range / 8, l3 = worst;
  if (t <= t1) return l0 - t / t1 * (l0 - l1);
  if (t <= t1 + t2) return l1 - (t - t1) / t2 * (l1 - l2);
  return l2 - (t - t1 - t2) / t3 * (l2 - l3);
}

struct Trace final : TraceSink {
  std::vector<std::pair<double, Outcome>> own, theirs;
  void record(const TraceEvent& e) override {
    if (e.kind != TraceKind::offer) return;
    (e.party == 0 ? own : theirs).emplace_back(e.t, *e.outcome);
  }
};

TEST(TheNegotiator, OffersStayAboveItsPhaseThreshold) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 61));
  const auto& utility = prepared.scenario().parties[0].utility;
  const double best = prepared.index(0).max_utility(), worst = prepared.index(0).min_utility();
  Trace trace;
  SessionConfig config;
  config.rounds = 360;
  run_session(prepared, {"thenegotiator", "hardliner:accept=never"}, config, &trace);
  ASSERT_GE(trace.own.size(), 300u);
  for (const auto& [t, bid] : trace.own) EXPECT_GE(utility(bid), threshold(t, best, worst) - 1e-9) << "t = " << t;
}

TEST(TheNegotiator, AcceptsAnythingInItsLastMoves) {
  // The hardliner's one offer is poor for TheNegotiator; it accepts it only near the end.
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 63));
  SessionConfig config;
  config.rounds = 360;
  const auto result = run_session(prepared, {"thenegotiator", "hardliner:accept=never"}, config);
  ASSERT_TRUE(result.agreement);
  EXPECT_GT(result.t, 1 - 15.0 / 360 - 1e-9);
}

TEST(TheNegotiator, ReoffersTheOpponentsGoodBidsInPhaseTwo) {
  // The opponent once offers a bid worth best - range/4 to TheNegotiator (below its phase-1
  // threshold, so not accepted), otherwise its worst outcome. In phase 2, once the threshold
  // falls below that bid, TheNegotiator offers it back; never in phase 1.
  const PreparedScenario prepared(test::random_scenario(2, 3, 6, 65));
  const auto& index = prepared.index(0);
  Outcome good, bad;
  index.at_least(index.max_utility() - (index.max_utility() - index.min_utility()) / 4, good);
  index.at_least(index.min_utility(), bad);
  auto script = [good, bad](const TurnState& turn, Outcome& offer) {
    offer = turn.round == 10 ? good : bad;
    return ActionKind::offer;
  };
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(make_agent("thenegotiator", prepared.scenario(), 0));
  agents.push_back(std::make_unique<test::ScriptedAgent>(script));
  Trace trace;
  SessionConfig config;
  config.rounds = 300;
  run_session_with_agents(prepared, std::move(agents), config, &trace);
  std::size_t early = 0, late = 0;
  for (const auto& [t, own] : trace.own) (t > 140.0 / 180 ? late : early) += own == good ? 1 : 0;
  EXPECT_EQ(early, 0u);
  EXPECT_GT(late, 0u);
}

}  // namespace
}  // namespace parley::negotiation
