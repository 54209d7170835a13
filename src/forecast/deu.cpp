#include "parley/forecast/deu.hpp"

#include <array>
#include <cmath>
#include <map>

#include <fmt/format.h>
#include <tbb/parallel_for.h>

#include "delimited_text.hpp"
#include "parley/forecast/nash.hpp"
#include "parley/forecast/weighted_position.hpp"
#include "parley/model/error.hpp"

namespace parley::forecast {
namespace {

struct ActorColumns {
  std::string actor;
  std::size_t position = 0;
  std::size_t salience = 0;
  double capability = 0;
};

}  // namespace

DeuData read_deu(const std::filesystem::path& path) {
  const auto rows = detail::read_delimited(path, '\t');
  const auto& header = rows.front();
  std::map<std::string, std::size_t> column;
  for (std::size_t c = 0; c < header.cells.size(); ++c) column.emplace(header.cells[c], c);
  for (const char* required : {"out", "rp", "isnr"})
    if (!column.count(required))
      throw InputError(SourceLocation{path.string(), header.line, ""}, fmt::format("missing column '{}'", required));
  if (rows.size() < 2) throw InputError(SourceLocation{path.string(), header.line, ""}, "no capability line after the header");

  // Actors: every `p<x>` column with a matching `s<x>` column; line 2 holds their capability.
  const auto& sizes = rows[1];
  std::vector<ActorColumns> actors;
  for (std::size_t c = 0; c < header.cells.size(); ++c) {
    const auto& name = header.cells[c];
    if (name.size() < 2 || name[0] != 'p' || !column.count("s" + name.substr(1))) continue;
    const SourceLocation where{path.string(), sizes.line, name};
    if (c >= sizes.cells.size() || sizes.cells[c].empty())
      throw InputError(where, fmt::format("no capability figure for actor '{}'", name.substr(1)));
    const double capability = detail::parse_number(sizes.cells[c], where, "capability");
    if (capability < 0) throw InputError(where, fmt::format("capability {} is negative", capability));
    actors.push_back({name.substr(1), c, column.at("s" + name.substr(1)), capability});
  }
  if (actors.size() < 2) throw InputError(SourceLocation{path.string(), header.line, ""}, "fewer than 2 actor columns (p<actor>, s<actor>)");

  DeuData data;
  for (std::size_t r = 2; r < rows.size(); ++r) {
    const auto& row = rows[r];
    ++data.rows;
    // Every DEU line has one field per column (empty fields included); fewer means the line was cut.
    if (row.cells.size() < header.cells.size())
      throw InputError(SourceLocation{path.string(), row.line, ""},
                       fmt::format("the line has {} fields but the header has {} columns (is the line cut short?)",
                                   row.cells.size(), header.cells.size()));
    auto cell = [&](std::size_t c) -> std::string { return c < row.cells.size() ? row.cells[c] : std::string{}; };
    auto number = [&](std::size_t c, const std::string& field, const char* what) {
      return detail::parse_number(cell(c), SourceLocation{path.string(), row.line, field}, what);
    };
    const auto outcome_cell = cell(column.at("out"));
    if (outcome_cell.empty()) {
      ++data.without_outcome;
      continue;
    }
    DeuIssue item;
    item.line = row.line;
    item.outcome = number(column.at("out"), "out", "outcome");
    if (!cell(column.at("rp")).empty()) item.reference_point = number(column.at("rp"), "rp", "reference point");
    item.issue = ForecastIssue{cell(column.at("isnr")), {}, IssueScale{0, 100}, path.string()};
    double weight = 0;
    for (const auto& actor : actors) {
      if (cell(actor.position).empty()) continue;
      if (cell(actor.salience).empty()) {
        ++data.positions_without_salience;
        continue;
      }
      const double position = number(actor.position, header.cells[actor.position], "position");
      const double salience = number(actor.salience, header.cells[actor.salience], "salience");
      const SourceLocation where{path.string(), row.line, header.cells[actor.position]};
      if (position < 0 || position > 100) throw InputError(where, fmt::format("position {} is not in [0, 100]", position));
      if (salience < 0 || salience > 100)
        throw InputError(SourceLocation{path.string(), row.line, header.cells[actor.salience]},
                         fmt::format("salience {} is not in [0, 100]", salience));
      item.issue.stances.push_back({actor.actor, actor.capability, position, salience / 100});
      weight += actor.capability * salience;
    }
    if (item.issue.stances.size() < 2 || !(weight > 0)) {
      ++data.too_few_actors;
      continue;
    }
    validate_issue(item.issue);
    data.issues.push_back(std::move(item));
  }
  return data;
}

BacktestReport backtest(const std::vector<DeuIssue>& issues, const BdmParameters& bdm_parameters) {
  validate_parameters(bdm_parameters);
  struct Model {
    const char* name;
    std::string description;
    double total_error = 0;
  };
  std::vector<Model> models = {
      {"compromise", "weighted mean, weight capability x salience"},
      {"salience-mean", "weighted mean, weight salience only"},
      {"median", "weighted median actor position, weight capability x salience"},
      {"nash", "asymmetric Nash bargaining, linear distance utilities on 0-100, power capability x salience"},
      {"bdm", "Scholz et al. expected-utility model, last median; " + describe(bdm_parameters)},
  };
  // Issues are forecast in parallel; the errors are then summed in issue order, so the
  // figures do not depend on the number of threads.
  constexpr std::size_t model_count = 5;
  std::vector<std::array<double, model_count>> forecasts(issues.size());
  tbb::parallel_for(std::size_t{0}, issues.size(), [&](std::size_t i) {
    const auto& issue = issues[i].issue;
    forecasts[i] = {compromise_position(issue.stances), salience_mean_position(issue.stances),
                    weighted_median_position(issue.stances), nash_bargaining_position(issue),
                    run_bdm(issue, bdm_parameters).forecast()};
  });
  for (std::size_t i = 0; i < issues.size(); ++i)
    for (std::size_t m = 0; m < model_count; ++m) models[m].total_error += std::abs(forecasts[i][m] - issues[i].outcome);
  BacktestReport report;
  report.issues = issues.size();
  report.capability_proxy =
      "capability = the size figure on line 2 of the file, under each actor's position column (the data set "
      "has no capability column of its own)";
  for (const auto& model : models)
    report.scores.push_back({model.name, model.description,
                             issues.empty() ? 0.0 : model.total_error / static_cast<double>(issues.size()), issues.size()});
  return report;
}

}  // namespace parley::forecast
