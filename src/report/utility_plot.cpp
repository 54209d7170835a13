// The two-party utility-space plot (utility_plot.hpp). The frontier and reference points are
// those of the pair alone: a two-party scenario made of the plotted parties is analysed, so
// that the drawn frontier is exact for what is drawn (the projection of a many-party frontier
// would not be). A two-party scenario reuses the PreparedScenario's frontier and points.
#include "parley/report/utility_plot.hpp"

#include <algorithm>
#include <random>

#include <fmt/format.h>

#include "parley/analysis/pareto_frontier.hpp"
#include "parley/analysis/reference_points.hpp"
#include "parley/svg/svg_canvas.hpp"

namespace parley::report {
namespace {

struct Frame {
  double left = 80, top = 50, size = 560;
  double px(double u) const { return left + u * size; }
  double py(double u) const { return top + (1 - u) * size; }
};

// Utilities of the pair for every outcome, or for a seeded sample of the space.
std::vector<std::pair<double, double>> outcome_cloud(const Scenario& scenario, std::size_t x, std::size_t y,
                                                     std::size_t max_points, std::uint64_t seed) {
  std::vector<std::pair<double, double>> points;
  const auto& space = scenario.space;
  const auto& ux = scenario.parties[x].utility;
  const auto& uy = scenario.parties[y].utility;
  if (space.enumerable(max_points)) {
    const auto count = *space.cardinality().as_u64();
    for (std::uint64_t id = 0; id < count; ++id) {
      const Outcome o = space.from_id(id);
      points.emplace_back(ux(o), uy(o));
    }
    return points;
  }
  std::mt19937_64 rng(seed);
  Outcome o(space.issue_count());
  for (std::size_t k = 0; k < max_points; ++k) {
    for (std::size_t i = 0; i < space.issue_count(); ++i) o[i] = static_cast<std::uint32_t>(rng() % space.issue(i).size());
    points.emplace_back(ux(o), uy(o));
  }
  return points;
}

void cross(svg::SvgCanvas& canvas, double x, double y, const std::string& colour, bool diagonal) {
  const svg::SvgStroke stroke{colour, 2.5, false};
  const double r = 7;
  if (diagonal) {
    canvas.line(x - r, y - r, x + r, y + r, stroke);
    canvas.line(x - r, y + r, x + r, y - r, stroke);
  } else {
    canvas.line(x - r, y, x + r, y, stroke);
    canvas.line(x, y - r, x, y + r, stroke);
  }
}

void axes(svg::SvgCanvas& canvas, const Frame& f, const std::string& x_name, const std::string& y_name) {
  const svg::SvgStroke grid{"#e4e4e4", 1, false}, axis{"#333333", 1.2, false};
  for (int k = 0; k <= 10; ++k) {
    const double u = k / 10.0;
    canvas.line(f.px(u), f.top, f.px(u), f.top + f.size, grid);
    canvas.line(f.left, f.py(u), f.left + f.size, f.py(u), grid);
    if (k % 2 == 0) {
      canvas.text(f.px(u), f.top + f.size + 18, fmt::format("{:.1f}", u), {.size = 11, .anchor = "middle"});
      canvas.text(f.left - 8, f.py(u) + 4, fmt::format("{:.1f}", u), {.size = 11, .anchor = "end"});
    }
  }
  canvas.rectangle(f.left, f.top, f.size, f.size, "none", axis);
  canvas.text(f.left + f.size / 2, f.top + f.size + 42, "utility of " + x_name, {.size = 14, .anchor = "middle"});
  canvas.text(f.left - 48, f.top + f.size / 2, "utility of " + y_name, {.size = 14, .anchor = "middle", .rotate = -90});
}

}  // namespace

std::string render_utility_plot(const UtilityPlotInput& input, double width, double height) {
  const Scenario& scenario = input.prepared->scenario();
  const std::size_t x = input.x_party, y = input.y_party;
  const auto& px_party = scenario.parties[x];
  const auto& py_party = scenario.parties[y];
  Frame f;
  f.size = std::min(width - 300, height - 120);
  svg::SvgCanvas canvas(width, height);
  canvas.text(f.left + f.size / 2, 28, input.title, {.size = 16, .anchor = "middle", .bold = true});
  axes(canvas, f, px_party.name, py_party.name);

  for (const auto& [ux, uy] : outcome_cloud(scenario, x, y, input.max_points, input.seed))
    canvas.circle(f.px(ux), f.py(uy), 1.6, "#b8b8b8");

  // Reservation values.
  const svg::SvgStroke reservation{"#888888", 1.2, true};
  canvas.line(f.px(px_party.reservation_value), f.top, f.px(px_party.reservation_value), f.top + f.size, reservation);
  canvas.line(f.left, f.py(py_party.reservation_value), f.left + f.size, f.py(py_party.reservation_value), reservation);

  // The pair's own frontier and reference points; a two-party scenario reuses the prepared ones.
  const bool whole = scenario.parties.size() == 2;
  const std::size_t cx_index = whole ? x : 0, cy_index = whole ? y : 1;  // columns of the frontier table
  analysis::ParetoFrontier own_frontier;
  std::optional<analysis::ReferencePoints> references;
  if (whole) {
    references = input.prepared->references();
  } else {
    Scenario pair = scenario;
    pair.parties = {px_party, py_party};
    own_frontier = analysis::pareto_frontier(pair);
    if (own_frontier.computed()) references = analysis::reference_points(pair, own_frontier);
  }
  const analysis::ParetoFrontier& frontier = whole ? input.prepared->frontier() : own_frontier;
  if (frontier.computed() && frontier.size() > 0) {
    std::vector<std::pair<double, double>> line;
    for (std::size_t k = 0; k < frontier.size(); ++k)
      line.emplace_back(f.px(frontier.utilities(k)[cx_index]), f.py(frontier.utilities(k)[cy_index]));
    std::sort(line.begin(), line.end());
    canvas.polyline(line, {"#222222", 2, false});
    for (const auto& [px, py] : line) canvas.circle(px, py, 2.4, "#222222");
  }

  // Offers, party by party, in order.
  std::vector<std::size_t> makers;
  if (input.offers != nullptr)
    for (const auto& offer : *input.offers)
      if (std::find(makers.begin(), makers.end(), offer.party) == makers.end()) makers.push_back(offer.party);
  for (std::size_t m = 0; m < makers.size(); ++m) {
    const std::string& colour = svg::palette_colour(m);
    std::vector<std::pair<double, double>> path;
    for (const auto& offer : *input.offers)
      if (offer.party == makers[m]) path.emplace_back(f.px(offer.utilities[x]), f.py(offer.utilities[y]));
    canvas.polyline(path, {colour, 1.4, false});
    for (const auto& [cx, cy] : path) canvas.circle(cx, cy, 3, colour);
    canvas.circle(path.front().first, path.front().second, 6, colour);
    canvas.text(path.front().first + 8, path.front().second - 6, "first", {.size = 11, .colour = colour});
    canvas.circle(path.back().first, path.back().second, 5, "#ffffff");
    canvas.circle(path.back().first, path.back().second, 3.5, colour);
  }

  if (references) {
    if (references->nash)
      cross(canvas, f.px(references->nash->utilities[cx_index]), f.py(references->nash->utilities[cy_index]), "#d62728", false);
    if (references->kalai_smorodinsky)
      cross(canvas, f.px(references->kalai_smorodinsky->utilities[cx_index]),
            f.py(references->kalai_smorodinsky->utilities[cy_index]), "#9467bd", true);
  }
  if (input.agreement) {
    const double ax = f.px(px_party.utility(*input.agreement)), ay = f.py(py_party.utility(*input.agreement));
    canvas.circle(ax, ay, 9, "#000000");
    canvas.circle(ax, ay, 6, "#ffd700");
  }

  // Legend.
  const double lx = f.left + f.size + 30;
  double ly = f.top + 10;
  const auto entry = [&](const std::string& label, auto&& marker) {
    marker(lx + 8, ly);
    canvas.text(lx + 24, ly + 4, label, {.size = 12});
    ly += 24;
  };
  entry("outcomes" + std::string(scenario.space.enumerable(input.max_points) ? "" : " (sample)"),
        [&](double cx, double cy) { canvas.circle(cx, cy, 3, "#b8b8b8"); });
  if (frontier.computed()) entry("Pareto frontier", [&](double cx, double cy) { canvas.line(cx - 8, cy, cx + 8, cy, {"#222222", 2, false}); });
  entry("reservation values", [&](double cx, double cy) { canvas.line(cx - 8, cy, cx + 8, cy, reservation); });
  if (references && references->nash) entry("Nash point", [&](double cx, double cy) { cross(canvas, cx, cy, "#d62728", false); });
  if (references && references->kalai_smorodinsky)
    entry("Kalai-Smorodinsky", [&](double cx, double cy) { cross(canvas, cx, cy, "#9467bd", true); });
  for (std::size_t m = 0; m < makers.size(); ++m)
    // A neutral mediator's proposals carry no party index (SIZE_MAX in the trace).
    entry(makers[m] < scenario.parties.size() ? "offers by " + scenario.parties[makers[m]].name
                                              : std::string("mediator's proposals"),
          [&](double cx, double cy) {
      canvas.line(cx - 8, cy, cx + 8, cy, {svg::palette_colour(m), 1.4, false});
      canvas.circle(cx, cy, 3, svg::palette_colour(m));
    });
  if (input.agreement)
    entry("agreement", [&](double cx, double cy) {
      canvas.circle(cx, cy, 7, "#000000");
      canvas.circle(cx, cy, 4.5, "#ffd700");
    });
  else
    canvas.text(lx, ly + 10, "no agreement", {.size = 12, .bold = true});
  return canvas.str();
}

}  // namespace parley::report
