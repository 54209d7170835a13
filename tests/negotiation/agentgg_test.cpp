// AgentGG's defining behaviour: a very hard start (nothing below ratio 0.99 early, falling
// 0.5 per unit of time to t = 0.2), bids in its ratio band, and from t = 0.2 a preference for
// the bids whose values the opponent offered most (its frequency importance map).
#include <algorithm>
#include <cmath>

#include <gtest/gtest.h>

#include "parley/io/load.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"
#include "support/test_paths.hpp"

namespace parley::negotiation {
namespace {

using Trace = test::OwnOfferTrace;

TEST(AgentGG, AcceptsAGoodOfferOnlyWhenItsEarlyRatioHasFallen) {
  // The opponent offers an outcome of ratio about 0.95 for AgentGG: the lower ratio
  // 0.99 − 0.5(t − 0.02), set on AgentGG's previous turn, reaches it after t ≈ 0.1.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 121));
  const auto& index = prepared.index(0);
  const double lo = index.min_utility(), hi = index.max_utility();
  Outcome x(prepared.scenario().space.issue_count());
  const double mine = (index.at_least(lo + 0.95 * (hi - lo), x) - lo) / (hi - lo);
  ASSERT_LT(mine, 0.97);
  Scenario swapped = prepared.scenario();
  std::swap(swapped.parties[0], swapped.parties[1]);
  const PreparedScenario roles(std::move(swapped));
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(std::make_unique<test::ScriptedAgent>(test::always_offer(x)));
  agents.push_back(make_agent("agentgg", roles.scenario(), 1));
  SessionConfig config;
  config.rounds = 1000;
  const auto result = run_session_with_agents(roles, std::move(agents), config);
  ASSERT_TRUE(result.agreement);
  const double edge = 0.02 + 2 * (0.99 - mine);  // the previous turn's t at which lower <= mine
  EXPECT_GT(result.t, edge);
  EXPECT_LE(result.t, edge + 2.0 / config.rounds + 1e-12);
}

TEST(AgentGG, BidsInItsBandAndLaterWhatTheOpponentOffersMost) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 122));
  const auto& utility = prepared.scenario().parties[0].utility;
  const auto& index = prepared.index(0);
  const double lo = index.min_utility(), hi = index.max_utility();
  const auto ratio = [&](const Outcome& o) { return (utility(o) - lo) / (hi - lo); };
  Trace trace;
  SessionConfig config;
  config.rounds = 400;
  run_session(prepared, {"agentgg", "hardliner:accept=never"}, config, &trace);
  const Outcome& demand = prepared.index(1).best();
  const double m = ratio(demand), nash = (1 - m) / 1.7 + m;
  const auto matches = [&](const Outcome& o) {
    double k = 0;
    for (std::size_t i = 0; i < o.size(); ++i) k += o[i] == demand[i];
    return k;
  };
  // All 625 outcomes, for the mean match count of a uniform bid in a band.
  std::vector<Outcome> all;
  for (std::size_t e = 0; e < index.entry_count(); ++e) {
    all.emplace_back();
    index.entry_outcome(e, all.back());
  }
  double own_matches = 0, band_matches = 0;
  std::size_t late = 0;
  for (const auto& [t, bid] : trace.own) {
    if (t >= 0.02 && t < 0.2) {
      EXPECT_GE(ratio(bid), 0.99 - 0.5 * (t - 0.02) - 1e-9) << t;  // the random early phase stays in its band
    }
    if (t > 0.25 && t < 0.5) {
      const double p = 0.3 * (1 - nash) + nash, lower = 0.9 - (0.9 - p) / 0.3 * (t - 0.2);
      double sum = 0;
      std::size_t count = 0;
      for (const auto& o : all)
        if (ratio(o) >= lower - 1e-9 && ratio(o) <= lower + 0.1 + 1e-9) sum += matches(o), ++count;
      if (count == 0) continue;
      EXPECT_GE(ratio(bid), lower - 1e-9) << t;
      EXPECT_LE(ratio(bid), lower + 0.1 + 1e-9) << t;
      own_matches += matches(bid);
      band_matches += sum / static_cast<double>(count);
      ++late;
    }
  }
  ASSERT_GT(late, 50u);
  // Its bids share clearly more values with the opponent's demand than a uniform bid in its band.
  EXPECT_GT(own_matches, 1.2 * band_matches) << own_matches / late << " vs " << band_matches / late;
}

TEST(AgentGG, NegotiatesWithThreePartiesOnAnAnac2015Domain) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius/anac/y2015/group2-politics");
  const PreparedScenario prepared(io::load_scenario(root));
  SessionConfig config;
  config.protocol = Protocol::saop;
  config.rounds = 180;
  const auto result = run_session(prepared, {"agentgg", "parsagent", "micro"}, config);
  EXPECT_NE(result.reason, EndReason::agent_failure) << result.failure;
}

}  // namespace
}  // namespace parley::negotiation
