// Tournaments with opponent-model quality: every record lists the models its agents kept with
// their end-of-session Pearson and ranking distance, and the summary averages them per agent;
// without the option nothing is measured; a resumed store must have been run with the same option.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/model/error.hpp"
#include "parley/tournament/model_quality_summary.hpp"
#include "tournament_fixtures.hpp"

namespace parley::tournament {
namespace {

TournamentConfig model_config() {
  TournamentConfig config;
  config.agents = {"boulware", "hardheaded", "boa:offer=timedep(e=0.2),accept=next,model=bayesian"};
  config.scenarios = {test::bilateral_path()};
  config.rounds = 60;
  config.seed = 3;
  config.model_quality = true;
  config.model_quality_times = {0.5};
  return config;
}

TEST(ModelQualityTournament, RecordsAndSummaryCarryTheModelsMeasures) {
  const auto tournament = test::prepare(model_config());
  test::TemporaryFolder folder;
  RunOptions options;
  options.out = folder.path();
  options.threads = 1;
  run_tournament(tournament, options);
  std::vector<double> pearson(3, 0.0);
  std::vector<std::size_t> models(3, 0);
  for_each_record(folder.path(), [&](const nlohmann::json& record) {
    ASSERT_TRUE(record.contains("opponent_models")) << record.dump();
    for (const auto& model : record["opponent_models"]) {
      for (const auto& seat : record["negotiators"])
        if (seat["party"] == model["party"]) {
          const auto index = seat["agent_index"].get<std::size_t>();
          EXPECT_NE(index, 0u) << "boulware keeps no model";
          pearson[index] += model["pearson"].get<double>();
          ++models[index];
        }
      EXPECT_EQ(model["measures"].size(), 2u);
      EXPECT_NE(model["party"], model["opponent"]);
    }
  });
  const auto rows = model_quality_rows(tournament, folder.path());
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].models, 0u);
  for (std::size_t a = 1; a < 3; ++a) {
    ASSERT_GT(models[a], 0u);
    EXPECT_EQ(rows[a].models, models[a]);
    EXPECT_NEAR(rows[a].pearson, pearson[a] / static_cast<double>(models[a]), 1e-12);
  }
  EXPECT_NE(model_quality_table(rows).find("hardheaded"), std::string::npos);
  EXPECT_TRUE(model_quality_json(rows)[0]["pearson"].is_null());
}

TEST(ModelQualityTournament, OffByDefaultAndTimesNeedTheOption) {
  auto config = model_config();
  config.model_quality = false;
  config.model_quality_times.clear();
  const auto tournament = test::prepare(config);
  for (const auto& record : run_sessions(tournament, 0, 2, 1)) EXPECT_FALSE(record.contains("opponent_models"));
  config.model_quality_times = {0.5};
  EXPECT_THROW(check_config(config), InputError);
  config.model_quality = true;
  config.model_quality_times = {0.7, 0.2};
  EXPECT_THROW(check_config(config), InputError);
}

TEST(ModelQualityTournament, AStoreRunWithoutItDoesNotResumeWithIt) {
  auto config = model_config();
  config.model_quality = false;
  config.model_quality_times.clear();
  test::TemporaryFolder folder;
  RunOptions options;
  options.out = folder.path();
  options.threads = 1;
  run_tournament(test::prepare(config), options);
  options.mode = StoreMode::resume;
  EXPECT_THROW(run_tournament(test::prepare(model_config()), options), InputError);
}

}  // namespace
}  // namespace parley::tournament
