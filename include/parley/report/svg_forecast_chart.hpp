// The chart of a BDM run: every actor's position by round, with the median (the model's
// forecast) and the capability-and-salience-weighted mean drawn bold.
//
// Data flow: forecast::BdmRun ──bdm_rounds_chart──▶ LineChart ──render_line_chart──▶ SVG.
#pragma once

#include <optional>
#include <string>

#include "parley/forecast/bdm.hpp"
#include "parley/svg/svg_canvas.hpp"

namespace parley::report {

// `scale`, when given, fixes the y axis (e.g. 0–100); `issue` names the chart.
svg::LineChart bdm_rounds_chart(const forecast::BdmRun& run, const std::string& issue,
                           std::optional<forecast::IssueScale> scale = std::nullopt);

}  // namespace parley::report
