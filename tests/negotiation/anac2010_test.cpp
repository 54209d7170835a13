// The ANAC 2010 agents' defining behaviour: IAMcrazyHaggler never concedes below its break-off
// utility and accepts by the Southampton rule; Yushu follows its eagerness-1.2 curve towards a
// minimum set by the opponent's mean offer and hands the opponent's best offer back at the end.
#include <gtest/gtest.h>

#include <cmath>
#include <set>

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

// A session of `agent` (party 0) against an opponent that offers `bid` every turn.
SessionResult against_fixed(const PreparedScenario& prepared, const std::string& agent, const Outcome& bid, int rounds,
                            Trace* trace) {
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(make_agent(agent, prepared.scenario(), 0));
  agents.push_back(std::make_unique<test::ScriptedAgent>(test::always_offer(bid)));
  SessionConfig config;
  config.rounds = rounds;
  return run_session_with_agents(prepared, std::move(agents), config, trace);
}

// An outcome whose utility for party 0 lies in [lo, hi); fails the test when there is none.
Outcome outcome_in(const PreparedScenario& prepared, double lo, double hi) {
  Outcome out(prepared.scenario().space.issue_count());
  const double u = prepared.index(0).at_least(lo, out);
  EXPECT_TRUE(u >= lo && u < hi) << "no outcome in [" << lo << ", " << hi << ")";
  return out;
}

TEST(IAMcrazyHaggler, OffersOnlyRandomBidsAboveItsBreakOff) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 71));
  const auto& utility = prepared.scenario().parties[0].utility;
  Trace trace;
  SessionConfig config;
  config.rounds = 300;
  run_session(prepared, {"iamcrazyhaggler", "hardliner:accept=never"}, config, &trace);
  ASSERT_GE(trace.own.size(), 290u);
  std::set<Outcome> distinct;
  for (const auto& [t, bid] : trace.own) {
    EXPECT_GT(utility(bid), 0.9) << "t = " << t;  // to the very end: it never concedes
    distinct.insert(bid);
  }
  EXPECT_GT(distinct.size(), 5u);  // random, not one repeated bid
}

TEST(IAMcrazyHaggler, BreakOffRisesWhenDiscounted) {
  auto scenario = test::random_scenario(2, 4, 6, 71);
  for (auto& party : scenario.parties) party.discount_factor = 0.5;
  const PreparedScenario prepared(scenario);
  Trace trace;
  SessionConfig config;
  config.rounds = 200;
  run_session(prepared, {"iamcrazyhaggler", "hardliner:accept=never"}, config, &trace);
  for (const auto& [t, bid] : trace.own) EXPECT_GT(prepared.scenario().parties[0].utility(bid), 0.95);
}

TEST(IAMcrazyHaggler, AcceptsByTheSouthamptonRule) {
  // 1.02 · x >= 0.85 accepts at once (x >= 0.8334); an offer below 0.8 is never accepted,
  // since its bids are all worth more than 0.9.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 71));
  const auto high = against_fixed(prepared, "iamcrazyhaggler", outcome_in(prepared, 0.834, 0.88), 100, nullptr);
  ASSERT_TRUE(high.agreement);
  EXPECT_LE(high.rounds, 2);
  const auto low = against_fixed(prepared, "iamcrazyhaggler", outcome_in(prepared, 0.7, 0.8), 100, nullptr);
  EXPECT_FALSE(low.agreement);
}

TEST(Yushu, ConcedesAlongItsEagernessCurveTowardsTheOpponentsMeanOffer) {
  // Against an opponent whose offer is worth ā ≤ 0.3 to Yushu (so ā counts as 0.3), with many
  // rounds left its minimum is max(0.5, 0.93 H)·(0.3/3 + 0.75) and its bids stay at or above
  // H − (H − m)·t^1.2; late in the session it concedes well below its opening demand.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 73));
  const auto& index = prepared.index(0);
  const double best = index.max_utility();
  const Outcome worst = outcome_in(prepared, index.min_utility(), 0.3);
  Trace trace;
  against_fixed(prepared, "yushu", worst, 1000, &trace);
  ASSERT_GE(trace.own.size(), 900u);
  const double minimum = std::max(0.5, 0.93 * best) * (0.3 / 3 + 0.75);
  double lowest_late = best;
  for (const auto& [t, bid] : trace.own) {
    const double u = prepared.scenario().parties[0].utility(bid);
    if (t < 0.5) {
      EXPECT_GE(u, best - (best - minimum) * std::pow(t, 1.2) - 1e-9) << "t = " << t;
    }
    if (t > 0.9) lowest_late = std::min(lowest_late, u);
  }
  EXPECT_LT(lowest_late, best - (best - minimum) * std::pow(0.9, 1.2) + 0.02);
  EXPECT_LT(lowest_late, 0.9 * best);
}

TEST(Yushu, HandsTheOpponentsBestOfferBackAtTheEnd) {
  // With fewer than 1.6 rounds left it suggests — and offers — the best offer it received.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 73));
  const Outcome worst = outcome_in(prepared, prepared.index(0).min_utility(), 0.3);
  Trace trace;
  const auto result = against_fixed(prepared, "yushu", worst, 200, &trace);
  EXPECT_FALSE(result.agreement);
  ASSERT_FALSE(trace.own.empty());
  EXPECT_EQ(trace.own.back().second, worst);
  for (const auto& [t, bid] : trace.own) {
    if (t < 0.9) {
      EXPECT_NE(bid, worst);
    }
  }
}

}  // namespace
}  // namespace parley::negotiation
