// The results store: opening rules, torn-line recovery, ordering checks, atomic files.
#include <gtest/gtest.h>

#include <fstream>
#include <unistd.h>
#include <sstream>
#include <nlohmann/json.hpp>

#include "parley/model/error.hpp"
#include "parley/tournament/result_store.hpp"
#include "tournament/tournament_fixtures.hpp"

namespace parley::tournament {
namespace {

using test::TemporaryFolder;

nlohmann::json manifest(std::uint64_t sessions, std::uint64_t seed = 1) {
  return {{"format", "parley-tournament"},
          {"sessions", sessions},
          {"seed", seed},
          {"scenarios", {{{"path", "a.yaml"}, {"name", "A"}, {"content_hash", "fnv1a64:0"}}}}};
}

std::string record(std::uint64_t session) { return nlohmann::json{{"session", session}, {"x", session * 2}}.dump(); }

std::string read(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void append_raw(const std::filesystem::path& file, const std::string& text) {
  std::ofstream out(file, std::ios::binary | std::ios::app);
  out << text;
}

std::string input_error(const std::function<void()>& action) {
  try {
    action();
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}

TEST(ResultStore, NewStoreWritesTheManifestFirst) {
  TemporaryFolder folder;
  auto store = ResultStore::open(folder.path() / "out", manifest(5), StoreMode::start_or_continue);
  EXPECT_EQ(store.recorded(), 0u);
  EXPECT_EQ(nlohmann::json::parse(read(folder.path() / "out" / kManifestFile)), manifest(5));
  store.append({record(0), record(1)});
  EXPECT_EQ(store.recorded(), 2u);
  EXPECT_EQ(read(folder.path() / "out" / kResultsFile), record(0) + "\n" + record(1) + "\n");
}

TEST(ResultStore, ContinuesAnUnfinishedStoreAndDropsATornLine) {
  TemporaryFolder folder;
  {
    auto store = ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue);
    store.append({record(0), record(1), record(2)});
  }
  append_raw(folder.path() / kResultsFile, R"({"session":3,"x":)");  // killed mid-write
  auto store = ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue);
  EXPECT_EQ(store.recorded(), 3u);
  store.append({record(3), record(4)});
  std::vector<std::uint64_t> sessions;
  for_each_record(folder.path(), [&](const nlohmann::json& r) { sessions.push_back(r["session"]); });
  EXPECT_EQ(sessions, (std::vector<std::uint64_t>{0, 1, 2, 3, 4}));
}

TEST(ResultStore, AnUnparsableLastLineCountsAsTorn) {
  TemporaryFolder folder;
  {
    auto store = ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue);
    store.append({record(0)});
  }
  append_raw(folder.path() / kResultsFile, std::string("\0\0\0\0\n", 5));  // power loss garbage
  EXPECT_EQ(ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue).recorded(), 1u);
  EXPECT_EQ(read(folder.path() / kResultsFile), record(0) + "\n");
}

TEST(ResultStore, DamagedOrMisorderedRecordsAreRefused) {
  TemporaryFolder folder;
  {
    auto store = ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue);
    store.append({record(0)});
  }
  append_raw(folder.path() / kResultsFile, "garbage\n" + record(1) + "\n");
  EXPECT_NE(input_error([&] { ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue); })
                .find("line 2: damaged record"),
            std::string::npos);

  TemporaryFolder other;
  {
    auto store = ResultStore::open(other.path(), manifest(5), StoreMode::start_or_continue);
    store.append({record(0), record(0)});  // a duplicate
  }
  EXPECT_NE(input_error([&] { ResultStore::open(other.path(), manifest(5), StoreMode::start_or_continue); })
                .find("expected the record of session 1"),
            std::string::npos);
}

void write_summary_files(const std::filesystem::path& folder) {
  for (const auto* name : {kRankingCsvFile, kRankingJsonFile, kRankingSvgFile}) append_raw(folder / name, "summary\n");
}

