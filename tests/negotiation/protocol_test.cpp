// Rules of the alternating-offers protocols (SAO, SAOP): acceptance, walk-away, deadline,
// discounting, breakdown utility, rule-breaking agents, determinism.
#include <cmath>
#include <sstream>
#include <thread>

#include <gtest/gtest.h>

#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

using test::always_offer;
using test::ScriptedAgent;

std::vector<std::unique_ptr<Agent>> agents_of(std::unique_ptr<Agent> a, std::unique_ptr<Agent> b) {
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(std::move(a));
  agents.push_back(std::move(b));
  return agents;
}

TEST(Protocol, AgreementIsTheAcceptedOfferAndUtilitiesAreItsUtilities) {
  const auto prepared = test::prepared_buyer_seller();
  SessionConfig config;
  config.rounds = 20;
  const auto result = run_session(prepared, {"conceder", "conceder"}, config);
  ASSERT_EQ(result.reason, EndReason::agreement);
  ASSERT_TRUE(result.agreement);
  const auto expected = utilities_of(prepared.scenario(), *result.agreement);
  EXPECT_EQ(result.utilities, expected);
  EXPECT_LE(result.rounds, 20);
  ASSERT_TRUE(result.pareto_distance);
  EXPECT_GE(*result.pareto_distance, 0.0);
}

TEST(Protocol, AcceptingEndsTheSessionWithTheStandingOffer) {
  const auto prepared = test::prepared_buyer_seller();
  const Outcome offered{2, 1};
  auto opener = std::make_unique<ScriptedAgent>(always_offer(offered));
  auto acceptor = std::make_unique<ScriptedAgent>([](const TurnState& turn, Outcome&) {
    EXPECT_NE(turn.standing_offer, nullptr);
    return ActionKind::accept;
  });
  SessionConfig config;
  config.rounds = 10;
  const auto result = run_session_with_agents(prepared, agents_of(std::move(opener), std::move(acceptor)), config);
  EXPECT_EQ(result.reason, EndReason::agreement);
  EXPECT_EQ(result.agreement, offered);
  EXPECT_EQ(result.rounds, 1);
  EXPECT_EQ(result.offers, 1u);
}

TEST(Protocol, SaopNeedsEveryOtherPartyToAcceptInARow) {
  const PreparedScenario prepared(test::random_scenario(3, 3, 3, 7));
  const Outcome first{0, 0, 0}, second{1, 1, 1};
  int turns_a = 0;
  auto a = std::make_unique<ScriptedAgent>([&](const TurnState&, Outcome& offer) {
    offer = ++turns_a == 1 ? first : second;
    return ActionKind::offer;
  });
  // b accepts everything; c counter-offers once, then accepts.
  auto b = std::make_unique<ScriptedAgent>([](const TurnState&, Outcome&) { return ActionKind::accept; });
  int turns_c = 0;
  auto c = std::make_unique<ScriptedAgent>([&](const TurnState&, Outcome& offer) {
    if (++turns_c == 1) {
      offer = {2, 2, 2};
      return ActionKind::offer;
    }
    return ActionKind::accept;
  });
  std::vector<std::unique_ptr<Agent>> agents;
  agents.push_back(std::move(a));
  agents.push_back(std::move(b));
  agents.push_back(std::move(c));
  SessionConfig config;
  config.protocol = Protocol::saop;
  config.rounds = 10;
  const auto result = run_session_with_agents(prepared, std::move(agents), config);
  // Round 1: a offers first, b accepts, c counters {2,2,2}. Round 2: a offers `second`
  // (resetting the acceptances), b accepts, c accepts -> agreement on `second`.
  EXPECT_EQ(result.reason, EndReason::agreement);
  EXPECT_EQ(result.agreement, second);
  EXPECT_EQ(result.rounds, 2);
  EXPECT_EQ(result.offers, 3u);
}

TEST(Protocol, SaoRefusesMoreThanTwoParties) {
  const PreparedScenario prepared(test::random_scenario(3, 2, 3, 1));
  SessionConfig config;
  EXPECT_THROW(run_session(prepared, {"linear", "linear", "linear"}, config), InputError);
  config.protocol = Protocol::saop;
  EXPECT_NO_THROW(run_session(prepared, {"linear", "linear", "linear"}, config));
}

