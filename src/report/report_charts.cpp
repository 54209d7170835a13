#include "report/report_charts.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "parley/negotiation/prepared_scenario.hpp"
#include "parley/report/svg_canvas.hpp"
#include "parley/report/utility_plot.hpp"

namespace parley::report::charts {
namespace {

constexpr double kLeft = 160, kTop = 40, kRow = 28, kColumn = 74, kRight = 14;

// Marker of one actor's position at one snapshot: a bar over the options it names.
void draw_position(SvgCanvas& canvas, double x, const std::vector<double>& rows, const std::string& colour, bool inferred) {
  const auto [low, high] = std::minmax_element(rows.begin(), rows.end());
  if (*high > *low) canvas.rectangle(x - 3, *low, 6, *high - *low, colour, {colour, 1});
  for (double y : rows) {
    canvas.circle(x, y, 6.5, colour);
    if (inferred) canvas.circle(x, y, 3.5, "#ffffff");
  }
}

}  // namespace

const std::string& actor_colour(std::size_t actor) { return palette_colour(actor); }

std::string positions_chart(const TimelineReport& report, std::size_t issue_index) {
  const auto& issue = report.timeline->space.issue(issue_index);
  const std::size_t columns = report.snapshots.size();
  const double width = kLeft + kColumn * static_cast<double>(columns) + kRight;
  const double height = kTop + kRow * static_cast<double>(issue.size()) + 30;
  SvgCanvas canvas(width, height);
  canvas.text(12, 22, issue.name(), {.size = 15, .bold = true});
  const auto column_x = [&](std::size_t s) { return kLeft + kColumn * (static_cast<double>(s) + 0.5); };
  const auto row_y = [&](std::size_t k) { return kTop + kRow * (static_cast<double>(k) + 0.5); };
  for (std::size_t k = 0; k < issue.size(); ++k) {
    canvas.line(kLeft, row_y(k), kLeft + kColumn * static_cast<double>(columns), row_y(k), {"#e3e3e3", 1});
    canvas.text(kLeft - 10, row_y(k) + 4, issue.label(k), {.size = 12, .anchor = "end", .colour = "#333333"});
  }
  for (std::size_t s = 0; s < columns; ++s) {
    const auto& snapshot = *report.snapshots[s].snapshot;
    canvas.text(column_x(s), height - 16, to_string(snapshot.date).substr(0, 7), {.size = 12, .anchor = "middle", .colour = "#555555"});
    const auto& nash = report.snapshots[s].analysis.reference.nash;
    if (nash) canvas.rectangle(column_x(s) - 7, row_y(nash->outcome[issue_index]) - 7, 14, 14, "none", {"#777777", 2});
  }
  // Each actor: a line through the mean of its options at every snapshot where it has a
  // position here, then the markers on top. Offsets keep overlapping actors apart.
  for (std::size_t a = 0; a < report.actors.size(); ++a) {
    const auto colour = actor_colour(a);
    const double offset = (static_cast<double>(a % 3) - 1.0) * 9.0;
    std::vector<std::pair<double, double>> path;
    bool any = false;
    for (std::size_t s = 0; s < columns; ++s) {
      const auto& shown = report.snapshots[s].positions[a][issue_index];
      if (!shown.position || shown.snapshot_index != s) continue;  // only positions stated at this snapshot
      std::vector<double> rows;
      for (const auto& option : shown.position->options)
        if (const auto k = issue.find(option)) rows.push_back(row_y(*k));
      if (rows.empty()) continue;
      double mean = 0;
      for (double y : rows) mean += y;
      path.emplace_back(column_x(s) + offset, mean / static_cast<double>(rows.size()));
      any = true;
    }
    if (!any) continue;
    if (path.size() > 1) canvas.polyline(path, {colour, 2});
    for (std::size_t s = 0; s < columns; ++s) {
      const auto& shown = report.snapshots[s].positions[a][issue_index];
      if (!shown.position || shown.snapshot_index != s) continue;
      std::vector<double> rows;
      for (const auto& option : shown.position->options)
        if (const auto k = issue.find(option)) rows.push_back(row_y(*k));
      if (!rows.empty()) draw_position(canvas, column_x(s) + offset, rows, colour, shown.position->stance == Stance::inferred);
    }
  }
  return canvas.str();
}

std::string utility_space_chart(const SnapshotReport& snapshot, const SimulationRun* run) {
  const negotiation::PreparedScenario prepared(snapshot.scenario);
  UtilityPlotInput input;
  input.prepared = &prepared;
  input.x_party = 0;
  input.y_party = 1;
  if (run) {
    input.offers = &run->offers;
    input.agreement = run->result.agreement;
  }
  input.title = fmt::format("{} — {}", to_string(snapshot.snapshot->date), run ? run->name : snapshot.snapshot->title);
  input.max_points = 1500;
  return render_utility_plot(input, 760, 600);
}

std::string inline_svg(const std::string& document) {
  const auto start = document.find("<svg");
  return start == std::string::npos ? document : document.substr(start);
}

}  // namespace parley::report::charts
