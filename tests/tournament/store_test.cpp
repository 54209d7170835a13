// The results store: opening rules, torn-line recovery, ordering checks, atomic files.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

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

TEST(ResultStore, FinishedStoreNeedsResumeOrForce) {
  TemporaryFolder folder;
  {
    auto store = ResultStore::open(folder.path(), manifest(2), StoreMode::start_or_continue);
    store.append({record(0), record(1)});
  }
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

TEST(ResultStore, StrayFilesAreNeverOverwrittenWithoutForce) {
  TemporaryFolder folder;
  append_raw(folder.path() / kRankingCsvFile, "someone's file\n");
  append_raw(folder.path() / "notes.txt", "kept\n");
  EXPECT_NE(input_error([&] { ResultStore::open(folder.path(), manifest(5), StoreMode::start_or_continue); })
                .find("ranking.csv"),
            std::string::npos);
  EXPECT_NO_THROW(ResultStore::open(folder.path(), manifest(5), StoreMode::force));
  EXPECT_EQ(read(folder.path() / "notes.txt"), "kept\n") << "--force deletes only the store's own files";
}

TEST(ResultStore, OutMustBeAFolder) {
  TemporaryFolder folder;
  append_raw(folder.path() / "file", "x");
  EXPECT_NE(input_error([&] { ResultStore::open(folder.path() / "file", manifest(5), StoreMode::force); }).find("folder"),
            std::string::npos);
}

}  // namespace
}  // namespace parley::tournament
