#include "report/report_charts.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "parley/negotiation/prepared_scenario.hpp"
#include "parley/svg/svg_canvas.hpp"
#include "parley/report/utility_plot.hpp"
#include "report/report_text.hpp"

namespace parley::report::charts {
namespace {

constexpr double kLeft = 170, kTop = 40, kRow = 28, kPlot = 380, kRight = 40;

// Marker of one actor's position at one snapshot: a bar over the options it names.
void draw_position(svg::SvgCanvas& canvas, double x, const std::vector<double>& rows, const std::string& colour, bool inferred) {
  const auto [low, high] = std::minmax_element(rows.begin(), rows.end());
  if (*high > *low) canvas.rectangle(x - 3, *low, 6, *high - *low, colour, {colour, 1});
  for (double y : rows) {
    canvas.circle(x, y, 6.5, colour);
    if (inferred) canvas.circle(x, y, 3.5, "#ffffff");
  }
}

// The colour halfway to white: a position carried from an earlier snapshot is drawn faded.
std::string faded(const std::string& colour) {
  if (colour.size() != 7 || colour[0] != '#') return colour;
  std::string out = "#";
  for (int c = 0; c < 3; ++c) {
    const int value = std::stoi(colour.substr(1 + 2 * c, 2), nullptr, 16);
    out += fmt::format("{:02x}", (value + 255) / 2);
  }
  return out;
}

// Days since 1970-01-01 of a full date (H. Hinnant's civil-from-days inverse), for a
// date-proportional time axis.
long days_of(const Date& date) {
  const int y = date.year - (date.month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (date.month + (date.month > 2 ? -3 : 9)) + 2) / 5 + date.day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

}  // namespace

const std::string& actor_colour(std::size_t actor) { return svg::palette_colour(actor); }

std::string positions_chart(const TimelineReport& report, std::size_t issue_index) {
  const auto& issue = report.timeline->space.issue(issue_index);
  const std::size_t columns = report.snapshots.size();
  const double width = kLeft + kPlot + kRight;
  const double height = kTop + kRow * static_cast<double>(issue.size()) + 44;
  svg::SvgCanvas canvas(width, height);
  canvas.text(12, 22, text::issue_label(issue.name()), {.size = 15, .bold = true});
  // x is proportional to the date: a month between snapshots looks like a month, two years like two years.
  const long first = days_of(report.snapshots.front().snapshot->date), last = days_of(report.snapshots.back().snapshot->date);
  const auto column_x = [&](std::size_t s) {
    const double span = static_cast<double>(std::max(1L, last - first));
    return kLeft + 14 + (kPlot - 28) * static_cast<double>(days_of(report.snapshots[s].snapshot->date) - first) / span;
  };
  const auto row_y = [&](std::size_t k) { return kTop + kRow * (static_cast<double>(k) + 0.5); };
  for (std::size_t k = 0; k < issue.size(); ++k) {
    canvas.line(kLeft, row_y(k), kLeft + kPlot, row_y(k), {"#e3e3e3", 1});
    canvas.text(kLeft - 10, row_y(k) + 4, text::option_label(issue.label(k)), {.size = 12, .anchor = "end", .colour = "#333333"});
  }
  const double axis = kTop + kRow * static_cast<double>(issue.size()) + 6;
  canvas.line(kLeft, axis, kLeft + kPlot, axis, {"#999999", 1});
  for (int year = report.snapshots.front().snapshot->date.year; year <= report.snapshots.back().snapshot->date.year + 1; ++year) {
    const long day = days_of(Date{year, 1, 1});
    if (day < first || day > last) continue;
    const double x = kLeft + 14 + (kPlot - 28) * static_cast<double>(day - first) / static_cast<double>(std::max(1L, last - first));
    canvas.line(x, axis - 4, x, axis + 4, {"#999999", 1});
    canvas.text(x, axis + 30, std::to_string(year), {.size = 11, .anchor = "middle", .colour = "#777777"});
  }
  double labelled = -1e9;  // x of the last dated tick: snapshots weeks apart share one label
  for (std::size_t s = 0; s < columns; ++s) {
    const auto& snapshot = *report.snapshots[s].snapshot;
    canvas.line(column_x(s), axis - 3, column_x(s), axis + 3, {"#555555", 1});
    if (column_x(s) - labelled >= 44) {
      canvas.text(column_x(s), axis + 16, to_string(snapshot.date).substr(0, 7), {.size = 10, .anchor = "middle", .colour = "#555555"});
      labelled = column_x(s);
    }
    const auto& nash = report.snapshots[s].analysis.reference.nash;
    if (nash) canvas.rectangle(column_x(s) - 7, row_y(nash->outcome[issue_index]) - 7, 14, 14, "none", {"#777777", 2});
  }
  // Each actor: a line through the mean of its options at every snapshot where it has a
  // position here (stated there, or carried from an earlier one: faded, with the date it was
  // stated), then the markers on top. Offsets keep overlapping actors apart.
  for (std::size_t a = 0; a < report.actors.size(); ++a) {
    const auto colour = actor_colour(a);
    const double offset = (static_cast<double>(a % 3) - 1.0) * 7.0;
    std::vector<std::pair<double, double>> path;
    const auto rows_of = [&](const ShownPosition& shown) {
      std::vector<double> rows;
      for (const auto& option : shown.position->options)
        if (const auto k = issue.find(option)) rows.push_back(row_y(*k));
      return rows;
    };
    for (std::size_t s = 0; s < columns; ++s) {
      const auto& shown = report.snapshots[s].positions[a][issue_index];
      if (!shown.position) continue;
      const auto rows = rows_of(shown);
      if (rows.empty()) continue;
      double mean = 0;
      for (double y : rows) mean += y;
      path.emplace_back(column_x(s) + offset, mean / static_cast<double>(rows.size()));
    }
    if (path.empty()) continue;
    if (path.size() > 1) canvas.polyline(path, {colour, 2});
    for (std::size_t s = 0; s < columns; ++s) {
      const auto& shown = report.snapshots[s].positions[a][issue_index];
      if (!shown.position) continue;
      const auto rows = rows_of(shown);
      if (rows.empty()) continue;
      const bool carried = shown.snapshot_index != s;
      draw_position(canvas, column_x(s) + offset, rows, carried ? faded(colour) : colour, shown.position->stance == Stance::inferred);
      // The date it was stated, once per run of carried markers (at its last one).
      const bool run_ends = s + 1 == columns || report.snapshots[s + 1].positions[a][issue_index].position != shown.position;
      if (carried && run_ends)
        canvas.text(column_x(s) + offset, *std::min_element(rows.begin(), rows.end()) - 9,
                    "as of " + to_string(report.snapshots[shown.snapshot_index].snapshot->date).substr(0, 7),
                    {.size = 8, .anchor = "middle", .colour = "#888888"});
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
