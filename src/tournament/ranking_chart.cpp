// The ranking bar chart (see ranking_chart.hpp).
#include "parley/tournament/ranking_chart.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "parley/svg/svg_canvas.hpp"

namespace parley::tournament {

std::string render_ranking_chart(const std::vector<RankingRow>& ranking, double width) {
  constexpr double kTop = 50, kBar = 22, kGap = 10, kBottom = 50, kRight = 120;
  std::size_t longest = 10;
  for (const auto& row : ranking) longest = std::max(longest, row.agent.size());
  const double left = std::min(20 + 7.0 * static_cast<double>(longest), width / 2);
  const double plot_width = width - left - kRight;
  const double height = kTop + static_cast<double>(ranking.size()) * (kBar + kGap) + kBottom;
  const auto x_of = [&](double score) { return left + std::clamp(score, 0.0, 1.0) * plot_width; };

  svg::SvgCanvas canvas(width, height);
  canvas.text(width / 2, 28, "Tournament ranking: mean score (discounted utility) with 95% CI", {16, "middle", "#000000", 0, true});
  const double axis_y = height - kBottom + 5;
  for (double tick : svg::nice_ticks(0, 1, 5)) {
    canvas.line(x_of(tick), kTop - 5, x_of(tick), axis_y, {"#dddddd", 1, false});
    canvas.text(x_of(tick), axis_y + 16, svg::tick_label(tick), {11, "middle"});
  }
  canvas.line(left, axis_y, left + plot_width, axis_y, {"#000000", 1, false});
  canvas.text(left + plot_width / 2, axis_y + 36, "score", {12, "middle"});
  for (std::size_t k = 0; k < ranking.size(); ++k) {
    const auto& row = ranking[k];
    const double y = kTop + static_cast<double>(k) * (kBar + kGap);
    canvas.text(left - 8, y + kBar * 0.7, fmt::format("{}. {}", row.rank, row.agent), {12, "end"});
    canvas.rectangle(left, y, x_of(row.score) - left, kBar, svg::palette_colour(k), {"#333333", 0.5, false});
    const double low = x_of(row.score_ci95_low), high = x_of(row.score_ci95_high), mid = y + kBar / 2;
    canvas.line(low, mid, high, mid, {"#000000", 1.5, false});
    canvas.line(low, mid - 5, low, mid + 5, {"#000000", 1.5, false});
    canvas.line(high, mid - 5, high, mid + 5, {"#000000", 1.5, false});
    canvas.text(std::max(high, x_of(row.score)) + 6, y + kBar * 0.7,
                fmt::format("{:.3f} · {:.0f}% agreed", row.score, 100 * row.agreement_rate), {11, "start"});
  }
  return canvas.str();
}

}  // namespace parley::tournament
