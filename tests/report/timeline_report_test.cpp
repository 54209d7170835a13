// The timeline report on the shipped flagship scenario: golden terminal summary (regenerated
// only on purpose), deterministic simulations, a self-contained HTML page, stated packages
// built from the cited positions, and refusal to overwrite a report.
#include <algorithm>
#include <cctype>
#include <map>
#include <set>
#include <cstdlib>
#include <fstream>
#include <sstream>

#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"
#include "parley/report/flagship_report.hpp"
#include "parley/report/report_json.hpp"
#include "report/flagship_fixture.hpp"
#include "support/test_paths.hpp"

namespace parley::report {
namespace {

namespace fs = std::filesystem;

using test_fixture::flagship;
using test_fixture::flagship_report;
using test_fixture::flagship_without_red_lines;
using test_fixture::report_without_red_lines;

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
// The West at the table: the report and its JSON say who decides sanctions and guarantees, and
// that the West would veto the bilateral Nash package in every snapshot (docs/FLAGSHIP.md); the
// three-sided numbers themselves are checked by brute force in tests/analysis/wider_table_test.cpp.
TEST(FlagshipReport, TheWestAtTheTableInJsonAndHtml) {
  const auto json = report_to_json(flagship_report());
  for (const auto& snapshot : json["snapshots"]) {
    SCOPED_TRACE(snapshot["id"].get<std::string>());
    const auto& wider = snapshot["wider_table"];
    ASSERT_TRUE(wider.is_object());
    EXPECT_EQ(wider["parties"], nlohmann::ordered_json::array({"Russia", "Ukraine", "the West"}));
    for (const auto& d : wider["deciders"]) {
      const bool owned = d["issue"] == "sanctions" || d["issue"] == "security_guarantees";
      const auto expected = owned ? nlohmann::ordered_json::array({"the West"}) : nlohmann::ordered_json::array({"Russia", "Ukraine"});
      EXPECT_EQ(d["decided_by"], expected) << d;
      EXPECT_EQ(d["not_at_the_bilateral_table"].size(), owned ? 1u : 0u) << d;
    }
    EXPECT_EQ(wider["bilateral_nash"]["vetoed_by"], nlohmann::ordered_json::array({"the West"}));
    EXPECT_FALSE(wider["analysis"]["zopa"]["nonempty"].get<bool>());  // the red lines close it, as bilaterally
    EXPECT_GT(wider["analysis_without_red_lines"]["zopa"]["outcomes"].get<std::uint64_t>(), 0u);
  }
  // Russia and Belarus speak with one voice in 2025 on the two issues both address.
  const auto& blocs = json["snapshots"].back()["blocs"];
  ASSERT_EQ(blocs.size(), 2u);
  for (const auto& check : blocs) EXPECT_TRUE(check["consistent"].get<bool>()) << check;
  const auto html = render_html_report(flagship_report());
  EXPECT_NE(html.find("The West at the table: who decides, and the three-sided picture"), std::string::npos);
  EXPECT_NE(html.find("it would veto it"), std::string::npos);
  EXPECT_NE(html.find("the West (wider table)"), std::string::npos);  // its numbers with their reasons
}

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
    const bool excluded = analysis::restrict_to_red_lines(snapshot.scenario).closed();
    // Red lines that exclude every option of an issue leave nothing to analyse or negotiate.
    EXPECT_EQ(snapshot.analysis.frontier.computed(), !excluded) << snapshot.snapshot->id;
    EXPECT_EQ(snapshot.sweep.margin.has_value(), !excluded) << snapshot.snapshot->id;
    // The sweep and the ZOPA agree on whether an agreement is possible.
    EXPECT_EQ(snapshot.sweep.margin && *snapshot.sweep.margin >= -1e-9, *snapshot.analysis.zopa.nonempty) << snapshot.snapshot->id;
    EXPECT_EQ(snapshot.sweep.issues.size(), flagship().space.issue_count());
    EXPECT_FALSE(snapshot.forecasts.empty()) << snapshot.forecast_problem;
    EXPECT_EQ(snapshot.simulations.size() >= 3u, !excluded) << snapshot.snapshot->id;
    EXPECT_EQ(snapshot.simulation_problem.empty(), !excluded) << snapshot.snapshot->id;
  }
}

