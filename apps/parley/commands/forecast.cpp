// `parley forecast FILE` and `parley forecast backtest FILE`: the collective-decision models
// (compromise, Nash bargaining, BDM expected utility) on each issue of a file, and their
// back-test against recorded outcomes (DEU). See docs/cli/forecast.md.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>

#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "parley/model/did_you_mean.hpp"
#include "parley/forecast/deu.hpp"
#include "parley/forecast/forecast.hpp"
#include "parley/forecast/forecast_input.hpp"
#include "parley/forecast/scenario_issues.hpp"
#include "parley/io/safe_write.hpp"
#include "parley/model/error.hpp"
#include "parley/report/svg_forecast_chart.hpp"

namespace {

using namespace parley::forecast;
using Json = nlohmann::ordered_json;

// BDM options shared by both commands; the two readings arrive as text.
struct BdmArguments {
  BdmParameters parameters;
  std::string probability = "all-votes";
  std::string compromise_choice = "lowest-weighted";

  BdmParameters resolved() const {
    BdmParameters p = parameters;
    p.probability = probability == "pair-votes" ? BdmProbability::pair_votes : BdmProbability::all_votes;
    p.compromise_choice =
        compromise_choice == "least-move" ? BdmCompromiseChoice::least_move : BdmCompromiseChoice::lowest_weighted_position;
    return p;
  }
};

struct ForecastArguments {
  std::string file;
  std::string model = "all";
  std::string issue;
  std::string svg;
  std::string at;
  BdmArguments bdm;
  bool json = false;
  bool force = false;
};

struct BacktestArguments {
  std::string file;
  BdmArguments bdm;
  bool json = false;
};

// Rows of cells printed with every column as wide as its widest cell; columns in
// [first_number, last_number) hold numbers and are right-aligned, the others left-aligned.
void print_table(const std::vector<std::vector<std::string>>& rows, std::size_t first_number,
                 std::size_t last_number = SIZE_MAX) {
  std::vector<std::size_t> widths;
  for (const auto& row : rows)
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (widths.size() <= c) widths.push_back(0);
      widths[c] = std::max(widths[c], row[c].size());
    }
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      if (c > 0) line += "  ";
      const bool number = c >= first_number && c < last_number;
      line += number ? fmt::format("{:>{}}", row[c], widths[c]) : fmt::format("{:<{}}", row[c], widths[c]);
    }
    line.erase(line.find_last_not_of(' ') + 1);
    fmt::print("{}\n", line);
  }
}

std::string cell(const std::optional<double>& value) { return value ? fmt::format("{:.2f}", *value) : "-"; }

Json parameters_json(const BdmParameters& p) {
  return Json{{"rounds", p.rounds},
              {"q", p.q},
              {"t", p.t},
              {"probability", p.probability == BdmProbability::all_votes ? "all-votes" : "pair-votes"},
              {"compromise_choice",
               p.compromise_choice == BdmCompromiseChoice::least_move ? "least-move" : "lowest-weighted"},
              {"capitulation", p.capitulation}};
}

