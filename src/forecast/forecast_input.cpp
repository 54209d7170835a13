#include "parley/forecast/forecast_input.hpp"

#include <fmt/format.h>

#include "parley/forecast/deu.hpp"
#include "parley/forecast/scenario_issues.hpp"
#include "parley/forecast/timeline_issues.hpp"
#include "parley/io/load.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"

namespace parley::forecast {
namespace {

ForecastInput validated(ForecastInput input, const std::string& source) {
  if (input.issues.empty())
    throw InputError(SourceLocation{source, 0, ""}, "no issue to forecast (a scenario needs an ordinal, integer or "
                                                    "real issue)");
  for (const auto& issue : input.issues) validate_issue(issue);
  input.outcomes.resize(input.issues.size());
  input.scenario_issues.resize(input.issues.size());
  return input;
}

ForecastInput timeline_input(const std::filesystem::path& path, std::string_view at) {
  const auto timeline = io::read_timeline(path);
  const auto& snapshot = at.empty() ? latest_snapshot(timeline) : find_snapshot(timeline, at);
  const auto index = static_cast<std::size_t>(&snapshot - timeline.snapshots.data());
  ForecastInput input;
  input.format = ForecastInputFormat::scenario;
  input.notes.push_back(fmt::format("snapshot {} ({}): the cited positions of every actor, stated there or carried", snapshot.id,
                                    to_string(snapshot.date)));
  if (const auto note = snapshot_choice_note(timeline, at); !note.empty()) input.notes.push_back(note);
  for (auto& entry : issues_from_timeline(timeline, index)) {
    for (const auto& left : entry.left_out) input.notes.push_back(fmt::format("{}: left out: {}", entry.issue.name, left));
    if (!entry.not_forecast.empty()) {
      input.notes.push_back(fmt::format("{}: not forecast: {}", entry.issue.name, entry.not_forecast));
      continue;
    }
    input.scenario_issues.emplace_back(timeline.space.issue(*timeline.space.find_issue(entry.issue.name)));
    input.issues.push_back(std::move(entry.issue));
  }
  auto labels = std::move(input.scenario_issues);
  auto result = validated(std::move(input), path.string());
  result.scenario_issues = std::move(labels);
  return result;
}

}  // namespace

ForecastInput forecast_input_from_scenario(const Scenario& scenario) {
  ForecastInput input;
  input.format = ForecastInputFormat::scenario;
  input.issues = issues_from_scenario(scenario);
  auto result = validated(std::move(input), scenario.source);
  result.scenario_issues.clear();
  for (const auto& issue : result.issues) result.scenario_issues.emplace_back(scenario.space.issue(*scenario.space.find_issue(issue.name)));
  return result;
}

ForecastInput read_forecast_input(const std::filesystem::path& path, std::string_view at) {
  const auto format = detect_forecast_input(path);
  if (format == ForecastInputFormat::scenario && io::has_timeline(path)) return timeline_input(path, at);
  if (!at.empty())
    throw InputError(SourceLocation{path.string(), 0, "--at"}, "--at needs a dated scenario (a folder whose scenario.yaml has `snapshots`)");
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
