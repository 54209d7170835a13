// OMAC's defining behaviour (Chen & Weiss): against an opponent that does not move it follows
// its Boulware schedule ρ(t) down to u_min at the deadline; against an opponent whose offers
// keep improving it forecasts (wavelet trend + smoothing spline) that the opponent will offer
// more and holds its target up towards that forecast instead of conceding; it accepts an
// offer worth at least its next bid.
#include <gtest/gtest.h>

#include <cmath>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

Scenario scenario(double discount = 1) {
  auto s = test::random_scenario(2, 4, 6, 91);  // 1296 outcomes
  for (auto& party : s.parties) party.discount_factor = discount;
  return s;
}

// Party 1 offers OMAC (party 0) at time t an outcome worth at least `worth(t)` to OMAC.
template <typename Worth>
SessionResult against(const PreparedScenario& prepared, Worth worth, int rounds, test::OwnOfferTrace& trace) {
  const auto& index = prepared.index(0);
  auto script = [&index, worth](const TurnState& turn, Outcome& offer) {
    index.at_least(worth(turn.t), offer);
    return ActionKind::offer;
  };
  return test::against_script(prepared, "omac", script, rounds, trace);
}

double schedule(double t, double u_max) { return 0.69 + (1 - std::pow(t, 1 / 0.033)) * (u_max - 0.69); }

TEST(Omac, AgainstAnOpponentThatDoesNotMoveItFollowsItsBoulwareSchedule) {
  const PreparedScenario prepared(scenario());
  const auto& u = prepared.scenario().parties[0].utility;
  const double u_max = prepared.index(0).max_utility(), worst = prepared.index(0).min_utility();
  test::OwnOfferTrace trace;
  const auto result = against(prepared, [worst](double) { return worst; }, 400, trace);
  EXPECT_FALSE(result.agreement.has_value());
  ASSERT_GT(trace.own.size(), 150u);
  for (const auto& [t, bid] : trace.own) {
    const double rho = schedule(t, u_max);
    EXPECT_GE(u(bid), 0.99 * rho - 1e-9) << "t = " << t;
    EXPECT_LE(u(bid), 1.01 * rho + 0.02) << "t = " << t;  // +0.02: the ±1% band may hold no outcome
  }
  EXPECT_LT(u(trace.own.back().second), 0.75);  // down to u_min = 0.69 at the deadline
}

TEST(Omac, ItHoldsOutWhenItForecastsTheOpponentWillOfferMore) {
  const PreparedScenario prepared(scenario());
  const auto& u = prepared.scenario().parties[0].utility;
  const double u_max = prepared.index(0).max_utility();
  // The opponent's offers improve steadily towards 0.95·u_max at the deadline.
  const auto conceding = [u_max](double t) { return u_max * (0.3 + 0.65 * t); };
  test::OwnOfferTrace trace;
  against(prepared, conceding, 400, trace);
  int late = 0;
  for (const auto& [t, bid] : trace.own) {
    if (t < 0.95) continue;
    ++late;
    // ρ(t) is below 0.9 from t ≈ 0.95 (0.72 at t = 0.99); the forecast keeps it near 0.95.
    EXPECT_GT(u(bid), schedule(t, u_max) + 0.03) << "t = " << t;
  }
  EXPECT_GT(late, 5);
}

TEST(Omac, AcceptsAnOfferWorthItsNextBid) {
  const PreparedScenario prepared(scenario());
  const double u_max = prepared.index(0).max_utility();
  test::OwnOfferTrace trace;
  const auto result = against(prepared, [u_max](double) { return u_max; }, 100, trace);
  ASSERT_TRUE(result.agreement.has_value());
  EXPECT_NEAR(result.utilities[0], u_max, 1e-12);
  EXPECT_LE(result.t, 0.03);  // at its first answer
}

}  // namespace
}  // namespace parley::negotiation
