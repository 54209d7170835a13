#include "parley/forecast/forecast_input.hpp"

#include "parley/forecast/deu.hpp"
#include "parley/forecast/scenario_issues.hpp"
#include "parley/io/load.hpp"
#include "parley/model/error.hpp"

namespace parley::forecast {
namespace {

ForecastInput validated(ForecastInput input, const std::string& source) {
  if (input.issues.empty())
    throw InputError(SourceLocation{source, 0, ""}, "no issue to forecast (a scenario needs an ordinal, integer or "
                                                    "real issue)");
  for (const auto& issue : input.issues) validate_issue(issue);
  input.outcomes.resize(input.issues.size());
  return input;
}

}  // namespace

ForecastInput forecast_input_from_scenario(const Scenario& scenario) {
  ForecastInput input;
  input.format = ForecastInputFormat::scenario;
  input.issues = issues_from_scenario(scenario);
  return validated(std::move(input), scenario.source);
}

ForecastInput read_forecast_input(const std::filesystem::path& path) {
  const auto format = detect_forecast_input(path);
  if (format == ForecastInputFormat::scenario) return forecast_input_from_scenario(io::load_scenario(path));
  ForecastInput input;
  input.format = format;
  switch (input.format) {
    case ForecastInputFormat::stance_csv: input.issues = read_stance_csv(path); break;
    case ForecastInputFormat::ktab_csv: input.issues = read_ktab_csv(path); break;
    case ForecastInputFormat::scenario: break;  // handled above
    case ForecastInputFormat::deu_tsv:
      for (auto& item : read_deu(path).issues) {
        input.issues.push_back(std::move(item.issue));
        input.outcomes.push_back(item.outcome);
      }
      break;
  }
  return validated(std::move(input), path.string());
}

}  // namespace parley::forecast
