// MiCRO's defining behaviour: it proposes a new outcome only when the opponent has proposed
// at least as many different outcomes (reciprocity), walks its outcomes strictly in order of
// its utility, never proposes below its reservation value and accepts exactly what is at
// least as good as the lowest outcome it is willing to propose. In SAOP it concedes only as
// fast as the least conceding opponent.
#include <algorithm>
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "parley/io/load.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"
#include "support/test_paths.hpp"

namespace parley::negotiation {
namespace {

struct Offers final : TraceSink {
  std::vector<std::pair<std::size_t, Outcome>> offers;  // (party, outcome) in order
  std::vector<std::size_t> accepts;
  void record(const TraceEvent& e) override {
    if (e.kind == TraceKind::offer) offers.emplace_back(e.party, *e.outcome);
    if (e.kind == TraceKind::accept) accepts.push_back(e.party);
  }
};

// Every outcome's utility for `party`, best first (the list MiCRO walks), by brute force.
std::vector<double> sorted_utilities(const PreparedScenario& prepared, std::size_t party) {
  const auto& space = prepared.scenario().space;
  std::vector<double> u;
  Outcome o(space.issue_count(), 0);
  for (;;) {
    u.push_back(prepared.scenario().parties[party].utility(o));
    std::size_t i = 0;
    while (i < o.size() && ++o[i] == space.issue(i).size()) o[i++] = 0;
    if (i == o.size()) break;
  }
  std::sort(u.rbegin(), u.rend());
  return u;
}

TEST(MiCRO, AgainstAHardlinerItProposesOnlyItsTwoBestOutcomes) {
  // The hardliner repeats one demand: after its first offer MiCRO concedes once (m = 1 <= n = 1),
  // then m = 2 > n = 1 for ever, so it only repeats its two best outcomes.
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 71));
  const auto& utility = prepared.scenario().parties[0].utility;
  const auto list = sorted_utilities(prepared, 0);
  Offers trace;
  SessionConfig config;
  config.rounds = 200;
  const auto result = run_session(prepared, {"micro", "hardliner:accept=never"}, config, &trace);
  std::set<Outcome> own;
  for (const auto& [party, outcome] : trace.offers)
    if (party == 0) own.insert(outcome);
  const Outcome demand = std::find_if(trace.offers.begin(), trace.offers.end(), [](const auto& o) { return o.first == 1; })->second;
  if (utility(demand) >= list[1] - 1e-12) {
    EXPECT_TRUE(result.agreement);  // the demand is as good as its second-best: it accepts
  } else {
    EXPECT_EQ(own.size(), 2u);
    std::vector<double> u;
    for (const auto& o : own) u.push_back(utility(o));
    std::sort(u.rbegin(), u.rend());
    EXPECT_NEAR(u[0], list[0], 1e-12);
    EXPECT_NEAR(u[1], list[1], 1e-12);
    EXPECT_FALSE(result.agreement);
    EXPECT_EQ(result.reason, EndReason::deadline);
  }
}

TEST(MiCRO, ConcedesOneNewOutcomePerNewOpponentOutcomeInUtilityOrder) {
  const PreparedScenario prepared(test::random_scenario(2, 3, 6, 72));
  const auto& utility = prepared.scenario().parties[0].utility;
  const auto list = sorted_utilities(prepared, 0);
  Offers trace;
  SessionConfig config;
  config.rounds = 150;
  const auto result = run_session(prepared, {"micro", "random:accept=never"}, config, &trace);
  std::set<Outcome> own, theirs;
  std::vector<double> new_own;  // utility of each new outcome MiCRO proposed, in order
  for (const auto& [party, outcome] : trace.offers) {
    if (party == 1) {
      theirs.insert(outcome);
      continue;
    }
    // Reciprocity: before this offer it had proposed m different outcomes and received n;
    // a new outcome needs m <= n.
    if (own.insert(outcome).second) {
      EXPECT_LE(own.size() - 1, theirs.size());
      new_own.push_back(utility(outcome));
    }
  }
  ASSERT_GT(new_own.size(), 3u);
  // The k-th new outcome is its k-th best (ties in any order).
  for (std::size_t k = 0; k < new_own.size(); ++k) EXPECT_NEAR(new_own[k], list[k], 1e-12) << k;
  if (result.agreement && trace.accepts.back() == 0) {
    // It accepted: the offer is at least as good as the lowest it was willing to propose.
    EXPECT_GE(result.utilities[0], list[std::min(own.size(), list.size() - 1)] - 1e-12);
  }
}

