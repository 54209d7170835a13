// TheFawkes's defining behaviour: its best outcome until it has seen two opponent offers; a
// reserved-utility curve so steep (β = 0.002) that against an opponent who does not move it
// holds out until the very end; its floor, the mean utility of its outcomes, below which it
// accepts nothing; and a frequency model of the opponent that sessions can measure.
#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

constexpr int kRounds = 1000;

double mean_utility(const PreparedScenario& prepared) {
  const auto& index = prepared.index(0);
  double sum = 0;
  for (std::size_t e = 0; e < index.entry_count(); ++e) sum += index.entry_utility(e);
  return sum / static_cast<double>(index.entry_count());
}

TEST(TheFawkes, HoldsOutAgainstAFixedOfferAndTakesItOnlyNearTheDeadline) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 711));
  const double mean = mean_utility(prepared);
  const Outcome x = test::outcome_worth(prepared, mean + 0.1);
  test::OwnOfferTrace trace;
  const auto result = test::against_script(prepared, "thefawkes", test::always_offer(x), kRounds, trace);
  ASSERT_TRUE(result.agreement);
  EXPECT_EQ(*result.agreement, x);
  EXPECT_GT(result.t, 0.97);
  // Its first bids, before it has two offers to model, are its best outcome.
  ASSERT_GE(trace.own.size(), 2u);
  EXPECT_EQ(trace.own[0].second, prepared.index(0).best());
  // Until late, every bid is worth far more to it than the offer on the table.
  const auto& u = prepared.scenario().parties[0].utility;
  for (const auto& [t, bid] : trace.own)
    if (t < 0.9) {
      EXPECT_GT(u(bid), u(x) + 0.05) << t;
    }
}

TEST(TheFawkes, AcceptsNothingBelowTheMeanUtilityOfItsOutcomes) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 712));
  const double mean = mean_utility(prepared);
  Outcome x = test::outcome_worth(prepared, mean - 0.05);
  ASSERT_LT(prepared.scenario().parties[0].utility(x), mean);
  test::OwnOfferTrace trace;
  EXPECT_FALSE(test::against_script(prepared, "thefawkes", test::always_offer(x), kRounds, trace).agreement);
  // The same agent takes an offer just above its floor near the deadline.
  x = test::outcome_worth(prepared, mean + 0.01);
  ASSERT_GE(prepared.scenario().parties[0].utility(x), mean);
  test::OwnOfferTrace again;
  EXPECT_TRUE(test::against_script(prepared, "thefawkes", test::always_offer(x), kRounds, again).agreement);
}

TEST(TheFawkes, KeepsAMeasurableOpponentModelAndIsReproducible) {
  const PreparedScenario prepared(test::random_scenario(2, 5, 5, 713));
  SessionConfig config;
  config.rounds = 400;
  config.model_quality.enabled = true;
  const auto a = run_session(prepared, {"thefawkes", "hardheaded"}, config);
  const auto b = run_session(prepared, {"thefawkes", "hardheaded"}, config);
  EXPECT_EQ(a.agreement, b.agreement);
  EXPECT_EQ(a.t, b.t);
  ASSERT_FALSE(a.opponent_models.empty());
}

}  // namespace
}  // namespace parley::negotiation
