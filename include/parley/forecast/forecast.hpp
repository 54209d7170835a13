// All forecasting models on one issue, for callers that want them side by side (the CLI,
// the report).
//
// Data flow: ForecastIssue + ForecastOptions ──forecast_issue──▶ IssueForecast.
// Models: compromise (weighted_position.hpp), Nash bargaining (nash.hpp), the BDM
// expected-utility model (bdm.hpp); the weighted median of the initial positions is always
// reported as the "median voter" reference.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "parley/forecast/bdm.hpp"
#include "parley/forecast/stance.hpp"

namespace parley::forecast {

enum class ForecastModel { bdm, compromise, nash, all };
std::optional<ForecastModel> forecast_model_from_string(std::string_view text);

struct ForecastOptions {
  ForecastModel model = ForecastModel::all;
  BdmParameters bdm;
};

struct IssueForecast {
  std::string issue;
  double median = 0;                 // weighted median of the initial positions
  std::optional<double> compromise;  // set when the model was asked for
  std::optional<double> nash;
  std::optional<BdmRun> bdm;
};

// Validates the issue and the parameters (InputError) and runs the chosen models.
IssueForecast forecast_issue(const ForecastIssue& issue, const ForecastOptions& options = {});

}  // namespace parley::forecast
