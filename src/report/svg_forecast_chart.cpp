#include "parley/report/svg_forecast_chart.hpp"

namespace parley::report {

svg::LineChart bdm_rounds_chart(const forecast::BdmRun& run, const std::string& issue, std::optional<forecast::IssueScale> scale) {
  svg::LineChart chart;
  chart.title = "Positions by round (BDM expected-utility model): " + issue;
  chart.x_label = "round";
  chart.y_label = "position";
  chart.integer_x_ticks = true;
  if (scale) chart.y_range = std::make_pair(scale->lower, scale->upper);
  svg::LineSeries median{"median (forecast)", {}, "#000000", 3.0, false, true};
  svg::LineSeries mean{"mean (c·s weighted)", {}, "#555555", 2.0, true, false};
  for (std::size_t r = 0; r < run.rounds.size(); ++r) {
    median.points.emplace_back(static_cast<double>(r), run.rounds[r].median);
    mean.points.emplace_back(static_cast<double>(r), run.rounds[r].mean);
  }
  for (std::size_t a = 0; a < run.actors.size(); ++a) {
    svg::LineSeries actor{run.actors[a], {}, "", 1.2, false, run.rounds.size() <= 30};
    for (std::size_t r = 0; r < run.rounds.size(); ++r)
      actor.points.emplace_back(static_cast<double>(r), run.rounds[r].positions[a]);
    chart.series.push_back(std::move(actor));
  }
  chart.series.push_back(std::move(median));
  chart.series.push_back(std::move(mean));
  return chart;
}

}  // namespace parley::report