TEST(Protocol, WalkAwayEndsWithReservationValues) {
  const auto prepared = test::prepared_buyer_seller(0.3, 0.9);
  SessionConfig config;
  config.rounds = 10;
  const auto result = run_session(prepared, {"hardliner", "hardliner:walk=0.5"}, config);
  EXPECT_EQ(result.reason, EndReason::walk_away);
  EXPECT_EQ(result.acting_party, 1u);
  EXPECT_EQ(result.rounds, 5);  // t = 5/10 is the first turn at or after 0.5
  EXPECT_FALSE(result.agreement);
  EXPECT_EQ(result.utilities, (std::vector<double>{0.3, 0.3}));
  EXPECT_NEAR(result.discounted_utilities[0], 0.3 * std::pow(0.9, 0.5), 1e-12);
}

TEST(Protocol, DeadlineEndsAfterTheLastRoundWithBreakdownUtility) {
  const auto prepared = test::prepared_buyer_seller(0.2);
  SessionConfig config;
  config.rounds = 37;
  const auto result = run_session(prepared, {"hardliner", "hardliner"}, config);
  EXPECT_EQ(result.reason, EndReason::deadline);
  EXPECT_EQ(result.rounds, 37);
  EXPECT_DOUBLE_EQ(result.t, 1.0);
  EXPECT_EQ(result.offers, 74u);  // both offered in every round
  EXPECT_EQ(result.utilities, (std::vector<double>{0.2, 0.2}));
}

TEST(Protocol, DiscountingIsUTimesDToTheTimeOfAgreement) {
  const auto prepared = test::prepared_buyer_seller(0.0, 0.5);
  const Outcome offered{2, 2};
  auto opener = std::make_unique<ScriptedAgent>(always_offer(offered));
  int turns = 0;
  auto acceptor = std::make_unique<ScriptedAgent>([&](const TurnState&, Outcome& offer) {
    if (++turns < 4) {
      offer = {0, 0};
      return ActionKind::offer;
    }
    return ActionKind::accept;
  });
  SessionConfig config;
  config.rounds = 8;
  const auto result = run_session_with_agents(prepared, agents_of(std::move(opener), std::move(acceptor)), config);
  ASSERT_EQ(result.reason, EndReason::agreement);
  EXPECT_EQ(result.rounds, 4);
  EXPECT_DOUBLE_EQ(result.t, 0.5);  // t = round / N
  for (std::size_t p = 0; p < 2; ++p) {
    const double u = prepared.scenario().parties[p].utility(offered);
    EXPECT_DOUBLE_EQ(result.utilities[p], u);
    EXPECT_DOUBLE_EQ(result.discounted_utilities[p], u * std::pow(0.5, 0.5));
  }
}

TEST(Protocol, AnExceptionIsAnAgentFailureNotACrash) {
  const auto prepared = test::prepared_buyer_seller();
  auto good = make_agent("linear", prepared.scenario(), 0);
  auto thrower = std::make_unique<ScriptedAgent>([](const TurnState&, Outcome&) -> ActionKind {
    throw std::runtime_error("strategy exploded");
  });
  SessionConfig config;
  const auto result = run_session_with_agents(prepared, agents_of(std::move(good), std::move(thrower)), config);
  EXPECT_EQ(result.reason, EndReason::agent_failure);
  EXPECT_EQ(result.acting_party, 1u);
  EXPECT_EQ(result.failure, "exception: strategy exploded");
  EXPECT_FALSE(result.agreement);
}

TEST(Protocol, AnInvalidOfferIsAnAgentFailure) {
  const auto prepared = test::prepared_buyer_seller();
  auto bad = std::make_unique<ScriptedAgent>(always_offer({9, 0}));
  auto good = make_agent("linear", prepared.scenario(), 1);
  const auto result = run_session_with_agents(prepared, agents_of(std::move(bad), std::move(good)), SessionConfig{});
  EXPECT_EQ(result.reason, EndReason::agent_failure);
  EXPECT_EQ(result.acting_party, 0u);
  EXPECT_NE(result.failure.find("invalid offer"), std::string::npos);

  auto short_offer = std::make_unique<ScriptedAgent>(always_offer({1}));
  const auto second = run_session_with_agents(prepared, agents_of(std::move(short_offer), make_agent("linear", prepared.scenario(), 1)),
                                  SessionConfig{});
  EXPECT_EQ(second.reason, EndReason::agent_failure);
}

