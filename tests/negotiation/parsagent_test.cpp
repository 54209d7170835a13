// ParsAgent's defining behaviour: a Boulware target 1 − t^(1/0.15) floored at 0.7 that every
// bid stays above, acceptance exactly above the target, and, in SAOP, bids built from the
// values its opponents agree on (the "mutual" bid) whenever that bid is above the target.
#include <cmath>

#include <gtest/gtest.h>

#include "parley/io/load.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"
#include "support/test_paths.hpp"

namespace parley::negotiation {
namespace {

double target(double t) { return std::max(0.7, 1 - std::pow(t, 1 / 0.15)); }

using Trace = test::OwnOfferTrace;

TEST(ParsAgent, BidsStayAboveItsTarget) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 111));
  const auto& utility = prepared.scenario().parties[0].utility;
  Trace trace;
  SessionConfig config;
  config.rounds = 300;
  run_session(prepared, {"parsagent", "hardliner:accept=never"}, config, &trace);
  ASSERT_GT(trace.own.size(), 50u);
  for (const auto& [t, bid] : trace.own) EXPECT_GE(utility(bid), target(t) - 1e-12) << t;
}

TEST(ParsAgent, AcceptsExactlyAboveItsTarget) {
  // The opponent offers one outcome worth about 0.85: ParsAgent accepts at its first turn with
  // 1 − t^(1/0.15) < u, i.e. t > (1 − u)^0.15.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 112));
  Outcome x(prepared.scenario().space.issue_count());
  const double u = prepared.index(0).at_least(0.85, x);
  Scenario swapped = prepared.scenario();
  std::swap(swapped.parties[0], swapped.parties[1]);
  const PreparedScenario roles(std::move(swapped));
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(std::make_unique<test::ScriptedAgent>(test::always_offer(x)));
  agents.push_back(make_agent("parsagent", roles.scenario(), 1));
  SessionConfig config;
  config.rounds = 1000;
  const auto result = run_session_with_agents(roles, std::move(agents), config);
  ASSERT_TRUE(result.agreement);
  EXPECT_EQ(*result.agreement, x);
  const double edge = std::pow(1 - u, 0.15);
  EXPECT_GT(result.t, edge);
  EXPECT_LE(result.t, edge + 1.0 / config.rounds + 1e-12);
}

TEST(ParsAgent, InSaopItOffersTheValuesItsOpponentsShare) {
  // Two hardliners demand X and Y. On the issues where X and Y agree, the mutual bid takes
  // their value; elsewhere ParsAgent's best value. Whenever that bid is above its target (and
  // nothing was agreed, as hardliners never accept) ParsAgent offers exactly it.
  // The first random three-party scenario (seeds from 113) in which X and Y share at least half
  // the issues and the mutual bid is worth more than the 0.7 floor to ParsAgent.
  std::unique_ptr<PreparedScenario> found;
  Outcome mutual;
  for (std::uint64_t seed = 113; seed < 400 && !found; ++seed) {
    auto candidate = std::make_unique<PreparedScenario>(test::random_scenario(3, 6, 3, seed));
    const Outcome& x = candidate->index(1).best();
    const Outcome& y = candidate->index(2).best();
    Outcome m = candidate->index(0).best();
    std::size_t shared = 0;
    for (std::size_t i = 0; i < x.size(); ++i)
      if (x[i] == y[i]) m[i] = x[i], ++shared;
    if (2 * shared >= x.size() && candidate->scenario().parties[0].utility(m) > 0.75 && m != candidate->index(0).best())
      found = std::move(candidate), mutual = m;
  }
  ASSERT_TRUE(found);
  const PreparedScenario& prepared = *found;
  const auto& utility = prepared.scenario().parties[0].utility;
  Trace trace;
  SessionConfig config;
  config.protocol = Protocol::saop;
  config.rounds = 200;
  run_session(prepared, {"parsagent", "hardliner:accept=never", "hardliner:accept=never"}, config, &trace);
  std::size_t checked = 0;
  for (const auto& [t, bid] : trace.own) {
    if (t <= 1.0 / config.rounds || utility(mutual) <= target(t)) continue;  // first turn: no offers seen yet
    EXPECT_EQ(bid, mutual) << t;
    ++checked;
  }
  EXPECT_GT(checked, 10u);
}

TEST(ParsAgent, NegotiatesWithThreePartiesOnAnAnac2015Domain) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius/anac/y2015/group2-dinner");
  const PreparedScenario prepared(io::load_scenario(root));
  SessionConfig config;
  config.protocol = Protocol::saop;
  config.rounds = 180;
  const auto result = run_session(prepared, {"parsagent", "atlas3", "agreeableagent2018"}, config);
  EXPECT_NE(result.reason, EndReason::agent_failure) << result.failure;
}

}  // namespace
}  // namespace parley::negotiation