TEST(ResultStore, FinishedStoreNeedsResumeOrForce) {
  TemporaryFolder folder;
  {
    auto store = ResultStore::open(folder.path(), manifest(2), StoreMode::start_or_continue);
    store.append({record(0), record(1)});
  }
  write_summary_files(folder.path());
  const auto message = input_error([&] { ResultStore::open(folder.path(), manifest(2), StoreMode::start_or_continue); });
  EXPECT_NE(message.find("finished"), std::string::npos) << message;
  EXPECT_NE(message.find("--resume"), std::string::npos) << message;
  EXPECT_EQ(ResultStore::open(folder.path(), manifest(2), StoreMode::resume).recorded(), 2u);
  EXPECT_EQ(ResultStore::open(folder.path(), manifest(2), StoreMode::force).recorded(), 0u);
  EXPECT_EQ(read(folder.path() / kResultsFile), "");
}

TEST(ResultStore, DifferentTournamentIsRefusedEvenWithResume) {
  TemporaryFolder folder;
  { auto store = ResultStore::open(folder.path(), manifest(5, 1), StoreMode::start_or_continue); }
  for (auto mode : {StoreMode::start_or_continue, StoreMode::resume}) {
    const auto message = input_error([&] { ResultStore::open(folder.path(), manifest(5, 2), mode); });
    EXPECT_NE(message.find("different tournament"), std::string::npos) << message;
    EXPECT_NE(message.find("/seed"), std::string::npos) << message;
  }
  EXPECT_EQ(ResultStore::open(folder.path(), manifest(5, 2), StoreMode::force).recorded(), 0u);
}

TEST(ResultStore, ScenarioPathsAreNotPartOfTheIdentity) {
  TemporaryFolder folder;
  { auto store = ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue); }
  auto moved = manifest(5);
  moved["scenarios"][0]["path"] = "../elsewhere/a.yaml";
  EXPECT_NO_THROW(ResultStore::open(folder.path(), moved, StoreMode::start_or_continue));
}

TEST(ResultStore, StrayFilesAreNeverTouchedEvenWithForce) {
  TemporaryFolder folder;
  append_raw(folder.path() / kRankingCsvFile, "someone's file\n");
  append_raw(folder.path() / "notes.txt", "kept\n");
  for (auto mode : {StoreMode::start_or_continue, StoreMode::force})
    EXPECT_NE(input_error([&] { ResultStore::open(folder.path(), manifest(5), mode); }).find("ranking.csv"),
              std::string::npos);
  EXPECT_EQ(read(folder.path() / kRankingCsvFile), "someone's file\n") << "no manifest: parley cannot prove it is its own";
  EXPECT_EQ(read(folder.path() / "notes.txt"), "kept\n");
}

TEST(ResultStore, ForceKeepsAManifestThatIsNotParleys) {
  TemporaryFolder folder;
  append_raw(folder.path() / kManifestFile, "{\"mine\": true}\n");
  const auto message = input_error([&] { ResultStore::open(folder.path(), manifest(5), StoreMode::force); });
  EXPECT_NE(message.find("not a parley tournament manifest"), std::string::npos) << message;
  EXPECT_EQ(read(folder.path() / kManifestFile), "{\"mine\": true}\n");
}

TEST(ResultStore, ForceDeletesOnlyItsOwnFiles) {
  TemporaryFolder folder;
  { auto store = ResultStore::open(folder.path(), manifest(5, 1), StoreMode::start_or_continue); }
  append_raw(folder.path() / "notes.txt", "kept\n");
  append_raw(folder.path() / "ranking.csv.tmp", "a user's file with a name parley once used\n");
  append_raw(folder.path() / "manifest.json.tmp", "another\n");
  EXPECT_EQ(ResultStore::open(folder.path(), manifest(5, 2), StoreMode::force).recorded(), 0u);
  write_file_atomically(folder.path(), kRankingCsvFile, "rank\n");
  EXPECT_EQ(read(folder.path() / "notes.txt"), "kept\n");
  EXPECT_EQ(read(folder.path() / "ranking.csv.tmp"), "a user's file with a name parley once used\n");
  EXPECT_EQ(read(folder.path() / "manifest.json.tmp"), "another\n");
}

