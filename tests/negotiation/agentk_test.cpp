// AgentK's defining behaviour: its statistics and targets follow the paper's formulas, its
// acceptance probability rises as the opponent concedes, it accepts nothing early from a
// hard opponent, and it re-offers the opponent's own good bids.
#include <cmath>

#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/anac.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

TEST(AgentK, StatisticsFollowThePaper) {
  AgentKStatistics stats;
  stats.update(0.4, 0.5, 2, 0.5);
  stats.update(0.6, 0.5, 2, 0.5);
  // mean 0.5, variance 0.01, d = sqrt(0.12); e_max = 0.5 + 0.5 d
  const double d = std::sqrt(0.12), e_max = 0.5 + 0.5 * d;
  EXPECT_NEAR(stats.estimate_max, e_max, 1e-12);
  // alpha = 1 + 2 + 5 - 2 = 6; beta = alpha (draw 0.5 cancels the tremor shift)
  const double pre = 1 - std::pow(0.5, 6) * (1 - e_max);
  const double ratio = std::min(2.0, (d + 0.1) / (1 - pre));
  double target = ratio * pre + 1 - ratio;
  const double m = 400 - 300 * 0.125, r = target - e_max;
  if (r > 0) target -= r * std::min(m, 1 / (r * r)) / m;
  else target = e_max;
  EXPECT_NEAR(stats.target, target, 1e-12);
  EXPECT_NEAR(stats.bid_target, target, 1e-12);
  const double p = std::pow(0.5, 6) / 5 + (0.6 - e_max) + (0.6 - target);
  EXPECT_NEAR(stats.acceptance, p < 0.1 ? 0 : std::min(1.0, p), 1e-12);
}

TEST(AgentK, AcceptanceRisesWithTheOpponentsConcession) {
  // The opponent's offers rise from 0.3 to 0.9 for AgentK over the session; the acceptance
  // probability of each new offer starts at 0 and ends high. A flat opponent at 0.3 never
  // reaches an acceptance probability above 0.
  AgentKStatistics conceding, flat;
  std::vector<double> p;
  for (int k = 1; k <= 100; ++k) {
    const double t = k / 100.0;
    conceding.update(0.3 + 0.6 * t, t, 2, 0.5);
    flat.update(0.3, t, 2, 0.5);
    p.push_back(conceding.acceptance);
    EXPECT_EQ(flat.acceptance, 0.0) << k;
  }
  EXPECT_EQ(p.front(), 0.0);
  EXPECT_GT(p.back(), 0.25);
  double first_half = 0, second_half = 0;
  for (int k = 0; k < 50; ++k) first_half += p[static_cast<std::size_t>(k)], second_half += p[static_cast<std::size_t>(k + 50)];
  EXPECT_GT(second_half, first_half);
}

TEST(AgentK, NeverAcceptsAHardOpponentsWorstOffers) {
  // Against a hardliner whose one offer is poor for AgentK, AgentK does not accept it early.
  const PreparedScenario prepared(test::random_scenario(2, 4, 6, 41));
  SessionConfig config;
  config.rounds = 100;
  for (std::uint64_t seed = 1; seed <= 5; ++seed) {
    config.seed = seed;
    const auto result = run_session(prepared, {"agentk", "hardliner:accept=never"}, config);
    if (result.agreement) {
      EXPECT_GT(result.t, 0.5) << "seed " << seed;
    }
  }
}

TEST(AgentK, OffersAreAtLeastItsBidTargetOrTheOpponentsOwnBids) {
  const PreparedScenario prepared(test::random_scenario(2, 3, 6, 43));
  const auto& utility = prepared.scenario().parties[0].utility;
  struct Offers final : TraceSink {
    std::vector<Outcome> own, received;
    void record(const TraceEvent& e) override {
      if (e.kind != TraceKind::offer) return;
      (e.party == 0 ? own : received).push_back(*e.outcome);
    }
  } offers;
  SessionConfig config;
  config.rounds = 80;
  run_session(prepared, {"agentk", "conceder:accept=never"}, config, &offers);
  ASSERT_FALSE(offers.own.empty());
  EXPECT_DOUBLE_EQ(utility(offers.own.front()), prepared.index(0).max_utility());  // opens with its best
  // Late in the session, when the conceder's offers are good for AgentK, AgentK offers some of them back.
  std::size_t echoed = 0;
  for (const auto& own : offers.own)
    for (const auto& theirs : offers.received) echoed += own == theirs ? 1 : 0;
  EXPECT_GT(echoed, 0u);
}

}  // namespace
}  // namespace parley::negotiation