TEST(FlagshipReport, TurkeyMediatesOnlyAtIstanbul) {
  for (const auto& snapshot : report_without_red_lines().snapshots) {
    EXPECT_GE(snapshot.simulations.size(), 3u) << snapshot.snapshot->id;
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
  const auto again = build_timeline_report(flagship_without_red_lines(), options);
  const auto& first = report_without_red_lines();
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
  for (const auto& snapshot : shocked.snapshots) {
    // Without walk-away values every package is better than no deal; only red lines can keep it closed.
    EXPECT_TRUE(snapshot.red_line_sweep.open_without) << snapshot.snapshot->id;
    EXPECT_EQ(*snapshot.analysis.zopa.nonempty, !analysis::restrict_to_red_lines(snapshot.scenario).closed()) << snapshot.snapshot->id;
  }
  options.shocks = {analysis::parse_shock("Chechnya.reservation=0")};
  EXPECT_THROW(build_timeline_report(flagship(), options), InputError);
}

TEST(FlagshipReport, WriteRefusesToOverwriteWithoutForce) {
  // The process id: several checkouts may run this test at once.
  const auto dir = fs::temp_directory_path() / ("parley-report-write-test-" + std::to_string(::getpid()));
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

// Regression: reported speech and narration were shown in quotation marks under a speaker, and
// quotes ending in the source's own marks were doubled (`adults."”`).
TEST(FlagshipReport, OwnWordsInQuotationMarksReportedSpeechWithout) {
  const auto html = render_html_report(flagship_report());
  for (std::size_t at = html.find("<q>"); at != std::string::npos; at = html.find("<q>", at + 3)) {
    const auto end = html.find("</q>", at);
    const auto quoted = html.substr(at + 3, end - at - 3);
    for (const std::string mark : {"&quot;", "“", "”"}) {
      EXPECT_FALSE(quoted.starts_with(mark)) << quoted;
      EXPECT_FALSE(quoted.ends_with(mark)) << quoted;
    }
  }
  // Lukashenko's "a lot of noise about the kids" is Meduza's paraphrase: not in <q>.
  const auto noise = html.find("a lot of noise about the kids");
  ASSERT_NE(noise, std::string::npos);
  EXPECT_NE(html.rfind("Meduza reports what Alexander Lukashenko (Belarus) said (paraphrase)", noise), std::string::npos);
  EXPECT_GT(html.rfind("<div class=\"cite reported\">", noise), html.rfind("<q>", noise) == std::string::npos ? 0 : html.rfind("<q>", noise));
  // RedState's own sentence is narration, never Zelensky's words.
  const auto far = html.find("That is still far from what Mr. Zelensky has said he would be willing to accept");
  ASSERT_NE(far, std::string::npos);
  EXPECT_LT(html.rfind("<div class=\"cite narrated\">", far), far);
  EXPECT_GT(html.rfind("<div class=\"cite narrated\">", far), html.rfind("<div class=\"cite said\">", far) == std::string::npos ? 0 : html.rfind("<div class=\"cite said\">", far));
}

// Regression: the U.S. "sanctions: maintained" position cited a sentence about Belarus's reliance on Russia.
TEST(FlagshipReport, UnitedStatesSanctionsPositionCitesSanctions) {
  const auto* position = flagship().snapshots.front().find_position("united_states.sanctions");
  ASSERT_NE(position, nullptr);
  for (const auto& citation : position->citations) {
    EXPECT_EQ(citation.quote.find("reliant on Russia"), std::string::npos) << citation.quote;
    EXPECT_NE(citation.quote.find("sanctions"), std::string::npos) << citation.quote;
  }
}

// The stated-positions agent plays options no source states on issues where the party has no
// position: the report marks them as filled in.
TEST(FlagshipReport, FilledInOptionsAreMarked) {
  // Karelia: Russia states Crimea but nothing on security guarantees.
  const auto& timeline = flagship();
  const std::size_t last = timeline.snapshots.size() - 1;
  const auto scenario = analysis::without_red_lines(scenario_at(timeline, timeline.snapshots[last]));
  const auto package = stated_package_of(timeline, last, scenario, *scenario.find_party("Russia"));
  EXPECT_FALSE(package.filled_in[*scenario.space.find_issue("crimea")]);
  EXPECT_TRUE(package.filled_in[*scenario.space.find_issue("security_guarantees")]);
  // The harbour timeline (no red lines, so sessions run): in January Southland states nothing on
  // fees, so its stated agent's fees option is filled in, and the page says so.
  const auto harbour = io::read_timeline(test::fixture("timeline/minimal"));
  const auto report = build_timeline_report(harbour);
  ASSERT_FALSE(report.snapshots[0].simulations.empty());
  const auto& run = report.snapshots[0].simulations[0];  // Northland waits, Southland holds its stated positions
  ASSERT_TRUE(run.agents[1].starts_with("stated:")) << run.agents[1];
  EXPECT_EQ(run.filled_in[1], "fees");
  EXPECT_NE(render_html_report(report).find("filled in, no source gives these options: fees"), std::string::npos);
}

// The sources describe deadlock ("far apart", "impasse", "deadlock", "ready to wait"): with the
// parties' own red lines the ZOPA is closed in every snapshot, the red lines are what close it
// where the additive model alone would leave it open, and each closure is explained.
TEST(FlagshipReport, RedLinesShowTheDeadlockTheSourcesDescribe) {
  for (const auto& snapshot : flagship_report().snapshots) {
    const auto& id = snapshot.snapshot->id;
    EXPECT_TRUE(snapshot.red_line_sweep.any) << id;
    EXPECT_FALSE(*snapshot.analysis.zopa.nonempty) << id;
    EXPECT_FALSE(snapshot.red_lines.empty()) << id;
    for (const auto& at : snapshot.red_lines) EXPECT_FALSE(at.red_line->citations.empty()) << id;
    EXPECT_NE(render_terminal_summary(flagship_report()).find("red lines"), std::string::npos);
  }
}

// Every number the report shows about the model carries its written reason.
TEST(FlagshipReport, EveryNumberHasAReason) {
  for (const auto& snapshot : flagship_report().snapshots) {
    const auto& id = snapshot.snapshot->id;
    for (const auto& preferences : snapshot.snapshot->preferences) {
      EXPECT_FALSE(preferences.reservation.why.empty()) << id << " " << preferences.party << " reservation";
      EXPECT_FALSE(preferences.capability.why.empty()) << id << " " << preferences.party << " capability";
      if (preferences.salience) { EXPECT_FALSE(preferences.salience->why.empty()) << id << " " << preferences.party << " salience"; }
      for (std::size_t i = 0; i < preferences.issues.size(); ++i) {
        EXPECT_FALSE(preferences.issues[i].why_weight.empty()) << id << " " << preferences.party << " weight " << i;
        EXPECT_FALSE(preferences.issues[i].why_evaluations.empty()) << id << " " << preferences.party << " evaluations " << i;
      }
    }
    for (const auto& input : snapshot.forecast_inputs) {
      ASSERT_EQ(input.reasons.size(), input.issue.stances.size()) << id;
      for (const auto& reason : input.reasons) {
        EXPECT_FALSE(reason.position_why.empty()) << id << " " << input.issue.name << " " << reason.actor << " position";
        EXPECT_FALSE(reason.capability_why.empty()) << id << " " << input.issue.name << " " << reason.actor << " capability";
        EXPECT_FALSE(reason.salience_why.empty()) << id << " " << input.issue.name << " " << reason.actor << " salience";
      }
      if (input.issue.stances.size() < 2) { EXPECT_FALSE(input.not_forecast.empty()) << id << " " << input.issue.name; }
    }
    for (const auto& at : snapshot.red_lines) {
      EXPECT_FALSE(at.red_line->summary.empty()) << id;
      if (at.red_line->stance == Stance::inferred) { EXPECT_FALSE(at.red_line->because.empty()) << id; }
    }
  }
}

// The red-line numbers against an independent Python enumeration of the YAML
// (tests/fixtures/report/flagship_red_lines_oracle.py, its output flagship_red_lines.txt): the
// ZOPA count without and with the red lines, and every pair of red lines whose removal reopens it.
TEST(FlagshipReport, RedLinesMatchTheIndependentOracle) {
  std::istringstream oracle(read_file(test::fixture("report/flagship_red_lines.txt")));
  std::map<std::string, std::pair<std::uint64_t, std::uint64_t>> counts;
  std::map<std::string, std::map<std::set<std::string>, double>> pairs;
  std::string line, current;
  while (std::getline(oracle, line)) {
    std::istringstream words(line);
    std::string first;
    words >> first;
    if (first == "pair") {
      std::string a, b, margin;
      std::uint64_t count = 0;
      words >> a >> b >> count >> margin;
      pairs[current][{a, b}] = std::stod(margin);
    } else {
      std::string without, with, margin_without, margin_with;
      std::uint64_t count_without = 0, count_with = 0;
      words >> without >> count_without >> margin_without >> with >> count_with >> margin_with;
      current = first;
      counts[first] = {count_without, count_with};
    }
  }
  ASSERT_EQ(counts.size(), flagship_report().snapshots.size());
  const auto key = [](const Scenario& scenario, const analysis::RedLineEffect& effect) {
    auto party = scenario.parties[effect.party].name;
    std::transform(party.begin(), party.end(), party.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return party + "." + scenario.space.issue(scenario.parties[effect.party].red_lines[effect.red_line].issue).name();
  };
  for (const auto& snapshot : flagship_report().snapshots) {
    const auto& id = snapshot.snapshot->id;
    ASSERT_TRUE(counts.count(id)) << id;
    const auto alone = analysis::analyze(analysis::without_red_lines(snapshot.scenario));
    EXPECT_EQ(*alone.zopa.rational_outcomes->u64, counts[id].first) << id;
    EXPECT_EQ(*snapshot.analysis.zopa.rational_outcomes->u64, counts[id].second) << id;
    std::map<std::set<std::string>, double> found;
    for (const auto& pair : snapshot.red_line_sweep.reopening_pairs)
      found[{key(snapshot.scenario, snapshot.red_line_sweep.effects[pair.first]), key(snapshot.scenario, snapshot.red_line_sweep.effects[pair.second])}] =
          *pair.margin;
    ASSERT_EQ(found.size(), pairs[id].size()) << id;
    for (const auto& [names, margin] : pairs[id]) {
      ASSERT_TRUE(found.count(names)) << id << " " << *names.begin();
      EXPECT_NEAR(found[names], margin, 5e-4) << id << " " << *names.begin();
    }
  }
}

}  // namespace
}  // namespace parley::report
