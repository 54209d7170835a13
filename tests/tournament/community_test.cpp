// Tournaments on the community's GENIUS scenarios (skipped when ../shared/data is absent):
// a bilateral ANAC 2011 domain and a nine-party ANAC 2015 domain whose role assignments are
// sampled.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/tournament/session_record.hpp"
#include "tournament/tournament_fixtures.hpp"

namespace parley::tournament {
namespace {

TEST(CommunityTournament, GeniusBilateralAndManyPartyScenarios) {
  PARLEY_REQUIRE_SHARED_DATA(laptop, "genius/anac/y2011/Laptop");
  PARLEY_REQUIRE_SHARED_DATA(university, "genius/anac/y2015/group1-university");
  TournamentConfig config;
  config.agents = {"boulware", "conceder", "hardheaded"};
  config.scenarios = {laptop, university};
  config.self_play = true;
  config.max_assignments = 12;
  config.rounds = 100;
  config.seed = 3;
  const auto tournament = prepare_tournament(config, load_scenario_inputs(config.scenarios));
  const auto& bilateral = tournament.scenarios()[0];
  const auto& many = tournament.scenarios()[1];
  EXPECT_EQ(bilateral.session.protocol, negotiation::Protocol::sao);
  EXPECT_EQ(bilateral.assignments.size(), 9u);  // 3² with self-play
  EXPECT_FALSE(bilateral.sampled());
  EXPECT_EQ(many.session.protocol, negotiation::Protocol::saop);
  ASSERT_EQ(many.negotiators.size(), 9u);
  EXPECT_EQ(many.assignment_count, 19683u);  // 3⁹
  EXPECT_EQ(many.assignments.size(), 12u);
  EXPECT_TRUE(many.sampled());
  EXPECT_EQ(bilateral.content_hash.rfind("fnv1a64:", 0), 0u);

  const auto one = run_sessions(tournament, 0, tournament.session_count(), 1);
  const auto two = run_sessions(tournament, 0, tournament.session_count(), 2);
  ASSERT_EQ(one.size(), 21u);
  for (std::size_t k = 0; k < one.size(); ++k) {
    EXPECT_EQ(without_wall_time(one[k]), without_wall_time(two[k]));
    EXPECT_EQ(one[k]["negotiators"].size(), k < 9 ? 2u : 9u);
  }
}

}  // namespace
}  // namespace parley::tournament
