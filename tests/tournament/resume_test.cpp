// run_tournament into a store: identical across thread counts, and a run interrupted after
// any batch (with a torn last line) resumes to exactly the uninterrupted result.
#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

#include "parley/model/error.hpp"
#include "parley/tournament/session_record.hpp"
#include "tournament/tournament_fixtures.hpp"

namespace parley::tournament {
namespace {

using test::TemporaryFolder;

std::vector<nlohmann::json> stored(const std::filesystem::path& folder) {
  std::vector<nlohmann::json> records;
  for_each_record(folder, [&](const nlohmann::json& r) { records.push_back(without_wall_time(r)); });
  return records;
}

std::vector<std::string> lines_of(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::vector<std::string> lines;
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

RunOptions options(const std::filesystem::path& out, int threads) {
  RunOptions run;
  run.out = out;
  run.threads = threads;
  run.batch_seconds = 0.001;  // many small batches
  return run;
}

TEST(RunTournament, StoreIsIdenticalOnOneAndTwoThreads) {
  const auto tournament = test::prepare(test::small_config());
  TemporaryFolder one, two;
  const auto summary = run_tournament(tournament, options(one.path(), 1));
  run_tournament(tournament, options(two.path(), 2));
  EXPECT_EQ(summary.ran, tournament.session_count());
  EXPECT_EQ(stored(one.path()), stored(two.path()));
  EXPECT_EQ(stored(one.path()).size(), tournament.session_count());
  // The summary files depend on nothing but the records.
  for (const char* file : {kRankingCsvFile, kRankingJsonFile, kRankingSvgFile})
    EXPECT_EQ(lines_of(one.path() / file), lines_of(two.path() / file)) << file;
  EXPECT_EQ(summary.ranking.size(), 4u);
}

TEST(RunTournament, InterruptedRunResumesToTheSameResult) {
  const auto tournament = test::prepare(test::small_config());
  TemporaryFolder clean, interrupted;
  run_tournament(tournament, options(clean.path(), 2));
  const auto expected = stored(clean.path());

  // Simulate a kill after 17 durable records, mid-way through writing the 18th.
  const auto lines = lines_of(clean.path() / kResultsFile);
  std::filesystem::copy_file(clean.path() / kManifestFile, interrupted.path() / kManifestFile);
  {
    std::ofstream out(interrupted.path() / kResultsFile, std::ios::binary);
    for (int k = 0; k < 17; ++k) out << lines[k] << '\n';
    out << lines[17].substr(0, lines[17].size() / 2);
  }
  const auto summary = run_tournament(tournament, options(interrupted.path(), 2));
  EXPECT_EQ(summary.resumed_from, 17u);
  EXPECT_EQ(summary.ran, tournament.session_count() - 17);
  EXPECT_EQ(stored(interrupted.path()), expected);
}

TEST(RunTournament, FinishedOrDifferentTournamentIsRefused) {
  const auto tournament = test::prepare(test::small_config());
  TemporaryFolder folder;
  run_tournament(tournament, options(folder.path(), 2));
  EXPECT_THROW(run_tournament(tournament, options(folder.path(), 2)), InputError);

  auto resume = options(folder.path(), 2);
  resume.mode = StoreMode::resume;
  const auto summary = run_tournament(tournament, resume);
  EXPECT_EQ(summary.ran, 0u);
  EXPECT_EQ(summary.ranking.size(), 4u);

  auto config = test::small_config();
  config.rounds = 61;
  EXPECT_THROW(run_tournament(test::prepare(config), resume), InputError);
}

}  // namespace
}  // namespace parley::tournament
