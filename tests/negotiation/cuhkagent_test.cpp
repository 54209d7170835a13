// CUHKAgent's defining behaviour (ABiNeS): with a discount it concedes to u_max·δ^(1−λ) by its
// non-exploitation point λ and then keeps its threshold's discounted value, so it demands more
// again towards the deadline; an opponent that keeps making new offers postpones λ (it concedes
// later); without a discount it never concedes and takes the opponent's best offer only in the
// last moments.
#include <gtest/gtest.h>

#include <cmath>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

Scenario with_discount(double d) {
  auto scenario = test::random_scenario(2, 4, 6, 91);  // 1296 outcomes
  for (auto& party : scenario.parties) party.discount_factor = d;
  return scenario;
}

// Party 1 offers, for CUHKAgent (party 0), the worst outcome (`fresh` = false) or each round a
// different one of its worst 400 (`fresh` = true).
SessionResult against_script(const PreparedScenario& prepared, bool fresh, int rounds, test::OwnOfferTrace& trace) {
  const auto& index = prepared.index(0);
  auto script = [&index, fresh, k = std::size_t(0)](const TurnState&, Outcome& offer) mutable {
    index.entry_outcome(fresh ? k++ % 400 : 0, offer);
    return ActionKind::offer;
  };
  return test::against_script(prepared, "cuhkagent", script, rounds, trace);
}

double lambda_for(double d) { return 0.08 + 0.92 * std::pow(d, d > 0.75 ? 1.8 : d > 0.5 ? 1.5 : 1.2); }

TEST(CuhkAgent, ConcedesToItsNonExploitationPointThenKeepsTheDiscountedValue) {
  const double d = 0.5, lambda = lambda_for(d);  // 0.4805
  const PreparedScenario prepared(with_discount(d));
  test::OwnOfferTrace trace;
  const auto result = against_script(prepared, false, 400, trace);
  EXPECT_GT(result.t, 0.9985);  // only its endgame rule takes the opponent's (one, bad) offer
  const auto& u = prepared.scenario().parties[0].utility;
  const double u_max = prepared.index(0).max_utility();
  double lowest = 2, lowest_t = 0;
  for (const auto& [t, bid] : trace.own) {
    const double threshold = t < lambda ? u_max - (u_max - u_max * std::pow(d, 1 - lambda)) * std::pow(t / lambda, 2)
                                        : u_max * std::pow(d, 1 - t);
    EXPECT_GE(u(bid), threshold - 1e-9) << "t = " << t;
    EXPECT_LE(u(bid), threshold + 0.05 + 1e-9) << "t = " << t;
    if (u(bid) < lowest) lowest = u(bid), lowest_t = t;
  }
  EXPECT_LT(lowest, u_max * std::pow(d, 1 - lambda) + 0.05);
  EXPECT_NEAR(lowest_t, lambda, 0.05);
  EXPECT_GT(u(trace.own.back().second), lowest + 0.2);  // it demands more again at the end
}

TEST(CuhkAgent, AnOpponentMakingNewOffersPostponesItsConcession) {
  const PreparedScenario prepared(with_discount(0.5));
  test::OwnOfferTrace repeating, fresh;
  against_script(prepared, false, 400, repeating);
  against_script(prepared, true, 400, fresh);
  const auto& u = prepared.scenario().parties[0].utility;
  const auto mean_between = [&](const test::OwnOfferTrace& trace, double from, double to) {
    double sum = 0;
    int n = 0;
    for (const auto& [t, bid] : trace.own)
      if (t >= from && t < to) sum += u(bid), ++n;
    return n ? sum / n : -1;
  };
  // λ moves from 0.4805 to 0.5325; at t ≈ 0.45 the threshold is about 0.07 higher (measured:
  // mean offer 0.813 against 0.745).
  EXPECT_GT(mean_between(fresh, 0.42, 0.47), mean_between(repeating, 0.42, 0.47) + 0.03);
}

TEST(CuhkAgent, WithoutADiscountItHoldsOutAndTakesTheBestOfferOnlyAtTheEnd) {
  const PreparedScenario prepared(with_discount(1));
  test::OwnOfferTrace trace;
  const auto result = against_script(prepared, true, 2000, trace);
  ASSERT_TRUE(result.agreement.has_value());
  EXPECT_GT(result.t, 0.9985);
  const double u_max = prepared.index(0).max_utility();
  for (const auto& [t, bid] : trace.own) EXPECT_NEAR(prepared.scenario().parties[0].utility(bid), u_max, 1e-9);
  // It accepted an offer within 0.01 of the best of the opponent's offers (its worst 400).
  EXPECT_GE(result.utilities[0], prepared.index(0).entry_utility(399) - 0.01 - 1e-12);
}

}  // namespace
}  // namespace parley::negotiation
