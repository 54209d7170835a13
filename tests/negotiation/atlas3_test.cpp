// Atlas3's defining behaviour: its threshold is the expected utility of the evolutionarily
// stable strategy (checked against the paper's game by hand), it accepts nothing below that
// threshold before its final phase, and in the final phase it falls back on the bids every
// other party supported (multilateral "popular" bids) — and only on those.
#include <cmath>
#include <set>

#include <gtest/gtest.h>

#include "parley/io/load.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/anac.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"
#include "support/test_paths.hpp"

namespace parley::negotiation {
namespace {

TEST(Atlas3, ThresholdIsTheExpectedUtilityOfTheStableStrategy) {
  // r = 0, d = 1, C = 0.6: A11 = 0, A12 = 1, A21 = 0.6, A22 = 0.8; (A11 − A21)/(A12 − A22) = −3,
  // q = 1/4, target = 0.25·0.6 + 0.75·0.8 = 0.75; threshold = 0.75 + 0.25(1 − t).
  EXPECT_NEAR(atlas3_threshold(0.0, 0, 1, 0.6), 1.0, 1e-12);
  EXPECT_NEAR(atlas3_threshold(0.5, 0, 1, 0.6), 0.875, 1e-12);
  EXPECT_NEAR(atlas3_threshold(1.0, 0, 1, 0.6), 0.75, 1e-12);
  // Nothing received (C = 0): q = 1, target = A21 = 0, a linear 1 − t.
  EXPECT_NEAR(atlas3_threshold(0.3, 0, 1, 0), 0.7, 1e-12);
  // Discounted, d = 0.8, r = 0.2, C = 0.7: A11 = 0.16, A12 = 0.8, A21 = 0.56, A22 = 0.68;
  // ratio = −0.4/0.12, q = 1/(1 + 10/3) = 3/13; target = (3/13·0.56 + 10/13·0.68) / 0.8^t.
  const double q = 3.0 / 13, target = (q * 0.56 + (1 - q) * 0.68) / std::pow(0.8, 0.5);
  EXPECT_NEAR(atlas3_threshold(0.5, 0.2, 0.8, 0.7), std::max(1 - 0.5 / 0.8, target), 1e-12);
  // C below the reservation value counts as the reservation value.
  EXPECT_NEAR(atlas3_threshold(0.5, 0.5, 0.8, 0.3), atlas3_threshold(0.5, 0.5, 0.8, 0.5), 1e-12);
}

struct Trace final : TraceSink {
  std::vector<std::tuple<std::size_t, double, Outcome>> offers;  // party, t, outcome
  void record(const TraceEvent& e) override {
    if (e.kind == TraceKind::offer) offers.emplace_back(e.party, e.t, *e.outcome);
  }
};

TEST(Atlas3, HoldsItsThresholdAndTakesTheOpponentsBidOnlyAtTheEnd) {
  // Against a hardliner Atlas3's offers stay at or above 1 − t (its threshold, d = 1, is
  // never below that); the hardliner's demand is its only popular bid, which it accepts in
  // the final phase (the last two of its turns), not before.
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 81));
  const auto& utility = prepared.scenario().parties[0].utility;
  Trace trace;
  SessionConfig config;
  config.rounds = 200;
  const auto result = run_session(prepared, {"atlas3", "hardliner:accept=never"}, config, &trace);
  Outcome demand;
  for (const auto& [party, t, outcome] : trace.offers) {
    if (party == 1) demand = outcome;
    if (party == 0) {
      EXPECT_GE(utility(outcome), 1 - t - 1e-12) << "t = " << t;
    }
  }
  const double threshold_at_end = atlas3_threshold(result.t, 0, 1, utility(demand));
  if (utility(demand) < threshold_at_end) {
    ASSERT_TRUE(result.agreement);
    EXPECT_EQ(*result.agreement, demand);
    EXPECT_GE(result.rounds, config.rounds - 2);
  }
}

TEST(Atlas3, InSaopItFallsBackOnTheBidEveryoneElseSupported) {
  // Three parties: B offers X every turn and C accepts whatever stands. X is the only popular
  // bid (offered by one, accepted by the other); it is poor for Atlas3, so Atlas3 accepts it
  // only in its final phase, and the session ends there with X.
  const PreparedScenario prepared(test::random_scenario(3, 3, 5, 82));
  const auto& index = prepared.index(0);
  Outcome x(prepared.scenario().space.issue_count());
  index.at_least(0.3, x);  // an outcome Atlas3 values at about 0.3
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(make_agent("atlas3", prepared.scenario(), 0));
  agents.push_back(std::make_unique<test::ScriptedAgent>(test::always_offer(x)));
  agents.push_back(std::make_unique<test::ScriptedAgent>([](const TurnState& turn, Outcome& offer) {
    if (turn.standing_offer != nullptr) return ActionKind::accept;
    offer.assign(offer.size(), 0);
    return ActionKind::offer;
  }));
  SessionConfig config;
  config.protocol = Protocol::saop;
  config.rounds = 100;
  const auto result = run_session_with_agents(prepared, std::move(agents), config);
  ASSERT_TRUE(result.agreement) << to_string(result.reason);
  EXPECT_EQ(*result.agreement, x);
  EXPECT_GE(result.rounds, config.rounds - 2);
}

TEST(Atlas3, NegotiatesWithThreePartiesOnAnAnac2015Domain) {
  // On the ANAC 2015 Dinner domain (three parties) against the other SAOP agents: no agent
  // failure, and Atlas3's offers before t = 0.5 (well before its final phase) keep to 1 − t.
  PARLEY_REQUIRE_SHARED_DATA(root, "genius/anac/y2015/group2-dinner");
  const PreparedScenario prepared(io::load_scenario(root));
  ASSERT_EQ(prepared.scenario().parties.size(), 3u);
  const auto& utility = prepared.scenario().parties[0].utility;
  const double discounted = prepared.scenario().parties[0].discount_factor;
  for (const char* other : {"conceder", "boulware", "micro"}) {
    Trace trace;
    SessionConfig config;
    config.protocol = Protocol::saop;
    config.rounds = 180;
    const auto result = run_session(prepared, {"atlas3", other, "hardheaded"}, config, &trace);
    EXPECT_NE(result.reason, EndReason::agent_failure) << other << ": " << result.failure;
    for (const auto& [party, t, outcome] : trace.offers)
      if (party == 0 && t < 0.5 && discounted == 1) {
        EXPECT_GE(utility(outcome), 1 - t - 1e-9) << other << " t = " << t;
      }
    if (result.agreement) {
      EXPECT_GE(result.utilities[0], prepared.scenario().parties[0].reservation_value - 1e-9);
    }
  }
}

}  // namespace
}  // namespace parley::negotiation
