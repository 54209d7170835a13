#include "parley/forecast/csv_input.hpp"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <map>

#include <fmt/format.h>

#include "delimited_text.hpp"
#include "parley/io/input_file.hpp"
#include "parley/model/error.hpp"

namespace parley::forecast {
namespace {

using detail::DelimitedRow;
using detail::lowercase;
using detail::parse_number;

SourceLocation at(const std::filesystem::path& path, int line, std::string field = {}) {
  return SourceLocation{path.string(), line, std::move(field)};
}

double salience_from_percent(double percent, const SourceLocation& where) {
  if (percent < 0 || percent > 100)
    throw InputError(where, fmt::format("salience {} is not in [0, 100]", percent));
  return percent / 100;
}

double checked_capability(double capability, const SourceLocation& where) {
  if (capability < 0) throw InputError(where, fmt::format("capability {} is negative", capability));
  return capability;
}

void validate_all(std::vector<ForecastIssue>& issues) {
  for (const auto& issue : issues) validate_issue(issue);
}

}  // namespace

std::string_view to_string(ForecastInputFormat format) {
  switch (format) {
    case ForecastInputFormat::stance_csv: return "stance-csv";
    case ForecastInputFormat::ktab_csv: return "ktab-csv";
    case ForecastInputFormat::deu_tsv: return "deu";
    case ForecastInputFormat::scenario: return "scenario";
  }
  return "stance-csv";
}

ForecastInputFormat detect_forecast_input(const std::filesystem::path& path) {
  const auto extension = lowercase(path.extension().string());
  if (std::filesystem::is_directory(path) || extension == ".yaml" || extension == ".yml" || extension == ".xml" ||
      extension == ".json")
    return ForecastInputFormat::scenario;
  std::istringstream in(io::read_input_file(path));
  std::string first;
  while (std::getline(in, first) && first.find_first_not_of(" \t\r") == std::string::npos) {
  }
  if (first.find_first_not_of(" \t\r") == std::string::npos) throw InputError(at(path, 0), "the file is empty");
  const auto header = lowercase(first);
  if (header.find('\t') != std::string::npos && header.find("\"out\"") != std::string::npos) return ForecastInputFormat::deu_tsv;
  const bool stance = header.find("actor") != std::string::npos && header.find("capability") != std::string::npos &&
                      header.find("position") != std::string::npos && header.find("salience") != std::string::npos;
  return stance ? ForecastInputFormat::stance_csv : ForecastInputFormat::ktab_csv;
}

std::vector<ForecastIssue> read_stance_csv(const std::filesystem::path& path) {
  const auto rows = detail::read_delimited(path, ',');
  const auto& header = rows.front();
  std::map<std::string, std::size_t> column;
  for (std::size_t c = 0; c < header.cells.size(); ++c) column.emplace(lowercase(header.cells[c]), c);
  for (const char* required : {"actor", "capability", "position", "salience"})
    if (!column.count(required))
      throw InputError(at(path, header.line), fmt::format("missing column '{}' (the header needs actor, capability, "
                                                          "position, salience)",
                                                          required));
  const bool has_issue_column = column.count("issue") > 0;
  const std::size_t issue_column = has_issue_column ? column.at("issue") : 0;
  const std::size_t needed =
      std::max({column.at("actor"), column.at("capability"), column.at("position"), column.at("salience"), issue_column}) + 1;

  std::vector<ForecastIssue> issues;
  std::map<std::string, std::size_t> issue_index;
  for (std::size_t r = 1; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.cells.size() < needed)
      throw InputError(at(path, row.line), fmt::format("{} fields, expected at least {}", row.cells.size(), needed));
    auto cell = [&](const char* name) -> const std::string& { return row.cells[column.at(name)]; };
    ActorStance stance;
    stance.actor = cell("actor");
    if (stance.actor.empty()) throw InputError(at(path, row.line, "actor"), "actor name is empty");
    stance.capability = checked_capability(parse_number(cell("capability"), at(path, row.line, "capability"), "capability"),
                                           at(path, row.line, "capability"));
    stance.position = parse_number(cell("position"), at(path, row.line, "position"), "position");
    stance.salience = salience_from_percent(parse_number(cell("salience"), at(path, row.line, "salience"), "salience"),
                                            at(path, row.line, "salience"));
    const std::string issue_name = has_issue_column ? row.cells[issue_column] : path.stem().string();
    auto [it, added] = issue_index.emplace(issue_name, issues.size());
    if (added) issues.push_back(ForecastIssue{issue_name, {}, std::nullopt, path.string()});
    auto& stances = issues[it->second].stances;
    if (std::any_of(stances.begin(), stances.end(), [&](const auto& s) { return s.actor == stance.actor; }))
      throw InputError(at(path, row.line, "actor"), fmt::format("actor '{}' appears twice in issue '{}'", stance.actor, issue_name));
    stances.push_back(std::move(stance));
  }
  if (issues.empty()) throw InputError(at(path, header.line), "no actor rows after the header");
  validate_all(issues);
  return issues;
}

