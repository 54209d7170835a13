// `parley report` and the sensitivity options of `parley analyze` end to end, on the shipped
// flagship scenario: the HTML report names every snapshot and is never overwritten without
// --force; shocks, --at and --sweep work, and bad specs exit 2 with a message.
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/io/yaml_timeline.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

std::string flagship() { return "'" + (test::source_dir() / "scenarios/russia-ukraine").string() + "'"; }

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ReportCli, WritesTheHtmlReportAndRefusesToOverwriteIt) {
  const auto dir = fs::temp_directory_path() / "parley-report-cli-test";
  fs::remove_all(dir);
  const auto first = test::run_cli("report " + flagship() + " --out '" + dir.string() + "'");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  const auto html = read_file(dir / "index.html");
  const auto timeline = io::read_timeline(test::source_dir() / "scenarios/russia-ukraine");
  for (const auto& snapshot : timeline.snapshots) {
    EXPECT_NE(html.find("id=\"" + snapshot.id + "\""), std::string::npos) << snapshot.id;
    EXPECT_NE(first.out.find(snapshot.id), std::string::npos) << "terminal summary lacks " << snapshot.id;
  }
  EXPECT_NE(first.out.find("how the picture moved"), std::string::npos);

  std::ofstream(dir / "index.html") << "kept";
  const auto second = test::run_cli("report " + flagship() + " --no-simulation --out '" + dir.string() + "'");
  EXPECT_EQ(second.exit_code, 2);
  EXPECT_NE(second.err.find("--force"), std::string::npos) << second.err;
  EXPECT_EQ(read_file(dir / "index.html"), "kept");
  const auto forced = test::run_cli("report " + flagship() + " --no-simulation --force --out '" + dir.string() + "'");
  EXPECT_EQ(forced.exit_code, 0) << forced.err;
  EXPECT_NE(read_file(dir / "index.html"), "kept");
  fs::remove_all(dir);
}

TEST(ReportCli, RefusesAScenarioWithoutSnapshots) {
  const auto result = test::run_cli("report '" + (test::source_dir() / "scenarios/examples/laptop.yaml").string() + "'");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_NE(result.err.find("not a dated scenario"), std::string::npos) << result.err;
}

TEST(AnalyzeSensitivityCli, ShockAtASnapshotChangesTheReservation) {
  const auto base = test::run_cli("analyze " + flagship() + " --at 2022-03 --json");
  const auto shocked = test::run_cli("analyze " + flagship() + " --at 2022-03 --shock 'Russia.reservation-=0.1' --json");
  ASSERT_EQ(base.exit_code, 0) << base.err;
  ASSERT_EQ(shocked.exit_code, 0) << shocked.err;
  const auto a = nlohmann::json::parse(base.out), b = nlohmann::json::parse(shocked.out);
  EXPECT_NEAR(b["reservation"][0].get<double>(), a["reservation"][0].get<double>() - 0.1, 1e-12);
}

TEST(AnalyzeSensitivityCli, SweepCoversEverySnapshot) {
  const auto result = test::run_cli("analyze " + flagship() + " --sweep --json");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  const auto timeline = io::read_timeline(test::source_dir() / "scenarios/russia-ukraine");
  ASSERT_EQ(json["sensitivity"].size(), timeline.snapshots.size());
  for (std::size_t s = 0; s < timeline.snapshots.size(); ++s) {
    const auto& entry = json["sensitivity"][s];
    EXPECT_EQ(entry["snapshot"], timeline.snapshots[s].id);
    EXPECT_EQ(entry["reservation_thresholds"].size(), 2u);
    EXPECT_EQ(entry["issues"].size(), timeline.space.issue_count());
  }
  const auto text = test::run_cli("analyze " + flagship() + " --at 2022-04 --sweep");
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("sensitivity at 2022-04"), std::string::npos) << text.out;
  EXPECT_NE(text.out.find("blocking issues:"), std::string::npos) << text.out;
}

TEST(AnalyzeSensitivityCli, BadShocksAndSnapshotsExitTwo) {
  const std::vector<std::pair<std::string, std::string>> cases{
      {"--shock 'Chechnya.reservation=0.1'", "no party named 'Chechnya'"},
      {"--shock 'Russia.weight.donbas*=2'", "no issue named 'donbas'"},
      {"--shock 'Ukraine.evaluation.crimea.annexed=0.2'", "has no value 'annexed'"},
      {"--shock 'Russia.reservation^=0.1'", "unknown target"},
      {"--shock 'Russia.reservation+=0.9'", "must stay in [0, 1]"},
      {"--shock 'Russia.reservation'", "no operator"},
      {"--at 1999", "snapshot"},
  };
  for (const auto& [arguments, message] : cases) {
    const auto result = test::run_cli("analyze " + flagship() + " " + arguments);
    EXPECT_EQ(result.exit_code, 2) << arguments;
    EXPECT_NE(result.err.find(message), std::string::npos) << arguments << ": " << result.err;
  }
  const auto laptop = test::run_cli("analyze '" + (test::source_dir() / "scenarios/examples/laptop.yaml").string() + "' --at 2022");
  EXPECT_EQ(laptop.exit_code, 2);
  EXPECT_NE(laptop.err.find("--at needs a dated scenario"), std::string::npos) << laptop.err;
}

}  // namespace
}  // namespace parley
