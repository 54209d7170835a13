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

// A copy of the flagship with one quote replaced by words no source contains.
fs::path tampered_flagship() {
  const auto dir = fs::temp_directory_path() / "parley-report-tampered";
  fs::remove_all(dir);
  fs::copy(test::source_dir() / "scenarios/russia-ukraine", dir, fs::copy_options::recursive);
  const auto file = dir / "snapshots/2022-03-antalya-istanbul.yaml";
  auto text = read_file(file);
  const std::string real = "quote: and even to a compromise over the status of Ukrainian territory now controlled by Russia";
  const auto at = text.find(real);
  EXPECT_NE(at, std::string::npos);
  text.replace(at, real.size(), "quote: Ukraine agreed to hand Crimea to Russia forever");
  std::ofstream(file, std::ios::binary | std::ios::trunc) << text;
  return dir;
}

// Regression: `report` printed a fabricated quote under a footer saying every quote was checked.
TEST(ReportCli, RefusesBrokenCitationsOrMarksThemWhenAsked) {
  const auto dir = tampered_flagship();
  const auto verify = test::run_cli("evidence verify '" + dir.string() + "'");
  EXPECT_EQ(verify.exit_code, 2);
  const auto refused = test::run_cli("report '" + dir.string() + "' --no-simulation --out '" + (dir / "out").string() + "'");
  EXPECT_EQ(refused.exit_code, 2);
  EXPECT_NE(refused.err.find("Ukraine agreed to hand Crimea to Russia forever"), std::string::npos) << refused.err;
  EXPECT_NE(refused.err.find("--mark-broken-citations"), std::string::npos) << refused.err;
  EXPECT_FALSE(fs::exists(dir / "out/index.html"));

  const auto marked = test::run_cli("report '" + dir.string() + "' --no-simulation --mark-broken-citations --out '" + (dir / "out").string() + "'");
  ASSERT_EQ(marked.exit_code, 0) << marked.err;
  EXPECT_NE(marked.out.find("PROBLEMS"), std::string::npos) << marked.out;
  const auto html = read_file(dir / "out/index.html");
  const auto fake = html.find("Ukraine agreed to hand Crimea to Russia forever");
  ASSERT_NE(fake, std::string::npos);
  EXPECT_NE(html.find("BROKEN CITATION", fake), std::string::npos);
  EXPECT_NE(html.find("problem found"), std::string::npos);
  EXPECT_EQ(html.find("All verified."), std::string::npos);
  fs::remove_all(dir);
}

TEST(ReportCli, TheFooterStatesWhatWasChecked) {
  const auto dir = fs::temp_directory_path() / "parley-report-footer";
  fs::remove_all(dir);
  const auto result = test::run_cli("report " + flagship() + " --no-simulation --out '" + dir.string() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto html = read_file(dir / "index.html");
  EXPECT_NE(html.find("same check as <code>parley evidence verify</code>"), std::string::npos);
  EXPECT_NE(html.find("All verified."), std::string::npos);
  EXPECT_NE(result.out.find("all verified"), std::string::npos) << result.out;
  // The sources lie beside the page, linked from it.
  EXPECT_TRUE(fs::exists(dir / "sources/meduza-2025-08-01.txt"));
  EXPECT_NE(html.find("href=\"sources/meduza-2025-08-01.txt\""), std::string::npos);
  fs::remove_all(dir);
}

TEST(ReportCli, JsonCarriesTheReportWithItsReasons) {
  const auto result = test::run_cli("report " + flagship() + " --no-simulation --json --shock 'Russia.reservation-=0.1'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto json = nlohmann::json::parse(result.out);
  EXPECT_EQ(json["schema"], "parley.report/2");
  EXPECT_EQ(json["shocks"], nlohmann::json::array({"Russia.reservation-=0.1"}));
  EXPECT_TRUE(json["citation_check"]["ok"].get<bool>());
  ASSERT_EQ(json["snapshots"].size(), 5u);
  for (const auto& snapshot : json["snapshots"]) {
    EXPECT_FALSE(snapshot["red_lines"]["verdict"].get<std::string>().empty());
    EXPECT_FALSE(snapshot["red_lines"]["in_force"].empty());
    for (const auto& party : snapshot["preferences"]) EXPECT_FALSE(party["reservation"]["why"].get<std::string>().empty());
    for (const auto& forecast : snapshot["forecasts"])
      for (const auto& actor : forecast["actors"])
        for (const char* number : {"position", "capability", "salience"})
          EXPECT_FALSE(actor[number]["why"].get<std::string>().empty()) << snapshot["id"] << " " << forecast["issue"] << " " << number;
  }
}

// Regression: a shocked report could not be told from the baseline.
TEST(ReportCli, ShocksAreNamedInTheTerminalTheJsonAndTheHtmlTitle) {
  const auto dir = fs::temp_directory_path() / "parley-report-shocked";
  fs::remove_all(dir);
  const auto result = test::run_cli("report " + flagship() + " --no-simulation --shock 'Russia.reservation-=0.1' --out '" + dir.string() + "'");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("SHOCKED SCENARIO"), std::string::npos);
  EXPECT_NE(result.out.find("Russia.reservation-=0.1"), std::string::npos);
  const auto html = read_file(dir / "index.html");
  const auto title = html.substr(html.find("<title>"), html.find("</title>") - html.find("<title>"));
  EXPECT_NE(title.find("shocked: Russia.reservation-=0.1"), std::string::npos) << title;
  fs::remove_all(dir);
  const auto analyzed = test::run_cli("analyze " + flagship() + " --at 2022-03 --shock 'Russia.reservation-=0.1'");
  ASSERT_EQ(analyzed.exit_code, 0) << analyzed.err;
  EXPECT_NE(analyzed.out.find("[shocked: Russia.reservation-=0.1]"), std::string::npos) << analyzed.out;
  const auto json = test::run_cli("analyze " + flagship() + " --at 2022-03 --shock 'Russia.reservation-=0.1' --json");
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto parsed = nlohmann::json::parse(json.out);
  EXPECT_EQ(parsed["shocks"], nlohmann::json::array({"Russia.reservation-=0.1"}));
  EXPECT_NE(parsed["scenario"].get<std::string>().find("shocked"), std::string::npos);
}

// Regression: `--at 2023` silently picked the April 2022 snapshot.
TEST(AnalyzeSensitivityCli, AtADateBetweenSnapshotsSaysWhichItChose) {
  const auto result = test::run_cli("analyze " + flagship() + " --at 2023");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.err.find("--at 2023 means the latest snapshot dated on or before 2023-12-31: 2022-04-impasse"), std::string::npos)
      << result.err;
  const auto exact = test::run_cli("analyze " + flagship() + " --at 2022-04-impasse");
  ASSERT_EQ(exact.exit_code, 0) << exact.err;
  EXPECT_EQ(exact.err.find("means the latest"), std::string::npos) << exact.err;
}

}  // namespace
}  // namespace parley
