// render_terminal_summary: the report as aligned plain text, one block per snapshot and a
// closing table of how the picture moved. Citations are left to the HTML report; the text
// marks inferred positions (*) and positions carried forward from an earlier snapshot (^).
#include <algorithm>

#include <fmt/format.h>

#include "parley/report/flagship_report.hpp"
#include "report/report_text.hpp"

namespace parley::report {
namespace {

using Table = std::vector<std::vector<std::string>>;

// Columns padded to their widest cell (by code points, so "–" counts as one).
std::string render_table(const Table& rows, std::size_t indent = 2) {
  const auto width = [](const std::string& s) {
    return static_cast<std::size_t>(std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
  };
  std::vector<std::size_t> widths;
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (widths.size() <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], width(row[c]));
    }
  std::string out;
  for (const auto& row : rows) {
    std::string line(indent, ' ');
    for (std::size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(widths[c] - width(row[c]) + 2, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    out += line + "\n";
  }
  return out;
}

const Issue& report_issue(const SnapshotReport& snapshot, std::size_t i) { return snapshot.scenario.space.issue(i); }

std::string position_cell(const SnapshotReport& snapshot, const ShownPosition& shown) {
  if (!shown.position) return "-";
  std::string cell = text::options_of(shown);
  if (shown.position->stance == Stance::inferred) cell += "*";
  if (shown.snapshot_index < snapshot.index) cell += "^";
  return cell;
}

bool actor_has_position_now(const SnapshotReport& snapshot, std::size_t actor) {
  return std::any_of(snapshot.positions[actor].begin(), snapshot.positions[actor].end(),
                     [](const ShownPosition& shown) { return shown.position != nullptr; });
}

void positions_table(std::string& out, const TimelineReport& report, const SnapshotReport& snapshot) {
  const auto& timeline = *report.timeline;
  std::vector<std::size_t> shown_actors;
  for (std::size_t a = 0; a < report.actors.size(); ++a)
    if (actor_has_position_now(snapshot, a)) shown_actors.push_back(a);
  Table rows{{"issue"}};
  for (auto a : shown_actors) rows[0].push_back(text::actor_name(timeline, report.actors[a]));
  for (std::size_t i = 0; i < timeline.space.issue_count(); ++i) {
    rows.push_back({timeline.space.issue(i).name()});
    for (auto a : shown_actors) rows.back().push_back(position_cell(snapshot, snapshot.positions[a][i]));
  }
  out += "positions (* inferred, ^ stated in an earlier snapshot; citations in the HTML report)\n";
  out += render_table(rows);
}

void packages_table(std::string& out, const SnapshotReport& snapshot) {
  const auto& scenario = snapshot.scenario;
  const auto& ref = snapshot.analysis.reference;
  const bool forecasts = !snapshot.forecasts.empty();
  Table rows{{"issue", "Nash", "Kalai-Smorodinsky", "max welfare"}};
  if (forecasts) rows[0].insert(rows[0].end(), {"BDM forecast", "compromise"});
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    rows.push_back({scenario.space.issue(i).name(), text::point_option(scenario, ref.nash, i),
                    text::point_option(scenario, ref.kalai_smorodinsky, i), text::point_option(scenario, ref.max_welfare, i)});
    if (!forecasts) continue;
    const auto found = std::find_if(snapshot.forecasts.begin(), snapshot.forecasts.end(),
                                    [&](const auto& f) { return f.issue == scenario.space.issue(i).name(); });
    if (found == snapshot.forecasts.end() || !found->bdm || !found->compromise) {
      rows.back().insert(rows.back().end(), {"-", "-"});
      continue;
    }
    // Forecasts sit on the issue's own 0-100 scale (all its options, whatever red lines exclude).
    const auto& issue = report_issue(snapshot, i);
    rows.back().push_back(fmt::format("{} ({:.0f})", nearest_option(issue, found->bdm->forecast()), found->bdm->forecast()));
    rows.back().push_back(fmt::format("{} ({:.0f})", nearest_option(issue, *found->compromise), *found->compromise));
  }
  std::vector<std::string> utility_row{"utilities"};
  for (const auto* point : {&ref.nash, &ref.kalai_smorodinsky, &ref.max_welfare})
    utility_row.push_back(*point ? text::utilities((*point)->utilities) : "-");
  rows.push_back(utility_row);
  std::string parties;
  for (const auto& party : scenario.parties) parties += (parties.empty() ? "" : " / ") + party.name;
  out += fmt::format("bargaining solutions and forecasts (utilities: {})\n", parties);
  out += render_table(rows);
  if (!snapshot.forecast_problem.empty()) out += "  forecasts not computed: " + snapshot.forecast_problem + "\n";
  if (forecasts) {
    out += "  forecasts: BDM and compromise from the cited positions of every actor with one (scale 0-100, option nearest)\n";
    for (const auto& input : snapshot.forecast_inputs) {
      std::string actors;
      for (const auto& stance : input.issue.stances) actors += (actors.empty() ? "" : ", ") + stance.actor;
      out += fmt::format("    {:<22} {}\n", input.issue.name, input.not_forecast.empty() ? actors : "not forecast: " + input.not_forecast);
    }
  }
}

void red_lines_block(std::string& out, const SnapshotReport& snapshot) {
  const auto& sweep = snapshot.red_line_sweep;
  if (!sweep.any) return;
  out += "red lines (will not sign; + stated here, ^ carried)\n";
  Table rows;
  for (const auto& at : snapshot.red_lines)
    rows.push_back({at.snapshot_index < snapshot.index ? "^" : "+", at.red_line->party, at.red_line->issue,
                    "rejects " + text::join(at.red_line->rejects, " | "), at.red_line->stance == Stance::inferred ? "inferred" : "stated"});
  out += render_table(rows);
  out += "  " + text::red_line_verdict(snapshot) + "\n";
}

void snapshot_block(std::string& out, const TimelineReport& report, const SnapshotReport& snapshot) {
  const auto& s = *snapshot.snapshot;
  const std::string heading = fmt::format("== {} | {} | {} ", to_string(s.date), s.title, s.id);
  out += heading + std::string(heading.size() < 100 ? 100 - heading.size() : 0, '=') + "\n\n";
  positions_table(out, report, snapshot);
  out += "\n";
  const auto& scenario = snapshot.scenario;
  out += "ZOPA       " + text::zopa_status(snapshot) + "\n";
  out += "blocking   " + text::blocking_issues(snapshot) + "\n";
  for (std::size_t p = 0; p < scenario.parties.size(); ++p)
    out += std::string(p == 0 ? "reservation" : "           ") + " " + text::threshold_sentence(snapshot.scenario, snapshot.sweep, p) + "\n";
  out += "\n";
  red_lines_block(out, snapshot);
  if (snapshot.red_line_sweep.any) out += "\n";
  if (snapshot.wider) out += "wider table: " + text::wider_table_reading(snapshot) + "\n";
  for (const auto& finding : text::bloc_findings(*report.timeline, snapshot)) out += "bloc " + finding + "\n";
  if (snapshot.wider || !snapshot.blocs.empty()) out += "\n";
  packages_table(out, snapshot);
  if (!snapshot.simulations.empty()) {
    out += "\nsimulations (seed and agents in the HTML report)\n";
    Table rows;
    for (const auto& run : snapshot.simulations)
      rows.push_back({run.name, text::simulation_result(scenario, run, false)});
    out += render_table(rows);
  } else if (!snapshot.simulation_problem.empty()) {
    out += "\nsimulations: none (" + snapshot.simulation_problem + ")\n";
  }
  for (const auto& claim : report.timeline->claims) {
    if (claim.snapshot != s.id) continue;
    out += fmt::format("\ncontested: {}\n", claim.topic);
    Table rows;
    for (const auto& side : claim.sides)
      rows.push_back({side.label.empty() ? text::actor_name(*report.timeline, side.actor) : side.label, side.claim});
    out += render_table(rows);
  }
  out += "\n";
}

void movement_table(std::string& out, const TimelineReport& report) {
  if (report.snapshots.empty()) return;
  const auto& parties = report.snapshots.front().scenario.parties;
  Table rows{{"snapshot", "ZOPA", "margin"}};
  for (const auto& party : parties) rows[0].push_back(party.name + " r -> T");
  rows[0].insert(rows[0].end(), {"Nash utilities", "blocking issues"});
  for (const auto& snapshot : report.snapshots) {
    rows.push_back({to_string(snapshot.snapshot->date) + " " + snapshot.snapshot->title,
                    text::zopa_open(snapshot) ? "open" : "empty",
                    snapshot.sweep.margin ? fmt::format("{:+.3f}", *snapshot.sweep.margin) : "-"});
    for (std::size_t p = 0; p < parties.size(); ++p) {
      const auto t = p < snapshot.sweep.thresholds.size() ? snapshot.sweep.thresholds[p] : analysis::ReservationThreshold{snapshot.scenario.parties[p].reservation_value, std::nullopt};
      rows.back().push_back(t.threshold ? fmt::format("{:.2f} -> {:.2f}", t.reservation, *t.threshold)
                                        : fmt::format("{:.2f} -> none", t.reservation));
    }
    const auto& nash = snapshot.analysis.reference.nash;
    rows.back().push_back(nash ? text::utilities(nash->utilities) : "-");
    rows.back().push_back(text::zopa_open(snapshot) ? "-" : text::blocking_issues(snapshot));
  }
  out += "how the picture moved (r = reservation value, T = the value at which the ZOPA opens or closes)\n";
  out += render_table(rows);
}

}  // namespace

std::string render_terminal_summary(const TimelineReport& report) {
  const auto& timeline = *report.timeline;
  std::string out = fmt::format("{}\n{} snapshots from {} to {}, {} sources, {} contested claims\n\n", timeline.name,
                                timeline.snapshots.size(), to_string(timeline.start()), to_string(timeline.end()),
                                timeline.sources.size(), timeline.claims.size());
  if (!report.shocks.empty())
    out += fmt::format("SHOCKED SCENARIO - every snapshot changed before analysis ({})\n\n", shocks_label(report.shocks));
  out += fmt::format("citations checked (as `parley evidence verify`): {}, {}\n\n", evidence::counts_text(report.citations),
                     report.citations.ok() ? "all verified"
                                           : fmt::format("{} PROBLEMS (marked in the HTML report)", report.citations.problems.size()));
  for (const auto& snapshot : report.snapshots) snapshot_block(out, report, snapshot);
  movement_table(out, report);
  return out;
}

}  // namespace parley::report