Json optional_json(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

Json issue_json(const ForecastIssue& issue, const IssueForecast& result, const std::optional<double>& outcome) {
  Json actors = Json::array();
  for (const auto& s : issue.stances)
    actors.push_back({{"name", s.actor}, {"capability", s.capability}, {"position", s.position}, {"salience", s.salience}});
  const auto scale = scale_of(issue);
  Json out{{"name", issue.name},
           {"scale", {{"lower", scale.lower}, {"upper", scale.upper}}},
           {"actors", actors},
           {"median", result.median},
           {"compromise", optional_json(result.compromise)},
           {"nash", optional_json(result.nash)},
           {"bdm", nullptr}};
  if (outcome) out["outcome"] = *outcome;
  if (result.bdm) {
    Json rounds = Json::array();
    for (std::size_t r = 0; r < result.bdm->rounds.size(); ++r) {
      const auto& round = result.bdm->rounds[r];
      Json moves = Json::array();
      for (const auto& move : round.moves)
        moves.push_back({{"kind", to_string(move.kind)},
                         {"from", move.from_actor >= 0 ? Json(result.bdm->actors[static_cast<std::size_t>(move.from_actor)])
                                                       : Json(nullptr)}});
      rounds.push_back({{"round", r},
                        {"median", round.median},
                        {"mean", round.mean},
                        {"positions", round.positions},
                        {"risk_exponents", round.risk_exponents},
                        {"moves", moves}});
    }
    out["bdm"] = {{"forecast", result.bdm->forecast()}, {"rounds", rounds}};
  }
  return out;
}

void print_rounds(const ForecastIssue& issue, const BdmRun& run) {
  // Up to 12 actors fit beside the median and the mean; more would not be readable.
  const bool with_actors = run.actors.size() <= 12;
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> header = {"round", "median", "mean"};
  if (with_actors) header.insert(header.end(), run.actors.begin(), run.actors.end());
  rows.push_back(header);
  for (std::size_t r = 0; r < run.rounds.size(); ++r) {
    const auto& round = run.rounds[r];
    std::vector<std::string> row = {std::to_string(r), fmt::format("{:.2f}", round.median), fmt::format("{:.2f}", round.mean)};
    if (with_actors)
      for (double x : round.positions) row.push_back(fmt::format("{:.2f}", x));
    rows.push_back(std::move(row));
  }
  fmt::print("\nBDM rounds, issue '{}' (round 0 = the input positions; forecast = last median):\n", issue.name);
  print_table(rows, 0);
}

void write_svg(const ForecastArguments& args, const ForecastIssue& issue, const IssueForecast& result) {
  if (!result.bdm)
    throw parley::InputError(parley::SourceLocation{args.svg, 0, ""}, "--svg draws the BDM rounds: use --model bdm or all");
  std::error_code ec;
  if (std::filesystem::symlink_status(args.svg, ec).type() != std::filesystem::file_type::not_found && !args.force)
    throw parley::InputError(parley::SourceLocation{args.svg, 0, ""}, "the file exists; add --force to overwrite it");
  parley::io::write_file_atomically(
      args.svg, parley::svg::render_line_chart(parley::report::bdm_rounds_chart(*result.bdm, issue.name, issue.scale)),
      args.force ? parley::io::WriteMode::replace : parley::io::WriteMode::create_new);
}

void run_forecast(const ForecastArguments& args) {
  if (args.file.empty()) throw parley::InputError("forecast needs a FILE (see `parley forecast --help`)");
  const auto bdm = args.bdm.resolved();
  auto input = read_forecast_input(args.file, args.at);
  if (!args.issue.empty()) {
    std::size_t found = input.issues.size();
    for (std::size_t i = 0; i < input.issues.size(); ++i)
      if (input.issues[i].name == args.issue) found = i;
    if (found == input.issues.size()) {
      std::vector<std::string> names;
      for (const auto& issue : input.issues) names.push_back(issue.name);
      throw parley::InputError(parley::SourceLocation{args.file, 0, "--issue"},
                               fmt::format("no issue named '{}'{}", args.issue, parley::name_hint(args.issue, names, "issues")));
    }
    input.issues = {input.issues[found]};
    input.outcomes = {input.outcomes[found]};
    input.scenario_issues = {input.scenario_issues[found]};
  }
  if (!args.svg.empty() && input.issues.size() != 1)
    throw parley::InputError(parley::SourceLocation{args.file, 0, "--svg"},
                             fmt::format("--svg draws one issue but the file has {}; choose one with --issue NAME",
                                         input.issues.size()));
  const ForecastOptions options{*forecast_model_from_string(args.model), bdm};
  std::vector<IssueForecast> results;
  for (const auto& issue : input.issues) results.push_back(forecast_issue(issue, options));
  if (!args.svg.empty()) write_svg(args, input.issues.front(), results.front());

  const bool any_outcome = std::any_of(input.outcomes.begin(), input.outcomes.end(), [](const auto& o) { return o.has_value(); });
  if (args.json) {
    Json issues = Json::array();
    for (std::size_t i = 0; i < results.size(); ++i) {
      auto entry = issue_json(input.issues[i], results[i], input.outcomes[i]);
      if (const auto& issue = input.scenario_issues[i]) {  // the option each forecast lands on
        entry["compromise_option"] = results[i].compromise ? Json(issue->label(nearest_value(*issue, *results[i].compromise))) : Json(nullptr);
        entry["bdm_option"] = results[i].bdm ? Json(issue->label(nearest_value(*issue, results[i].bdm->forecast()))) : Json(nullptr);
      }
      issues.push_back(entry);
    }
    Json out{{"source", args.file},
             {"format", to_string(input.format)},
             {"model", args.model},
             {"bdm_parameters", parameters_json(bdm)},
             {"notes", input.notes},
             {"issues", issues}};
    fmt::print("{}\n", out.dump(2));
    return;
  }
  std::vector<std::vector<std::string>> rows;
  const bool with_options = std::any_of(input.scenario_issues.begin(), input.scenario_issues.end(), [](const auto& i) { return i.has_value(); });
  std::vector<std::string> header = {"issue", "actors", "median voter", "compromise", "nash", "bdm"};
  if (any_outcome) header.push_back("outcome");
  if (with_options) header.insert(header.end(), {"compromise option", "bdm option"});
  rows.push_back(header);
  for (std::size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    std::vector<std::string> row = {r.issue, std::to_string(input.issues[i].stances.size()), cell(r.median), cell(r.compromise),
                                    cell(r.nash), cell(r.bdm ? std::optional<double>(r.bdm->forecast()) : std::nullopt)};
    if (any_outcome) row.push_back(cell(input.outcomes[i]));
    if (with_options) {
      const auto& issue = input.scenario_issues[i];
      row.push_back(issue && r.compromise ? issue->label(nearest_value(*issue, *r.compromise)) : "-");
      row.push_back(issue && r.bdm ? issue->label(nearest_value(*issue, r.bdm->forecast())) : "-");
    }
    rows.push_back(std::move(row));
  }
  fmt::print("Forecasts for {} ({}, {} issue{}):\n", args.file, to_string(input.format), results.size(),
             results.size() == 1 ? "" : "s");
  for (const auto& note : input.notes) fmt::print("  note: {}\n", note);
  print_table(rows, 1);
  if (results.size() == 1 && results.front().bdm) print_rounds(input.issues.front(), *results.front().bdm);
  if (results.size() > 1 && results.front().bdm) fmt::print("\n(BDM rounds of one issue: add --issue NAME)\n");
  if (!args.svg.empty()) fmt::print("\nwrote {}\n", args.svg);
}

void run_backtest(const BacktestArguments& args) {
  const auto bdm = args.bdm.resolved();
  const auto data = read_deu(args.file);
  const auto report = backtest(data.issues, bdm);
  if (args.json) {
    Json models = Json::array();
    for (const auto& s : report.scores)
      models.push_back({{"model", s.model}, {"description", s.description}, {"mean_absolute_error", s.mean_absolute_error},
                        {"issues", s.issues}});
    Json out{{"source", args.file},
             {"issues", report.issues},
             {"rows", data.rows},
             {"skipped_without_outcome", data.without_outcome},
             {"skipped_too_few_actors", data.too_few_actors},
             {"positions_without_salience", data.positions_without_salience},
             {"capability_proxy", report.capability_proxy},
             {"bdm_parameters", parameters_json(bdm)},
             {"models", models}};
    fmt::print("{}\n", out.dump(2));
    return;
  }
  fmt::print("Back-test on {}: {} issues with a recorded outcome ({} rows; {} without outcome, {} with < 2 actors)\n",
             args.file, report.issues, data.rows, data.without_outcome, data.too_few_actors);
  fmt::print("{}; {} actor positions without a salience left out\n\n", report.capability_proxy,
             data.positions_without_salience);
  std::vector<std::vector<std::string>> rows = {{"model", "mean abs error", "what"}};
  for (const auto& s : report.scores)
    rows.push_back({s.model, fmt::format("{:.2f}", s.mean_absolute_error), s.description});
  print_table(rows, 1, 2);
}

void add_bdm_options(CLI::App& command, BdmArguments& bdm) {
  command.add_option("--rounds", bdm.parameters.rounds, "BDM rounds after the stated positions")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command.add_option("--q", bdm.parameters.q, "BDM Q: probability the status quo persists")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  command.add_option("--t", bdm.parameters.t, "BDM T: probability a changing status quo improves for the challenger")
      ->check(CLI::Range(0.0, 1.0))
      ->capture_default_str();
  command.add_option("--probability", bdm.probability, "BDM probability denominator: all-votes or pair-votes")
      ->check(CLI::IsMember({"all-votes", "pair-votes"}))
      ->capture_default_str();
  command.add_option("--compromise-choice", bdm.compromise_choice, "BDM compromise choice: lowest-weighted or least-move")
      ->check(CLI::IsMember({"lowest-weighted", "least-move"}))
      ->capture_default_str();
  command.add_flag("--capitulation", bdm.parameters.capitulation, "BDM: also make capitulation offers");
}

void setup(CLI::App& root) {
  auto* command = root.add_subcommand("forecast", "Forecast each issue with the compromise, Nash and BDM models");
  auto args = std::make_shared<ForecastArguments>();
  command->add_option("FILE", args->file, "actor CSV, KTAB CSV, DEU file or scenario (YAML, GENIUS, GeniusWeb)");
  command->add_option("--model", args->model, "bdm, compromise, nash or all")
      ->check(CLI::IsMember({"bdm", "compromise", "nash", "all"}))
      ->capture_default_str();
  add_bdm_options(*command, args->bdm);
  command->add_option("--issue", args->issue, "forecast only the issue with this name");
  command->add_option("--at", args->at, "dated scenario: the snapshot (id, or a date such as 2022-03; default: the latest)");
  command->add_option("--svg", args->svg, "write the chart of positions by round (one issue) to this SVG file");
  command->add_flag("--force", args->force, "overwrite the --svg file if it exists");
  command->add_flag("--json", args->json, "machine-readable output");

  auto* backtest_command = command->add_subcommand("backtest", "Mean absolute error of each model against DEU outcomes");
  auto backtest_args = std::make_shared<BacktestArguments>();
  backtest_command->add_option("FILE", backtest_args->file, "DEU file (deu3.csv)")->required();
  add_bdm_options(*backtest_command, backtest_args->bdm);
  backtest_command->add_flag("--json", backtest_args->json, "machine-readable output");
  backtest_command->callback([backtest_args] { run_backtest(*backtest_args); });

  command->callback([backtest_command, args] {
    if (!backtest_command->parsed()) run_forecast(*args);
  });
}

const parley::cli::RegisterCommand registered{"forecast", setup};

}  // namespace
