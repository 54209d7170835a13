// BRAMAgent's defining behaviour: its best bid while it collects the opponent's first 10
// offers, bids never below its time-stepped threshold best − (best − worst)·{0.07, 0.15, 0.3,
// 0.8}, and acceptance exactly when the threshold reaches an offer.
#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

using Trace = test::OwnOfferTrace;

double flexibility(double t) { return t < 60.0 / 180 ? 0.07 : t < 150.0 / 180 ? 0.15 : t < 175.0 / 180 ? 0.3 : 0.8; }

SessionResult against_fixed(const PreparedScenario& prepared, const Outcome& bid, int rounds, Trace* trace) {
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(make_agent("bramagent", prepared.scenario(), 0));
  agents.push_back(std::make_unique<test::ScriptedAgent>(test::always_offer(bid)));
  SessionConfig config;
  config.rounds = rounds;
  return run_session_with_agents(prepared, std::move(agents), config, trace);
}

TEST(BRAMAgent, BidsStayAboveItsSteppedThreshold) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 81));
  const auto& index = prepared.index(0);
  const double best = index.max_utility(), range = best - index.min_utility();
  Trace trace;
  SessionConfig config;
  config.rounds = 400;
  run_session(prepared, {"bramagent", "hardliner:accept=never"}, config, &trace);
  ASSERT_GE(trace.own.size(), 350u);  // it may accept the hardliner near the end
  for (std::size_t k = 0; k < trace.own.size(); ++k) {
    const auto& [t, bid] = trace.own[k];
    const double u = prepared.scenario().parties[0].utility(bid);
    EXPECT_GE(u, best - range * flexibility(t) - 1e-9) << "t = " << t;
    if (k <= 10) {
      EXPECT_EQ(bid, index.best()) << "while collecting the opponent's first 10 offers";
    }
  }
}

TEST(BRAMAgent, AcceptsWhenTheThresholdReachesTheOffer) {
  // An offer worth best − 0.2·range is below the threshold until t = 150/180 (flexibility
  // 0.15) and above it from then on (0.3): accepted at the first turn after 150/180.
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 81));
  const auto& index = prepared.index(0);
  const double best = index.max_utility(), range = best - index.min_utility();
  Outcome offer(prepared.scenario().space.issue_count());
  const double u = index.at_least(best - 0.2 * range, offer);
  ASSERT_LT(u, best - 0.15 * range);
  const auto result = against_fixed(prepared, offer, 360, nullptr);
  ASSERT_TRUE(result.agreement);
  EXPECT_GE(result.t, 150.0 / 180);
  EXPECT_LT(result.t, 150.0 / 180 + 0.01);
}

}  // namespace
}  // namespace parley::negotiation
