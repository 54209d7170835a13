// Tournament planning: session order and seeds, protocols per scenario, and bad input.
#include <gtest/gtest.h>

#include <set>

#include "parley/analysis/statistics_cache.hpp"
#include "parley/model/error.hpp"
#include "parley/tournament/seed.hpp"
#include "tournament/tournament_fixtures.hpp"

namespace parley::tournament {
namespace {

using test::prepare;
using test::small_config;

TEST(Tournament, SessionCountIsTheCartesianProduct) {
  const auto tournament = prepare(small_config());
  // bilateral: 4·3 ordered pairs; three parties: 4·3·2 ordered triples; two repetitions.
  EXPECT_EQ(tournament.scenarios()[0].assignments.size(), 12u);
  EXPECT_EQ(tournament.scenarios()[1].assignments.size(), 24u);
  EXPECT_EQ(tournament.session_count(), (12u + 24u) * 2u);
}

TEST(Tournament, SessionIndexDecodesTheNestedLoops) {
  const auto tournament = prepare(small_config());
  std::uint64_t index = 0;
  for (int repetition = 0; repetition < 2; ++repetition)
    for (std::size_t scenario = 0; scenario < 2; ++scenario)
      for (std::size_t assignment = 0; assignment < tournament.scenarios()[scenario].assignments.size(); ++assignment) {
        const auto session = tournament.session(index);
        ASSERT_EQ(session.repetition, repetition);
        ASSERT_EQ(session.scenario, scenario);
        ASSERT_EQ(session.assignment, assignment);
        ASSERT_EQ(session.seed, session_seed(2024, index));
        ++index;
      }
  EXPECT_EQ(index, tournament.session_count());
}

// Preparation computes a scenario's statistics (frontier, reference points, ZOPA) once per
// content: the same scenario listed twice shares them, and a caller's cache (a second tournament
// over the same scenarios) answers without computing them again.
TEST(Tournament, StatisticsAreComputedOncePerScenarioContent) {
  auto config = small_config();
  config.scenarios = {test::bilateral_path(), test::three_party_path(), test::bilateral_path()};
  analysis::StatisticsCache cache;
  negotiation::PrepareOptions options;
  options.cache = &cache;
  const auto first = prepare_tournament(config, load_scenario_inputs(config.scenarios), options);
  EXPECT_EQ(cache.computations(), 2u);
  const auto& scenarios = first.scenarios();
  EXPECT_EQ(&scenarios[0].prepared->frontier(), &scenarios[2].prepared->frontier());
  EXPECT_NE(&scenarios[0].prepared->frontier(), &scenarios[1].prepared->frontier());
  const auto second = prepare_tournament(config, load_scenario_inputs(config.scenarios), options);
  EXPECT_EQ(cache.computations(), 2u);
  EXPECT_EQ(cache.reuses(), 4u);
  EXPECT_EQ(&second.scenarios()[1].prepared->frontier(), &scenarios[1].prepared->frontier());
  // Without a cache of the caller's, equal scenarios of one tournament still share theirs.
  const auto alone = prepare(config);
  EXPECT_EQ(&alone.scenarios()[0].prepared->frontier(), &alone.scenarios()[2].prepared->frontier());
}

TEST(Tournament, EveryAgentPlaysEverySide) {
  const auto tournament = prepare(small_config());
  const auto& scenario = tournament.scenarios()[1];
  for (std::size_t side = 0; side < 3; ++side) {
    std::set<std::uint32_t> seen;
    for (const auto& assignment : scenario.assignments) seen.insert(assignment[side]);
    EXPECT_EQ(seen.size(), 4u) << "side " << side;
  }
}

TEST(Tournament, AutoProtocolIsSaoForTwoAndSaopForMore) {
  const auto tournament = prepare(small_config());
  EXPECT_EQ(tournament.scenarios()[0].session.protocol, negotiation::Protocol::sao);
  EXPECT_EQ(tournament.scenarios()[1].session.protocol, negotiation::Protocol::saop);
}

TEST(Tournament, ScenariosArePreparedOnceAndShared) {
  const auto tournament = prepare(small_config());
  const auto* prepared = tournament.scenarios()[0].prepared.get();
  EXPECT_TRUE(prepared->frontier().computed());
  for (std::uint64_t k = 0; k < tournament.session_count(); ++k) {
    const auto session = tournament.session(k);
    if (session.scenario == 0) {
      EXPECT_EQ(tournament.scenarios()[session.scenario].prepared.get(), prepared);
    }
  }
}

TEST(Tournament, OpponentsMode) {
  auto config = small_config();
  config.agents = {"boulware", "conceder"};
  config.opponents = {"linear"};
  config.scenarios = {test::bilateral_path()};
  config.repetitions = 3;
  const auto tournament = prepare(config);
  EXPECT_EQ(tournament.session_count(), 2u * 2u * 3u);
  EXPECT_EQ(tournament.agent_specs().back(), "linear");
}

void expect_input_error(const TournamentConfig& config, const std::string& fragment) {
  try {
    (void)prepare(config);
    FAIL() << "expected an InputError mentioning '" << fragment << "'";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find(fragment), std::string::npos) << e.what();
  }
}

TEST(Tournament, BadInputIsAnInputError) {
  auto config = small_config();
  config.agents = {"boulware", "no-such-agent"};
  expect_input_error(config, "no-such-agent");

  config = small_config();
  config.agents = {"boulware", "boulware"};
  expect_input_error(config, "listed twice");

  config = small_config();
  config.agents = {"boulware", "linear"};  // three parties need three distinct agents
  expect_input_error(config, "three_party.yaml");

  config = small_config();
  config.protocol = "sao";
  expect_input_error(config, "bilateral");

  config = small_config();
  config.protocol = "dance";
  expect_input_error(config, "dance");

  config = small_config();
  config.repetitions = 0;
  expect_input_error(config, "repetitions");

  config = small_config();
  config.scenarios.push_back("/no/such/scenario.yaml");
  expect_input_error(config, "/no/such/scenario.yaml");
}

TEST(Tournament, SelfPlayAllowsFewerAgentsThanSides) {
  auto config = small_config();
  config.agents = {"boulware", "linear"};
  config.self_play = true;
  const auto tournament = prepare(config);
  EXPECT_EQ(tournament.scenarios()[0].assignments.size(), 4u);
  EXPECT_EQ(tournament.scenarios()[1].assignments.size(), 8u);
}

TEST(Tournament, TooManyAssignmentsAreSampled) {
  auto config = small_config();
  config.max_assignments = 10;
  const auto tournament = prepare(config);
  EXPECT_EQ(tournament.scenarios()[1].assignments.size(), 10u);
  EXPECT_EQ(tournament.scenarios()[1].assignment_count, 24u);
  EXPECT_TRUE(tournament.scenarios()[1].sampled());
  EXPECT_EQ(tournament.scenarios()[1].assignments, prepare(config).scenarios()[1].assignments);
}

}  // namespace
}  // namespace parley::tournament
