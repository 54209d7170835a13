// The ANAC 2013 agents' defining behaviour. InoxAgent, the "harsh conceder": against an
// opponent that does not concede it resets to its best bid (once to its second best) until
// t = 0.99; against a conceding opponent it concedes through its widening window and agrees.
#include <gtest/gtest.h>

#include <set>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

using Trace = test::OwnOfferTrace;

TEST(InoxAgent, ResetsToItsBestBidAgainstANonConcedingOpponent) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 101));
  const auto& index = prepared.index(0);
  Trace trace;
  SessionConfig config;
  config.rounds = 300;
  run_session(prepared, {"inoxagent", "hardliner:accept=never"}, config, &trace);
  ASSERT_GE(trace.own.size(), 250u);
  std::size_t best = 0, other = 0;
  for (const auto& [t, bid] : trace.own) {
    if (t >= 0.99) continue;
    (bid == index.best() ? best : other) += 1;
  }
  EXPECT_EQ(other, 1u);  // its single initial concession to its second-best bid
  EXPECT_GT(best, 200u);
}

TEST(InoxAgent, ConcedesToAConcedingOpponentAndAgrees) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 101));
  const auto& utility = prepared.scenario().parties[0].utility;
  Trace trace;
  SessionConfig config;
  config.rounds = 300;
  const auto result = run_session(prepared, {"inoxagent", "conceder"}, config, &trace);
  ASSERT_TRUE(result.agreement);
  std::set<Outcome> distinct;
  for (const auto& [t, bid] : trace.own) distinct.insert(bid);
  EXPECT_GT(distinct.size(), 2u);  // more than its best and its one reset concession
  double lowest = 2;
  for (const auto& [t, bid] : trace.own) lowest = std::min(lowest, utility(bid));
  EXPECT_LT(lowest, prepared.index(0).max_utility());
}

}  // namespace
}  // namespace parley::negotiation
