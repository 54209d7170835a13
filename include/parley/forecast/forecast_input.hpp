// Any forecasting input by path: the format is detected (detect_forecast_input) and read.
//
// Data flow: path ──detect──▶ stance CSV | KTAB CSV | DEU | scenario ──▶ ForecastInput
// (issues, and for DEU the recorded outcome of each issue) ──▶ forecast_issue / backtest.
#pragma once

#include <filesystem>
#include <optional>
#include <vector>

#include "parley/forecast/csv_input.hpp"
#include "parley/forecast/stance.hpp"
#include "parley/model/scenario.hpp"

namespace parley::forecast {

struct ForecastInput {
  ForecastInputFormat format = ForecastInputFormat::stance_csv;
  std::vector<ForecastIssue> issues;
  std::vector<std::optional<double>> outcomes;  // one per issue: the recorded outcome (DEU), else unset
};

// Throws InputError for unreadable or invalid input, naming file, line and problem.
ForecastInput read_forecast_input(const std::filesystem::path& path);

// The forecasting input of a scenario already in memory (e.g. one dated snapshot of a
// timeline): issues_from_scenario, validated; InputError when it has no ordered issue.
ForecastInput forecast_input_from_scenario(const Scenario& scenario);

}  // namespace parley::forecast