TEST(MiCRO, AcceptsExactlyFromTheLowestOutcomeItWouldPropose) {
  // A scripted opponent offers MiCRO's k-th best outcome as its k-th (new) offer, walking down
  // MiCRO's own list from the bottom: MiCRO accepts the first offer worth at least its next
  // new outcome.
  const PreparedScenario prepared(test::random_scenario(2, 3, 4, 73));
  const auto& space = prepared.scenario().space;
  const auto& index = prepared.index(0);
  std::vector<Outcome> ascending(index.entry_count());
  for (std::size_t e = 0; e < ascending.size(); ++e) index.entry_outcome(e, ascending[e]);
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(make_agent("micro", prepared.scenario(), 0));
  std::size_t step = 0;
  agents.push_back(std::make_unique<test::ScriptedAgent>([&](const TurnState&, Outcome& offer) {
    offer = ascending[step++];  // its worst, then better and better for MiCRO
    return ActionKind::offer;
  }));
  SessionConfig config;
  config.rounds = static_cast<int>(ascending.size());
  const auto result = run_session_with_agents(prepared, std::move(agents), config);
  ASSERT_TRUE(result.agreement);
  // MiCRO at its k-th turn (k >= 2) has proposed k - 1 outcomes and received k - 1: it would
  // propose its k-th best, entry N - k. The opponent's (k-1)-th offer is entry k - 2. It
  // accepts at the first k with u(entry k - 2) >= u(entry N - k).
  const std::size_t n = ascending.size();
  std::size_t k = 2;
  while (index.entry_utility(k - 2) < index.entry_utility(n - k) - 1e-12) ++k;
  EXPECT_EQ(*result.agreement, ascending[k - 2]);
  EXPECT_EQ(result.rounds, static_cast<int>(k));
  (void)space;
}

TEST(MiCRO, NeverProposesBelowItsReservationValue) {
  const PreparedScenario prepared(test::random_scenario(2, 3, 5, 74));
  Scenario scenario = prepared.scenario();
  scenario.parties[0].reservation_value = 0.6;
  const PreparedScenario with_reservation(std::move(scenario));
  Offers trace;
  SessionConfig config;
  config.rounds = 300;
  const auto result = run_session(with_reservation, {"micro", "random"}, config, &trace);
  const auto& utility = with_reservation.scenario().parties[0].utility;
  for (const auto& [party, outcome] : trace.offers)
    if (party == 0) {
      EXPECT_GE(utility(outcome), 0.6 - 1e-12);
    }
  if (result.agreement) {
    EXPECT_GE(result.utilities[0], 0.6 - 1e-12);
  }
}

TEST(MiCRO, InSaopItConcedesAsFastAsTheLeastConcedingOpponent) {
  // Three parties on an ANAC 2015 domain: MiCRO, a random agent (a new outcome almost every
  // turn) and a hardliner (one outcome): MiCRO proposes at most two different outcomes.
  PARLEY_REQUIRE_SHARED_DATA(root, "genius/anac/y2015/group2-dinner");
  const PreparedScenario prepared(io::load_scenario(root));
  ASSERT_EQ(prepared.scenario().parties.size(), 3u);
  Offers trace;
  SessionConfig config;
  config.protocol = Protocol::saop;
  config.rounds = 100;
  const auto result = run_session(prepared, {"micro", "random", "hardliner:accept=never"}, config, &trace);
  std::set<Outcome> own;
  for (const auto& [party, outcome] : trace.offers)
    if (party == 0) own.insert(outcome);
  EXPECT_LE(own.size(), 2u);
  EXPECT_GE(own.size(), 1u);
  EXPECT_NE(result.reason, EndReason::agent_failure) << result.failure;
}

}  // namespace
}  // namespace parley::negotiation
