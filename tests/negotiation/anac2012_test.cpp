// The ANAC 2012 agents' defining behaviour. AgentLG: stubborn before t = 0.6 — without a
// discount it moves down at most one utility level per 0.1 of time, with a discount faster —
// and at the very end it offers the opponent's best offer.
#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/offer_index.hpp"
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

Scenario discounted(Scenario scenario, double d) {
  for (auto& party : scenario.parties) party.discount_factor = d;
  return scenario;
}

double lowest_before(const PreparedScenario& prepared, const Trace& trace, double until) {
  double lowest = 2;
  for (const auto& [t, bid] : trace.own)
    if (t < until) lowest = std::min(lowest, prepared.scenario().parties[0].utility(bid));
  return lowest;
}

TEST(AgentLG, StubbornBeforeSixTenthsUnlessDiscounted) {
  const auto scenario = test::random_scenario(2, 4, 6, 91);
  const PreparedScenario plain(scenario), hurried(discounted(scenario, 0.3));
  SessionConfig config;
  config.rounds = 600;
  Trace plain_trace, hurried_trace;
  run_session(plain, {"agentlg", "hardliner:accept=never"}, config, &plain_trace);
  run_session(hurried, {"agentlg", "hardliner:accept=never"}, config, &hurried_trace);
  // The 7th distinct utility level from the top: at most 6 steps of one level before t = 0.6.
  const auto& index = plain.index(0);
  Outcome scratch(scenario.space.issue_count());
  double level = index.max_utility();
  for (int k = 0; k < 6; ++k) level = index.next_below(level, scratch);
  const double plain_low = lowest_before(plain, plain_trace, 0.6);
  EXPECT_GE(plain_low, level - 1e-12);
  EXPECT_LT(lowest_before(hurried, hurried_trace, 0.6), plain_low);
}

TEST(AgentLG, OffersTheOpponentsBestOfferAtTheVeryEnd) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 91));
  Trace trace;
  SessionConfig config;
  config.rounds = 4000;  // a turn after t = 0.9995
  run_session(prepared, {"agentlg", "hardliner:accept=never"}, config, &trace);
  ASSERT_FALSE(trace.own.empty() || trace.theirs.empty());
  EXPECT_EQ(trace.own.back().second, trace.theirs.front().second);
  EXPECT_NE(trace.own[trace.own.size() / 2].second, trace.theirs.front().second);
}

}  // namespace
}  // namespace parley::negotiation
