// `parley evidence suggest` end to end on the flagship: each source's draft, put in place of
// the snapshot it stands for, passes `parley evidence verify` (the verifier is the oracle:
// quotes found in the source, speakers known and of the position's party, dates in the
// window); drafts never overwrite a file without --force.
#include <filesystem>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "support/temporary_copy.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

std::filesystem::path flagship() { return test::source_dir() / "scenarios" / "russia-ukraine"; }

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

void check_source(const std::string& name) {
  SCOPED_TRACE(name);
  const test::TemporaryCopy copy(flagship());
  const std::string article = "'" + (copy.folder() / "sources" / (name + ".txt")).string() + "'";
  const std::string scenario = " --scenario '" + copy.folder().string() + "'";
  const auto json_run = test::run_cli("evidence suggest " + article + scenario + " --json");
  ASSERT_EQ(json_run.exit_code, 0) << json_run.err;
  const auto draft = nlohmann::json::parse(json_run.out);
  ASSERT_FALSE(draft["positions"].empty());
  ASSERT_TRUE(draft["replaces"].is_string());  // every flagship source falls in a snapshot's window
  for (const auto& p : draft["positions"]) {
    for (const auto& c : p["cites"]) EXPECT_NE(read(copy.folder() / "sources" / (name + ".txt")).find(c["quote"].get<std::string>()), std::string::npos);
  }
  const auto out = copy.folder() / "snapshots" / (draft["id"].get<std::string>() + ".yaml");
  const auto before = read(out);
  const auto refused = test::run_cli("evidence suggest " + article + scenario + " --out '" + out.string() + "'");
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("--force"), std::string::npos) << refused.err;
  EXPECT_EQ(read(out), before);  // nothing a user wrote is lost
  const auto written = test::run_cli("evidence suggest " + article + scenario + " --out '" + out.string() + "' --force");
  ASSERT_EQ(written.exit_code, 0) << written.err;
  const auto verified = test::run_cli("evidence verify '" + copy.folder().string() + "'");
  EXPECT_EQ(verified.exit_code, 0) << verified.out << verified.err;
}

TEST(EvidenceSuggestFlagship, EachSourcesDraftInPlaceOfItsSnapshotPassesVerify) {
  for (const char* name : {"huffpost-2022-02-28", "redstate-2022-03-14", "washington-post-2022-04-12",
                           "president-gov-by-2024-04-11", "meduza-2025-08-01"}) {
    check_source(name);
  }
}

TEST(EvidenceSuggestCli, NewFileAndBadInput) {
  const test::TemporaryCopy copy(flagship());
  const std::string article = "'" + (copy.folder() / "sources" / "huffpost-2022-02-28.txt").string() + "'";
  const std::string scenario = " --scenario '" + copy.folder().string() + "'";
  const auto out = copy.folder() / "draft.yaml";
  const auto written = test::run_cli("evidence suggest " + article + scenario + " --out '" + out.string() + "'");
  ASSERT_EQ(written.exit_code, 0) << written.err;
  EXPECT_NE(read(out).find("id: 2022-02-first-round-belarus"), std::string::npos);
  EXPECT_NE(written.out.find("draft snapshot"), std::string::npos);
  // an article the scenario does not list cannot be cited: exit 2 naming the fix
  std::ofstream(copy.folder() / "new.txt") << "Putin said the talks failed.\n";
  const auto unlisted = test::run_cli("evidence suggest '" + (copy.folder() / "new.txt").string() + "'" + scenario);
  EXPECT_EQ(unlisted.exit_code, 2);
  EXPECT_NE(unlisted.err.find("sources:"), std::string::npos) << unlisted.err;
  const auto bad_date = test::run_cli("evidence suggest " + article + scenario + " --date 2022-13-01");
  EXPECT_EQ(bad_date.exit_code, 2);
}

}  // namespace
}  // namespace parley