TEST(ResultStore, ASecondOpenIsRefusedNamingTheHolder) {
  TemporaryFolder folder;
  auto first = ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue);
  const auto message = input_error([&] { ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue); });
  EXPECT_NE(message.find("another parley tournament is writing to this folder"), std::string::npos) << message;
  EXPECT_NE(message.find("pid " + std::to_string(::getpid())), std::string::npos) << message;
  first = ResultStore::open(folder.path() / "other", manifest(5), StoreMode::start_or_continue);  // releases the lock
  EXPECT_NO_THROW(ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue));
}

TEST(ResultStore, AFinishedStoreWithoutItsSummaryContinues) {
  TemporaryFolder folder;
  {
    auto store = ResultStore::open(folder.path(), manifest(2), StoreMode::start_or_continue);
    store.append({record(0), record(1)});
  }
  append_raw(folder.path() / kRankingCsvFile, "rank\n");  // stopped after the first summary file
  const auto store = ResultStore::open(folder.path(), manifest(2), StoreMode::start_or_continue);
  EXPECT_TRUE(store.finished());
}

TEST(ResultStore, ASymlinkedResultsFileIsNotWrittenThrough) {
  TemporaryFolder folder;
  { auto store = ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue); }
  std::filesystem::remove(folder.path() / kResultsFile);
  std::filesystem::create_symlink(folder.path() / "elsewhere.txt", folder.path() / kResultsFile);
  EXPECT_NE(input_error([&] { ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue); })
                .find("symbolic link"),
            std::string::npos);
  EXPECT_FALSE(std::filesystem::exists(folder.path() / "elsewhere.txt"));
}

TEST(ResultStore, RepairKeepsEveryIntactRecordAndRerunsTheMissing) {
  TemporaryFolder folder;
  { auto store = ResultStore::open(folder.path(), manifest(6), StoreMode::start_or_continue); }
  // Two runs interleaved: a damaged middle line, a repeated record, then more records.
  append_raw(folder.path() / kResultsFile, record(0) + "\n" + record(1) + "\n{\"sess\n" + record(1) + "\n" +
                                                record(3) + "\n" + record(4) + "\n" + "{\"torn");
  write_summary_files(folder.path());
  EXPECT_NE(input_error([&] { ResultStore::open(folder.path(), manifest(6), StoreMode::start_or_continue); })
                .find("--repair"),
            std::string::npos);
  std::vector<std::uint64_t> rerun;
  const auto report = repair_results(folder.path(), manifest(6), [&](std::uint64_t session) {
    rerun.push_back(session);
    return record(session);
  });
  EXPECT_EQ(report.kept, 4u);
  EXPECT_EQ(report.dropped_lines, 2u);
  EXPECT_EQ(report.duplicates, 1u);
  EXPECT_EQ(rerun, std::vector<std::uint64_t>{2});
  EXPECT_EQ(read(folder.path() / kResultsFile),
            record(0) + "\n" + record(1) + "\n" + record(2) + "\n" + record(3) + "\n" + record(4) + "\n");
  EXPECT_FALSE(std::filesystem::exists(folder.path() / kRankingCsvFile)) << "the old summary is stale";
  EXPECT_EQ(ResultStore::open(folder.path(), manifest(6), StoreMode::start_or_continue).recorded(), 5u);
}

TEST(ResultStore, OutMustBeAFolder) {
  TemporaryFolder folder;
  append_raw(folder.path() / "file", "x");
  EXPECT_NE(input_error([&] { ResultStore::open(folder.path() / "file", manifest(5), StoreMode::force); }).find("folder"),
            std::string::npos);
}

}  // namespace
}  // namespace parley::tournament
