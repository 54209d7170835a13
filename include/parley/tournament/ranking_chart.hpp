// parley::tournament ranking chart — the ranking as a horizontal bar chart in SVG.
//
// Data flow: RankingRow list (ranking.hpp) ──render_ranking_chart()──▶ SVG text (drawn with
// svg::SvgCanvas) ──▶ ranking.svg in the results folder.
// One bar per agent, best at the top, length = mean score on a 0..1 axis, a whisker for the
// 95% confidence interval, and the agreement rate written after the bar. Deterministic text.
#pragma once

#include <string>
#include <vector>

#include "parley/tournament/ranking.hpp"

namespace parley::tournament {

std::string render_ranking_chart(const std::vector<RankingRow>& ranking, double width = 900);

}  // namespace parley::tournament
