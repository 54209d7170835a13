// The mediated single-text protocol: hill climbing never hurts a negotiator, the veto rule
// explores further, a stakeholding mediator never loses, ratification respects reservations.
#include <sstream>

#include <gtest/gtest.h>

#include "parley/model/error.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

struct Run {
  SessionResult result;
  Outcome initial;
  std::vector<bool> votes;
};

Run mediate(const PreparedScenario& prepared, const std::vector<std::string>& agents, MediatorConfig mediator,
            int rounds = 200, std::uint64_t seed = 1) {
  SessionConfig config;
  config.protocol = Protocol::mediated;
  config.rounds = rounds;
  config.seed = seed;
  config.mediator = std::move(mediator);
  struct Capture final : TraceSink {
    Run* run;
    void record(const TraceEvent& event) override {
      if (event.kind == TraceKind::propose && event.round == 0) run->initial = *event.outcome;
      if (event.kind == TraceKind::vote) run->votes.push_back(event.accepted);
    }
  } capture;
  Run run;
  capture.run = &run;
  run.result = run_session(prepared, agents, config, &capture);
  return run;
}

TEST(Mediated, HillClimbingNeverMakesANegotiatorWorseOff) {
  const PreparedScenario prepared(test::random_scenario(3, 5, 5, 17));
  const auto run = mediate(prepared, {"linear", "linear", "linear"}, {});
  ASSERT_TRUE(run.result.agreement);
  const auto before = utilities_of(prepared.scenario(), run.initial);
  for (std::size_t p = 0; p < 3; ++p) EXPECT_GE(run.result.utilities[p], before[p] - 1e-12) << p;
  EXPECT_EQ(run.result.offers * 3, run.votes.size());
}

TEST(Mediated, VetoRuleAdoptsMoreChangesAndEndsCloserToTheFrontier) {
  const PreparedScenario prepared(test::random_scenario(2, 6, 5, 23));
  std::size_t hill_adopted = 0, veto_adopted = 0;
  double hill_distance = 0, veto_distance = 0;
  for (std::uint64_t seed = 1; seed <= 10; ++seed) {
    const auto hill = mediate(prepared, {"boulware", "boulware"}, MediatorConfig{}, 200, seed);
    MediatorConfig veto_config;
    veto_config.rule = VoteRule::veto;
    const auto veto = mediate(prepared, {"boulware", "boulware"}, veto_config, 200, seed);
    for (std::size_t k = 0; k + 1 < hill.votes.size(); k += 2) hill_adopted += hill.votes[k] && hill.votes[k + 1];
    for (std::size_t k = 0; k + 1 < veto.votes.size(); k += 2) veto_adopted += veto.votes[k] && veto.votes[k + 1];
    hill_distance += hill.result.pareto_distance.value_or(1);
    veto_distance += veto.result.pareto_distance.value_or(1);
  }
  EXPECT_GT(veto_adopted, hill_adopted);
  EXPECT_LT(veto_distance, 10.0);  // sane: agreements near the frontier on average
  EXPECT_LT(hill_distance, 10.0);
}

TEST(Mediated, AStakeholdingMediatorNeverProposesWhatHurtsIt) {
  const PreparedScenario prepared(test::random_scenario(3, 4, 5, 31));
  const auto config = parse_mediator_spec("hillclimb:party=p2", {"p0", "p1", "p2"});
  ASSERT_EQ(config.party, 2u);
  const auto run = mediate(prepared, {"linear", "linear"}, config);
  EXPECT_EQ(run.result.parties, (std::vector<std::size_t>{0, 1}));
  const double start = prepared.scenario().parties[2].utility(run.initial);
  ASSERT_TRUE(run.result.agreement);
  EXPECT_GE(run.result.utilities[2], start - 1e-12);
}

TEST(Mediated, NoAgreementWhenTheFinalTextIsBelowAReservation) {
  // Reservation 1.0: only a party's very best outcome is rational for it; with opposed
  // parties no text is, so the session ends at the deadline without agreement.
  const PreparedScenario prepared(test::buyer_seller(1.0));
  const auto run = mediate(prepared, {"linear", "linear"}, {}, 50);
  EXPECT_EQ(run.result.reason, EndReason::deadline);
  EXPECT_FALSE(run.result.agreement);
  EXPECT_EQ(run.result.utilities, (std::vector<double>{1.0, 1.0}));
}

TEST(Mediated, MediatorSpecErrors) {
  const std::vector<std::string> names{"a", "b"};
  EXPECT_THROW(parse_mediator_spec("boss", names), InputError);
  EXPECT_THROW(parse_mediator_spec("veto:party=c", names), InputError);
  EXPECT_THROW(parse_mediator_spec("veto:stake=2", names), InputError);
  EXPECT_THROW(parse_mediator_spec("veto:explore=1.5", names), InputError);
  EXPECT_THROW(parse_mediator_spec("veto:colour=red", names), InputError);
  const auto config = parse_mediator_spec("veto:party=b,stake=0,explore=0.5", names);
  EXPECT_EQ(config.rule, VoteRule::veto);
  EXPECT_EQ(config.party, 1u);
  EXPECT_FALSE(config.stake);
  EXPECT_DOUBLE_EQ(config.exploration, 0.5);
}

TEST(Mediated, SameSeedSameTrace) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 4, 5));
  SessionConfig config;
  config.protocol = Protocol::mediated;
  config.rounds = 80;
  auto trace = [&] {
    std::ostringstream text;
    JsonlTraceWriter writer(text, prepared.scenario());
    run_session(prepared, {"conceder", "boulware"}, config, &writer);
    return text.str();
  };
  EXPECT_EQ(trace(), trace());
}

}  // namespace
}  // namespace parley::negotiation
