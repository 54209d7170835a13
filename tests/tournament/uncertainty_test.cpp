// ANAC-2019-style uncertainty tournaments: every seat records its true utility, its estimate of
// it and its elicitation cost; the ranking score takes the cost off; an agent on a short-ranking
// estimate (the LP of elicitation/learn_utility.hpp) negotiates differently from the same agent
// with its true utility.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "parley/model/error.hpp"
#include "parley/tournament/ranking.hpp"
#include "parley/tournament/run_tournament.hpp"
#include "parley/tournament/uncertainty_summary.hpp"
#include "tournament_fixtures.hpp"

namespace parley::tournament {
namespace {
using test::bilateral_path;
using test::prepare;

TournamentConfig uncertain_config() {
  TournamentConfig config;
  config.agents = {"boulware", "elicit-boulware:queries=4,budget=1"};
  config.scenarios = {bilateral_path()};
  config.rounds = 60;
  config.seed = 7;
  config.uncertainty = "ranked:3,cost=0.01";
  return config;
}

TEST(UncertaintyTournament, EverySeatRecordsTrueAndEstimatedUtilityAndCost) {
  const auto tournament = prepare(uncertain_config());
  const auto records = run_sessions(tournament, 0, tournament.session_count(), 1);
  ASSERT_FALSE(records.empty());
  std::size_t elicited = 0;
  for (const auto& record : records) {
    ASSERT_TRUE(record.contains("uncertainty")) << record.dump();
    EXPECT_EQ(record["uncertainty"]["spec"], "ranked:3,cost=0.01");
    for (const auto& seat : record["negotiators"]) {
      ASSERT_TRUE(seat["estimated_utility"].is_number()) << seat.dump();
      const double cost = seat["elicitation_cost"].get<double>();
      const auto bids = seat["elicited_bids"].get<std::size_t>();
      EXPECT_NEAR(cost, 0.01 * static_cast<double>(bids), 1e-12);
      const bool elicits = seat["agent"].get<std::string>().starts_with("elicit-boulware");
      if (elicits) elicited += bids;
      else EXPECT_EQ(bids, 0u);
      const auto& party = record["uncertainty"]["parties"][seat["party"].get<std::string>()];
      EXPECT_NEAR(party["net_utility"].get<double>(), seat["utility"].get<double>() - cost, 1e-12);
    }
  }
  EXPECT_GT(elicited, 0u);
  // The ranking charges the cost: score = mean (discounted utility − cost).
  RankingBuilder builder(tournament.agent_specs(), tournament.competitor_count());
  double score_sum = 0;
  std::size_t seats = 0;
  for (const auto& record : records) {
    builder.add(record);
    for (const auto& seat : record["negotiators"])
      if (seat["agent_index"] == 1) {
        score_sum += seat["discounted_utility"].get<double>() - seat["elicitation_cost"].get<double>();
        ++seats;
      }
  }
  for (const auto& row : builder.rows())
    if (row.agent == "elicit-boulware:queries=4,budget=1") {
      EXPECT_NEAR(row.score, score_sum / seats, 1e-12);
    }
}

TEST(UncertaintyTournament, AShortRankingChangesHowTheAgentNegotiates) {
  auto config = uncertain_config();
  config.agents = {"boulware", "conceder"};
  const auto uncertain = run_sessions(prepare(config), 0, 2, 1);
  config.uncertainty.clear();
  const auto known = run_sessions(prepare(config), 0, 2, 1);
  std::size_t differ = 0;
  for (std::size_t k = 0; k < 2; ++k) {
    EXPECT_FALSE(known[k].contains("uncertainty"));
    differ += uncertain[k]["agreement"] != known[k]["agreement"] ||
                      uncertain[k]["rounds"] != known[k]["rounds"]
                  ? 1
                  : 0;
    // The estimate is the agent's belief: with 3 ranked bids it is not the true utility.
    for (const auto& seat : uncertain[k]["negotiators"])
      EXPECT_GT(std::abs(seat["estimated_utility"].get<double>() - seat["utility"].get<double>()), 1e-6) << seat.dump();
  }
  EXPECT_GT(differ, 0u);
}

TEST(UncertaintyTournament, BadSpecsAreInputErrors) {
  auto config = uncertain_config();
  config.uncertainty = "ranked:x";
  EXPECT_THROW(check_config(config), InputError);
  config.uncertainty = "ranked:5";
  config.estimator = "magic";
  EXPECT_THROW(check_config(config), InputError);
  config.estimator = "lp";
  config.uncertainty = "profiles";  // the YAML fixture has no UNCERTAIN profile
  EXPECT_THROW(prepare(config), InputError);
}

}  // namespace
}  // namespace parley::tournament
