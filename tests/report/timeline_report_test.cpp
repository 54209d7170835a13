// The timeline report on the shipped flagship scenario: golden terminal summary (regenerated
// only on purpose), deterministic simulations, a self-contained HTML page, stated packages
// built from the cited positions, and refusal to overwrite a report.
#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <gtest/gtest.h>

#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"
#include "parley/report/flagship_report.hpp"
#include "support/test_paths.hpp"

namespace parley::report {
namespace {

namespace fs = std::filesystem;

const Timeline& flagship() {
  static const Timeline loaded = io::read_timeline(test::source_dir() / "scenarios/russia-ukraine");
  return loaded;
}

const TimelineReport& flagship_report() {
  static const TimelineReport built = build_timeline_report(flagship());
  return built;
}

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// The golden summary pins every number of the flagship analysis (ZOPA, margins, thresholds,
// blocking issues, Nash / Kalai–Smorodinsky / max-welfare packages, forecasts, simulations).
// After an intended change to the scenario or the algorithms, regenerate it with
//   PARLEY_REGENERATE_GOLDEN=1 build/tests/parley_tests_report --gtest_filter='FlagshipReport.GoldenSummary'
// and review the diff of tests/fixtures/report/flagship_summary.txt before committing.
TEST(FlagshipReport, GoldenSummary) {
  const auto golden = test::fixture("report/flagship_summary.txt");
  const auto summary = render_terminal_summary(flagship_report());
  if (std::getenv("PARLEY_REGENERATE_GOLDEN")) {
    std::ofstream(golden, std::ios::binary) << summary;
    GTEST_SKIP() << "regenerated " << golden;
  }
  ASSERT_TRUE(fs::exists(golden)) << golden;
  EXPECT_EQ(summary, read_file(golden)) << "the flagship analysis changed; if intended, regenerate (see the comment above)";
}

TEST(FlagshipReport, EverySnapshotIsAnalysed) {
  const auto& report = flagship_report();
  ASSERT_EQ(report.snapshots.size(), flagship().snapshots.size());
  ASSERT_GE(report.actors.size(), 2u);
  EXPECT_EQ(report.actors[0], "russia");
  EXPECT_EQ(report.actors[1], "ukraine");
  for (const auto& snapshot : report.snapshots) {
    EXPECT_TRUE(snapshot.analysis.frontier.computed()) << snapshot.snapshot->id;
    ASSERT_TRUE(snapshot.sweep.margin) << snapshot.snapshot->id;
    // The sweep and the ZOPA agree on whether an agreement is possible.
    EXPECT_EQ(*snapshot.sweep.margin >= -1e-9, *snapshot.analysis.zopa.nonempty) << snapshot.snapshot->id;
    EXPECT_EQ(snapshot.sweep.issues.size(), flagship().space.issue_count());
    EXPECT_FALSE(snapshot.forecasts.empty()) << snapshot.forecast_problem;
    EXPECT_GE(snapshot.simulations.size(), 3u);
  }
}

TEST(FlagshipReport, TurkeyMediatesOnlyAtIstanbul) {
  for (const auto& snapshot : flagship_report().snapshots) {
    const bool mediated = std::any_of(snapshot.simulations.begin(), snapshot.simulations.end(), [](const SimulationRun& run) {
      return run.config.protocol == negotiation::Protocol::mediated;
    });
    EXPECT_EQ(mediated, snapshot.snapshot->id == "2022-03-antalya-istanbul") << snapshot.snapshot->id;
    if (mediated) {
      EXPECT_EQ(snapshot.simulations.back().name, "Turkey mediates a single text");
    }
  }
}

TEST(FlagshipReport, SimulationsAreDeterministic) {
  TimelineReportOptions options;
  const auto again = build_timeline_report(flagship(), options);
  const auto& first = flagship_report();
  for (std::size_t s = 0; s < first.snapshots.size(); ++s)
    for (std::size_t r = 0; r < first.snapshots[s].simulations.size(); ++r) {
      const auto& a = first.snapshots[s].simulations[r].result;
      const auto& b = again.snapshots[s].simulations[r].result;
      EXPECT_EQ(a.agreement, b.agreement);
      EXPECT_EQ(a.rounds, b.rounds);
      EXPECT_EQ(a.offers, b.offers);
    }
  EXPECT_EQ(render_html_report(again), render_html_report(first));
}

TEST(FlagshipReport, StatedPackageFollowsTheCitedPositions) {
  // Karelia (2025): Russia's stated demands include recognition of Crimea and the renunciation of NATO.
  const auto& timeline = flagship();
  const std::size_t last = timeline.snapshots.size() - 1;
  const auto scenario = scenario_at(timeline, timeline.snapshots[last]);
  const auto russia = *scenario.find_party("Russia");
  const auto package = stated_package(timeline, last, scenario, russia);
  const auto issue = [&](const char* name) { return *scenario.space.find_issue(name); };
  EXPECT_EQ(scenario.space.issue(issue("crimea")).label(package[issue("crimea")]), "recognised-russian");
  EXPECT_EQ(scenario.space.issue(issue("nato")).label(package[issue("nato")]), "renounced-neutral");
  const auto spec = stated_agent_spec(scenario, package);
  EXPECT_EQ(spec.rfind("stated:crimea=recognised-russian,", 0), 0u) << spec;
}

TEST(FlagshipReport, NearestOptionMapsTheForecastScale) {
  const auto issue = Issue::with_labels("x", IssueKind::ordinal, {"a", "b", "c"});
  EXPECT_EQ(nearest_option(issue, 0), "a");
  EXPECT_EQ(nearest_option(issue, 30), "b");
  EXPECT_EQ(nearest_option(issue, 80), "c");
}

TEST(FlagshipReport, HtmlIsSelfContainedAndCoversEverySnapshot) {
  const auto html = render_html_report(flagship_report());
  for (const auto& snapshot : flagship().snapshots) {
    EXPECT_NE(html.find("id=\"" + snapshot.id + "\""), std::string::npos) << snapshot.id;
    EXPECT_NE(html.find(snapshot.title), std::string::npos) << snapshot.title;
  }
  for (const char* external : {"<script", "<link", "src=", "url(", "href=\"http"})
    EXPECT_EQ(html.find(external), std::string::npos) << external;
  EXPECT_EQ(html.find("<?xml"), std::string::npos);  // inline SVG, not documents
  EXPECT_GT(html.find("<svg"), 0u);
  // Citations are shown with the quote and its speaker.
  EXPECT_NE(html.find("we are ready to wait"), std::string::npos);
  EXPECT_NE(html.find("Vladimir Putin (Russia)"), std::string::npos);
}

TEST(FlagshipReport, ShocksChangeThePicture) {
  TimelineReportOptions options;
  options.simulate = false;
  options.shocks = {analysis::parse_shock("Russia.reservation=0"), analysis::parse_shock("Ukraine.reservation=0")};
  const auto shocked = build_timeline_report(flagship(), options);
  for (const auto& snapshot : shocked.snapshots) EXPECT_TRUE(*snapshot.analysis.zopa.nonempty) << snapshot.snapshot->id;
  options.shocks = {analysis::parse_shock("Chechnya.reservation=0")};
  EXPECT_THROW(build_timeline_report(flagship(), options), InputError);
}

TEST(FlagshipReport, WriteRefusesToOverwriteWithoutForce) {
  const auto dir = fs::temp_directory_path() / "parley-report-write-test";
  fs::remove_all(dir);
  TimelineReportOptions options;
  options.simulate = false;
  const auto report = build_timeline_report(flagship(), options);
  const auto file = write_html_report(report, dir, false);
  EXPECT_TRUE(fs::exists(file));
  std::ofstream(file) << "analyst notes";
  EXPECT_THROW(write_html_report(report, dir, false), InputError);
  EXPECT_EQ(read_file(file), "analyst notes");
  write_html_report(report, dir, true);
  EXPECT_NE(read_file(file), "analyst notes");
  fs::remove_all(dir);
}

}  // namespace
}  // namespace parley::report
