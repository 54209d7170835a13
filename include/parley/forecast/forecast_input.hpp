// Any forecasting input by path: the format is detected (detect_forecast_input) and read.
//
// Data flow: path ──detect──▶ stance CSV | KTAB CSV | DEU | scenario ──▶ ForecastInput
// (issues, and for DEU the recorded outcome of each issue) ──▶ forecast_issue / backtest.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/forecast/csv_input.hpp"
#include "parley/forecast/stance.hpp"
#include "parley/model/scenario.hpp"

namespace parley::forecast {

struct ForecastInput {
  ForecastInputFormat format = ForecastInputFormat::stance_csv;
  std::vector<ForecastIssue> issues;
  std::vector<std::optional<double>> outcomes;  // one per issue: the recorded outcome (DEU), else unset
  std::vector<std::optional<Issue>> scenario_issues;  // one per issue for scenarios: the options it maps to
  std::vector<std::string> notes;               // what was chosen or left out (dated scenarios), one sentence each
};

// Throws InputError for unreadable or invalid input, naming file, line and problem. A dated
// scenario (a folder with snapshots) is forecast from the cited positions of its snapshot `at`
// (id or date; default the latest) by issues_from_timeline; issues with fewer than two actors
// are left out and named in `notes`.
ForecastInput read_forecast_input(const std::filesystem::path& path, std::string_view at = {});

// The forecasting input of a scenario already in memory (e.g. one dated snapshot of a
// timeline): issues_from_scenario, validated; InputError when it has no ordered issue.
ForecastInput forecast_input_from_scenario(const Scenario& scenario);

}  // namespace parley::forecast
