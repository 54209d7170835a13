#include "parley/forecast/forecast.hpp"

#include "parley/forecast/nash.hpp"
#include "parley/forecast/weighted_position.hpp"

namespace parley::forecast {

std::optional<ForecastModel> forecast_model_from_string(std::string_view text) {
  if (text == "bdm") return ForecastModel::bdm;
  if (text == "compromise") return ForecastModel::compromise;
  if (text == "nash") return ForecastModel::nash;
  if (text == "all") return ForecastModel::all;
  return std::nullopt;
}

IssueForecast forecast_issue(const ForecastIssue& issue, const ForecastOptions& options) {
  validate_issue(issue);
  validate_parameters(options.bdm);
  const auto wants = [&](ForecastModel model) { return options.model == model || options.model == ForecastModel::all; };
  IssueForecast result;
  result.issue = issue.name;
  result.median = weighted_median_position(issue.stances);
  if (wants(ForecastModel::compromise)) result.compromise = compromise_position(issue.stances);
  if (wants(ForecastModel::nash)) result.nash = nash_bargaining_position(issue);
  if (wants(ForecastModel::bdm)) result.bdm = run_bdm(issue, options.bdm);
  return result;
}

}  // namespace parley::forecast
