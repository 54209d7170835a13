#include "parley/forecast/forecast_input.hpp"

#include "parley/forecast/deu.hpp"
#include "parley/forecast/scenario_issues.hpp"
#include "parley/io/load.hpp"
#include "parley/model/error.hpp"

namespace parley::forecast {

ForecastInput read_forecast_input(const std::filesystem::path& path) {
  ForecastInput input;
  input.format = detect_forecast_input(path);
  switch (input.format) {
    case ForecastInputFormat::stance_csv: input.issues = read_stance_csv(path); break;
    case ForecastInputFormat::ktab_csv: input.issues = read_ktab_csv(path); break;
    case ForecastInputFormat::scenario: input.issues = issues_from_scenario(io::load_scenario(path)); break;
    case ForecastInputFormat::deu_tsv:
      for (auto& item : read_deu(path).issues) {
        input.issues.push_back(std::move(item.issue));
        input.outcomes.push_back(item.outcome);
      }
      break;
  }
  if (input.issues.empty())
    throw InputError(SourceLocation{path.string(), 0, ""}, "no issue to forecast (a scenario needs an ordinal, integer or "
                                                          "real issue)");
  for (const auto& issue : input.issues) validate_issue(issue);
  input.outcomes.resize(input.issues.size());
  return input;
}

}  // namespace parley::forecast