std::vector<ForecastIssue> read_ktab_csv(const std::filesystem::path& path) {
  const auto rows = detail::read_delimited(path, ',');
  const auto& title = rows.front();
  if (title.cells.size() < 4)
    throw InputError(at(path, title.line), "expected 'name, description, actors, dimensions' on the first line");
  const double declared_actors = parse_number(title.cells[2], at(path, title.line, "actors"), "number of actors");
  const double declared_dimensions = parse_number(title.cells[3], at(path, title.line, "dimensions"), "number of dimensions");
  // Checked as a double: casting 1e308 to an integer is undefined behaviour (found by fuzzing).
  if (!(declared_dimensions >= 1 && declared_dimensions <= 1e6) || std::floor(declared_dimensions) != declared_dimensions)
    throw InputError(at(path, title.line, "dimensions"),
                     fmt::format("number of dimensions {} is not a whole number from 1 to 10^6", declared_dimensions));
  const auto dimensions = static_cast<std::size_t>(declared_dimensions);
  if (rows.size() < 2) throw InputError(at(path, title.line), "no column header line after the first line");
  const auto& header = rows[1];
  const std::size_t needed = 3 + 2 * dimensions;
  if (header.cells.size() < needed)
    throw InputError(at(path, header.line), fmt::format("{} columns for {} dimensions: expected actor, description, "
                                                        "influence and a position and salience column per dimension",
                                                        header.cells.size(), dimensions));
  std::vector<ForecastIssue> issues(dimensions);
  for (std::size_t d = 0; d < dimensions; ++d) {
    std::string name = header.cells[3 + 2 * d];
    const std::string suffix = " position";
    if (name.size() > suffix.size() && lowercase(name.substr(name.size() - suffix.size())) == suffix)
      name.resize(name.size() - suffix.size());
    issues[d] = ForecastIssue{name, {}, IssueScale{0, 100}, path.string()};
  }
  for (std::size_t r = 2; r < rows.size(); ++r) {
    const auto& row = rows[r];
    if (row.cells.size() < needed)
      throw InputError(at(path, row.line), fmt::format("{} fields, expected at least {}", row.cells.size(), needed));
    if (row.cells[0].empty()) throw InputError(at(path, row.line, "Actor"), "actor name is empty");
    const double capability =
        checked_capability(parse_number(row.cells[2], at(path, row.line, header.cells[2]), "influence"),
                           at(path, row.line, header.cells[2]));
    for (std::size_t d = 0; d < dimensions; ++d) {
      const auto& position_column = header.cells[3 + 2 * d];
      const auto& salience_column = header.cells[4 + 2 * d];
      ActorStance stance{row.cells[0], capability,
                         parse_number(row.cells[3 + 2 * d], at(path, row.line, position_column), "position"), 0};
      if (stance.position < 0 || stance.position > 100)
        throw InputError(at(path, row.line, position_column), fmt::format("position {} is not in [0, 100]", stance.position));
      stance.salience = salience_from_percent(
          parse_number(row.cells[4 + 2 * d], at(path, row.line, salience_column), "salience"), at(path, row.line, salience_column));
      issues[d].stances.push_back(std::move(stance));
    }
  }
  const auto actors = rows.size() - 2;
  if (declared_actors != static_cast<double>(actors))
    throw InputError(at(path, title.line, "actors"),
                     fmt::format("the first line declares {} actors but {} actor rows follow", declared_actors, actors));
  validate_all(issues);
  return issues;
}

}  // namespace parley::forecast