TEST(Protocol, AcceptingBeforeAnyOfferBreaksTheRules) {
  const auto prepared = test::prepared_buyer_seller();
  auto eager = std::make_unique<ScriptedAgent>([](const TurnState&, Outcome&) { return ActionKind::accept; });
  const auto result =
      run_session_with_agents(prepared, agents_of(std::move(eager), make_agent("linear", prepared.scenario(), 1)), SessionConfig{});
  EXPECT_EQ(result.reason, EndReason::agent_failure);
  EXPECT_EQ(result.acting_party, 0u);
}

TEST(Protocol, ASlowAgentTimesOut) {
  const auto prepared = test::prepared_buyer_seller();
  auto slow = std::make_unique<ScriptedAgent>([](const TurnState&, Outcome& offer) {
    std::this_thread::sleep_for(std::chrono::milliseconds(30));
    offer = {0, 0};
    return ActionKind::offer;
  });
  SessionConfig config;
  config.action_timeout = 0.005;
  const auto result = run_session_with_agents(prepared, agents_of(make_agent("linear", prepared.scenario(), 0), std::move(slow)), config);
  EXPECT_EQ(result.reason, EndReason::agent_failure);
  EXPECT_EQ(result.acting_party, 1u);
  EXPECT_EQ(result.failure.rfind("timeout", 0), 0u);
}

TEST(Protocol, TimeDeadlineEndsTheSession) {
  const auto prepared = test::prepared_buyer_seller();
  SessionConfig config;
  config.rounds = 0;
  config.time_limit = 0.05;
  const auto result = run_session(prepared, {"hardliner", "hardliner"}, config);
  EXPECT_EQ(result.reason, EndReason::deadline);
  EXPECT_GE(result.wall_seconds, 0.05);
  EXPECT_GT(result.rounds, 1);
}

TEST(Protocol, ConfigWithoutDeadlineIsRejected) {
  const auto prepared = test::prepared_buyer_seller();
  SessionConfig config;
  config.rounds = 0;
  EXPECT_THROW(run_session(prepared, {"linear", "linear"}, config), InputError);
  config.rounds = 10;
  EXPECT_THROW(run_session(prepared, {"linear"}, config), InputError);
}

TEST(Protocol, SameSeedGivesAByteIdenticalTrace) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 3));
  SessionConfig config;
  config.rounds = 60;
  auto trace_of = [&](std::uint64_t seed) {
    config.seed = seed;
    std::ostringstream text;
    JsonlTraceWriter writer(text, prepared.scenario());
    run_session(prepared, {"random", "agentk-target"}, config, &writer);
    return text.str();
  };
  const auto first = trace_of(11);
  EXPECT_EQ(first, trace_of(11));
  EXPECT_NE(first, trace_of(12));  // the random agent really draws from the seed
  EXPECT_NE(first.find("\"action\":\"offer\""), std::string::npos);
}

TEST(Protocol, APreparedScenarioIsSharedReadOnlyAcrossThreads) {
  const PreparedScenario prepared(test::random_scenario(2, 5, 6, 13));
  SessionConfig config;
  config.rounds = 300;
  const std::vector<std::string> specs{"hardheaded", "agentk-target"};
  auto trace_of = [&](std::uint64_t seed) {
    SessionConfig own = config;
    own.seed = seed;
    std::ostringstream text;
    JsonlTraceWriter writer(text, prepared.scenario());
    run_session(prepared, specs, own, &writer);
    return text.str();
  };
  std::vector<std::string> sequential, parallel(8);
  for (std::uint64_t seed = 0; seed < 8; ++seed) sequential.push_back(trace_of(seed));
  std::vector<std::thread> threads;
  for (std::uint64_t seed = 0; seed < 8; ++seed) threads.emplace_back([&, seed] { parallel[seed] = trace_of(seed); });
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(parallel, sequential);
}

}  // namespace
}  // namespace parley::negotiation
