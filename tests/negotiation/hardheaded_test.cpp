// HardHeaded's defining behaviour: its concession curve (checked against the published formula
// at hand-computed points), never offering below its computed minimum before the end, its
// discount-dependent late phase, the opponent's best bid coming back, and its acceptance rule.
#include <cmath>

#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/anac.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

TEST(HardHeaded, ConcessionCurveFollowsThePaper) {
  // d = 1: F = 0.05 + 0.95 t^20.
  EXPECT_NEAR(hardheaded_target(0, 1, 0.585, 1), 0.585 + 0.95 * 0.415, 1e-12);
  EXPECT_NEAR(hardheaded_target(0.9, 1, 0.585, 1), 0.585 + (0.95 - 0.95 * std::pow(0.9, 20)) * 0.415, 1e-12);
  EXPECT_NEAR(hardheaded_target(1, 1, 0.585, 1), 0.585, 1e-12);
  // d = 0.5 < 0.9: before d the floor is raised to P_min + (P_max - P_min) d, exponent d/e = 10.
  const double raised = 0.6 + 0.4 * 0.5;
  EXPECT_NEAR(hardheaded_target(0.25, 0.5, 0.6, 1), raised + (0.95 - 0.95 * std::pow(0.5, 10)) * (1 - raised), 1e-12);
  // after d the ceiling is P_min + (P_max - P_min) d and the exponent 1/30.
  EXPECT_NEAR(hardheaded_target(0.75, 0.5, 0.6, 1), 0.6 + (0.95 - 0.95 * std::pow(0.5, 1.0 / 30)) * (raised - 0.6), 1e-12);
  // d = 0.95 >= 0.9: time scaled by 1/d, so p falls below P_min after t = d.
  EXPECT_LT(hardheaded_target(0.99, 0.95, 0.6, 1), 0.6);
}

struct Offers final : TraceSink {
  std::vector<std::pair<double, double>> own;  // (t, own utility) of party 0's offers
  std::vector<Outcome> received;               // party 1's offers
  const Scenario* scenario = nullptr;
  void record(const TraceEvent& e) override {
    if (e.kind != TraceKind::offer) return;
    if (e.party == 0) own.emplace_back(e.t, scenario->parties[0].utility(*e.outcome));
    else received.push_back(*e.outcome);
  }
};

Offers play(const PreparedScenario& prepared, const std::string& opponent, int rounds, SessionResult* result = nullptr) {
  Offers offers;
  offers.scenario = &prepared.scenario();
  SessionConfig config;
  config.rounds = rounds;
  const auto r = run_session(prepared, {"hardheaded", opponent}, config, &offers);
  if (result != nullptr) *result = r;
  return offers;
}

TEST(HardHeaded, NeverOffersBelowItsMinimumBeforeTheEnd) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 23));
  const double p_max = prepared.index(0).max_utility();
  const double p_min = std::max(0.585, prepared.scenario().parties[0].reservation_value);
  const auto offers = play(prepared, "hardliner:accept=never", 200);
  ASSERT_EQ(offers.own.size(), 200u);
  EXPECT_DOUBLE_EQ(offers.own.front().second, p_max);  // opens with its best bid
  for (const auto& [t, u] : offers.own) {
    EXPECT_GE(u, p_min - 1e-12) << "t = " << t;
    // planned at most one round earlier, so never below the curve one round back
    EXPECT_GE(u, hardheaded_target(t, 1, p_min, p_max) - 0.01 - 1e-9) << "t = " << t;
  }
  // Hard: through 80% of the time it stays above the curve's value at 0.8.
  for (const auto& [t, u] : offers.own) {
    if (t <= 0.8) {
      EXPECT_GE(u, hardheaded_target(0.8, 1, p_min, p_max) - 1e-12) << "t = " << t;
    }
  }
}

TEST(HardHeaded, ADiscountBringsItsConcessionForward) {
  // A small space (64 outcomes), so that its one-level-per-plan walk can follow the curve.
  Scenario scenario = test::random_scenario(2, 3, 4, 23);
  const PreparedScenario undiscounted(scenario);
  scenario.parties[0].discount_factor = 0.4;
  const PreparedScenario discounted(scenario);
  const double p_max = undiscounted.index(0).max_utility();
  const auto plain = play(undiscounted, "hardliner:accept=never", 400);
  const auto early = play(discounted, "hardliner:accept=never", 400);
  // By t = 0.5 the discounted HardHeaded has gone below P_min + (P_max - P_min)·0.4 + a step,
  // which the undiscounted one (curve still near its top) has not.
  double plain_low = 1, early_low = 1;
  for (std::size_t k = 0; k < 200; ++k) plain_low = std::min(plain_low, plain.own[k].second);
  for (std::size_t k = 0; k < 200; ++k) early_low = std::min(early_low, early.own[k].second);
  const double ceiling = 0.585 + (p_max - 0.585) * 0.4;
  EXPECT_LT(early_low, ceiling + 0.02);
  EXPECT_GT(plain_low, ceiling + 0.02);
}

TEST(HardHeaded, AcceptsAnOfferBetterThanTheLowestItMade) {
  // Against a conceder the session ends by HardHeaded accepting (or the conceder accepting),
  // and the agreement is worth at least the lowest HardHeaded offered before it.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 29));
  SessionResult result;
  const auto offers = play(prepared, "conceder", 100, &result);
  ASSERT_TRUE(result.agreement);
  double lowest = 1;
  for (const auto& [t, u] : offers.own) lowest = std::min(lowest, u);
  EXPECT_GE(result.utilities[0], std::min(lowest, prepared.scenario().parties[0].utility(offers.received.back())) - 1e-12);
}

TEST(HardHeaded, IsDeterministicForOneSeedAndUsesOnlyItsView) {
  const PreparedScenario prepared(test::random_scenario(2, 5, 5, 31));
  const auto a = play(prepared, "linear", 150), b = play(prepared, "linear", 150);
  EXPECT_EQ(a.own, b.own);
}

}  // namespace
}  // namespace parley::negotiation
