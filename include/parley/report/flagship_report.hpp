// parley::report timeline report — what `parley report` shows for a dated scenario (the
// flagship Russia–Ukraine talks): per snapshot the cited positions, the agreement space, the
// sensitivity sweep, the forecasts and the simulations; across snapshots how it all moved.
//
// Data flow:
//   Timeline (io::read_timeline) ──build_timeline_report()──▶ TimelineReport
//     per snapshot: scenario_at ──analysis::analyze, analysis::sensitivity_sweep,
//                   forecast::forecast_issue, negotiation::run_session──▶ SnapshotReport
//   TimelineReport ──render_terminal_summary()──▶ aligned text (the CLI's default output)
//   TimelineReport ──render_html_report()──▶ one self-contained HTML page (inline CSS and SVG)
//   write_html_report(dir, force) writes <dir>/index.html, refusing to overwrite without force.
//
// Simulations (docs/REPORT.md gives the mapping from the articles): at every snapshot two
// alternating-offers sessions between the principals, "articles" (Russia Boulware — "we are
// ready to wait" — against Ukraine holding its stated positions) and "both patient" (Boulware
// against Boulware); at the snapshot whose id or title mentions Istanbul, a single-text
// mediation with Turkey as a neutral mediator. All runs use the one seed of the options, so the
// report is byte-identical from run to run.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "parley/analysis/analyze.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/evidence/citation_check.hpp"
#include "parley/analysis/red_lines.hpp"
#include "parley/analysis/wider_table.hpp"
#include "parley/forecast/forecast.hpp"
#include "parley/forecast/timeline_issues.hpp"
#include "parley/model/timeline.hpp"
#include "parley/model/wider_table.hpp"
#include "parley/negotiation/session.hpp"
#include "parley/negotiation/trace.hpp"

namespace parley::report {

struct TimelineReportOptions {
  std::uint64_t seed = 1;
  int rounds = 100;                   // deadline of every simulated session
  bool simulate = true;
  std::vector<analysis::Shock> shocks;  // applied to every snapshot's scenario before analysis
};

// One simulated session and what is needed to show it (and re-run it with `parley negotiate`).
struct SimulationRun {
  std::string name;                   // "articles", "both patient", "Turkey mediates"
  std::string why;                    // the evidence behind the strategies, one sentence
  std::vector<std::string> filled_in; // per agent: issues of a stated package no source gives ("" when none)
  negotiation::SessionConfig config;
  std::vector<std::string> agents;    // one spec per negotiator, turn order
  negotiation::SessionResult result;
  std::vector<negotiation::OfferRecorder::Offer> offers;
};

// A party's stated (or inferred) position on an issue as shown in the report: the most recent
// one at or before the snapshot.
struct ShownPosition {
  const Position* position = nullptr;
  std::size_t snapshot_index = 0;     // where it was stated (< the report's index: carried forward)
};

struct SnapshotReport {
  const Snapshot* snapshot = nullptr;
  std::size_t index = 0;
  Scenario scenario;                  // scenario_at + the options' shocks (red lines on its parties)
  std::vector<RedLineAt> red_lines;   // in force at this snapshot (stated here or carried)
  analysis::AnalysisResult analysis;  // over the outcomes no red line excludes (analysis/red_lines.hpp)
  analysis::SensitivitySweep sweep;
  analysis::RedLineSweep red_line_sweep;  // ZOPA without red lines, with them, with each one dropped
  // The forecast input from the cited positions of every actor (forecast/timeline_issues.hpp),
  // one per ordered issue, with the reason of every number; forecasts for those with >= 2 actors.
  std::vector<forecast::TimelineIssue> forecast_inputs;
  std::vector<forecast::IssueForecast> forecasts;
  std::string forecast_problem;       // why forecasts are missing; empty otherwise
  std::vector<SimulationRun> simulations;  // agreements in the scenario's own option indices
  std::string simulation_problem;     // why no session ran (red lines exclude every outcome); empty otherwise
  // The wider table (parley/model/wider_table.hpp, analysis/wider_table.hpp), when the snapshot has
  // one: the principals and the parties who decide issues beyond them (the West), the options' shocks
  // applied; who decides each issue there and at the bilateral table; the three-sided analysis.
  std::optional<Scenario> wider_scenario;
  std::vector<IssueDecision> deciders;            // per issue, at the wider table
  std::vector<IssueDecision> bilateral_deciders;  // per issue, at the bilateral table (`outside`: not at it)
  std::optional<analysis::WiderTableAnalysis> wider;
  std::vector<BlocIssueCheck> blocs;              // blocs' consistency at this snapshot
  // positions[a][i]: actor a of `actors` on issue i of the space (null position when none).
  std::vector<std::vector<ShownPosition>> positions;
};

struct TimelineReport {
  const Timeline* timeline = nullptr;
  // The same check as `parley evidence verify`, run on the timeline the report shows. The CLI
  // refuses to report when it finds problems unless told to mark them; the HTML marks every
  // citation that has a problem and its footer states what was checked.
  evidence::CitationReport citations;
  std::vector<analysis::Shock> shocks;  // applied to every snapshot (named in every output)
  std::vector<std::string> actors;    // Actor ids with a position on some issue: principals first
  std::vector<SnapshotReport> snapshots;
};

TimelineReport build_timeline_report(const Timeline& timeline, const TimelineReportOptions& options = {});

// "shocked: Russia.reservation-=0.1, Ukraine.weight.crimea=0.3"; empty without shocks.
std::string shocks_label(const std::vector<analysis::Shock>& shocks);

// The package a party states at snapshot `index`: for every issue its latest position's option
// that it values most, among the options of `scenario` (which may be restricted by red lines);
// where it states none of those, its own best option, and `filled_in[i]` is set: no source gives
// that option, it is filled in. The party must have additive preferences in the scenario.
struct StatedPackage {
  Outcome outcome;                    // option indices of `scenario`
  std::vector<bool> filled_in;        // per issue
};
StatedPackage stated_package_of(const Timeline& timeline, std::size_t index, const Scenario& scenario, std::size_t party);
Outcome stated_package(const Timeline& timeline, std::size_t index, const Scenario& scenario, std::size_t party);

// Spec of the "stated" agent for a package: "stated:issue=value,...".
std::string stated_agent_spec(const Scenario& scenario, const Outcome& package);

// Label of the option nearest to a point of the 0–100 forecast scale of an ordered issue.
std::string nearest_option(const Issue& issue, double scale_position);

std::string render_terminal_summary(const TimelineReport& report);
std::string render_html_report(const TimelineReport& report);

// Writes <dir>/index.html (creating dir); InputError when it exists and !force.
std::filesystem::path write_html_report(const TimelineReport& report, const std::filesystem::path& dir, bool force);

}  // namespace parley::report
