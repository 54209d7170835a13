// `parley analyze PATH [--json] [--max-frontier N] [--max-search-nodes N] [--max-enumeration N]
// [--max-comparisons N] [--points N]`: the agreement space of a scenario (YAML file, GENIUS or GeniusWeb folder) —
// Pareto frontier, reference points, ZOPA, opposition, each party's best and worst outcome.
// All computing is parley::analysis::analyze; --json prints report::analysis_to_json; the
// default output is aligned tables. See docs/cli/analyze.md.
// A dated scenario (the flagship) is analysed at `--at SNAPSHOT` (default: the latest);
// `--shock SPEC` changes it first and `--sweep` adds the sensitivity sweep (per snapshot when
// no --at is given): analysis/sensitivity.hpp, report/sensitivity_report.hpp, docs/cli/report.md.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "parley/analysis/analyze.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/io/load.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"
#include "parley/report/analysis_json.hpp"
#include "parley/report/sensitivity_report.hpp"

namespace {

using namespace parley;

struct AnalyzeArguments {
  std::string path;
  bool json = false;
  std::size_t max_frontier = analysis::FrontierOptions{}.max_frontier_points;
  std::uint64_t max_search_nodes = analysis::FrontierOptions{}.max_search_nodes;
  std::uint64_t max_enumeration = analysis::FrontierOptions{}.max_enumerated_outcomes;
  std::uint64_t max_comparisons = analysis::FrontierOptions{}.max_comparisons;
  std::size_t points = 10;
  std::string at;                   // snapshot of a dated scenario
  std::vector<std::string> shocks;  // "Russia.reservation-=0.1", ...
  bool sweep = false;
};

std::string utilities_text(const std::vector<double>& utilities) {
  std::string text;
  for (double u : utilities) text += fmt::format("{}{:.4f}", text.empty() ? "" : "  ", u);
  return text;
}

// Width of the label column: the longest of the reference-point names and "<party> worst".
std::size_t label_width(const Scenario& scenario) {
  std::size_t width = 18;
  for (const auto& party : scenario.parties) width = std::max(width, party.name.size() + 6);
  return width;
}

void print_point_row(const Scenario& scenario, const std::string& label,
                     const std::optional<analysis::AgreementPoint>& point, const std::string& missing) {
  const auto width = label_width(scenario);
  if (!point) {
    fmt::print("  {:<{}} {}\n", label, width, missing);
    return;
  }
  fmt::print("  {:<{}} {}   {}\n", label, width, utilities_text(point->utilities), scenario.space.describe(point->outcome));
}

void print_tables(const Scenario& scenario, const analysis::AnalysisResult& result, std::size_t rows) {
  const auto& space = scenario.space;
  fmt::print("scenario {}: {} parties, {} issues, {} outcomes\n\n", scenario.name, scenario.parties.size(),
             space.issue_count(), readable_count(space.cardinality().decimal()));

  std::size_t width = 5;
  for (const auto& party : scenario.parties) width = std::max(width, party.name.size());
  for (const auto& issue : space.issues()) width = std::max(width, issue.name().size());
  fmt::print("  {:<{}}  {:>11}  {}\n", "party", width, "reservation", "utility");
  for (const auto& party : scenario.parties)
    fmt::print("  {:<{}}  {:>11.4f}  {}\n", party.name, width, party.reservation_value,
               party.utility.is_additive() ? "additive" : "hyper-rectangles");
  fmt::print("\n  {:<{}}  {:>6}\n", "issue", width, "values");
  for (const auto& issue : space.issues()) fmt::print("  {:<{}}  {:>6}\n", issue.name(), width, issue.size());

  const auto& frontier = result.frontier;
  fmt::print("\nPareto frontier ({}): ", to_string(frontier.method));
  if (!frontier.computed()) {
    fmt::print("not computed: {}\n", frontier.reason);
  } else {
    fmt::print("{} points\n", frontier.size());
    const std::size_t shown = std::min(rows, frontier.size());
    for (std::size_t s = 0; s < shown; ++s) {
      // Spread the rows shown evenly over the frontier, first and last included.
      const std::size_t k = shown == 1 ? 0 : s * (frontier.size() - 1) / (shown - 1);
      const auto point = analysis::frontier_point(frontier, k);
      fmt::print("  {:<{}} {}   {}\n", fmt::format("#{}", k), label_width(scenario), utilities_text(point.utilities), space.describe(point.outcome));
    }
    if (shown < frontier.size()) fmt::print("  ({} of {} points shown; --json lists all)\n", shown, frontier.size());
  }

  const std::string no_frontier = "n/a (no frontier)";
  const std::string no_rational = frontier.computed() ? "none (no rational outcome)" : no_frontier;
  fmt::print("\nreference points (utilities in party order, then the outcome)\n");
  print_point_row(scenario, "nash", result.reference.nash, no_rational);
  print_point_row(scenario, "kalai-smorodinsky", result.reference.kalai_smorodinsky, no_rational);
  print_point_row(scenario, "kalai", result.reference.kalai, no_frontier);
  print_point_row(scenario, "max welfare", result.reference.max_welfare, no_frontier);
  print_point_row(scenario, "egalitarian", result.reference.egalitarian, no_frontier);

  const auto& zopa = result.zopa;
  fmt::print("\nZOPA: ");
  if (zopa.rational_outcomes)
    fmt::print("{} rational outcomes ({})", readable_count(zopa.rational_outcomes->decimal), to_string(zopa.method));
  else
    fmt::print("count not computed: {}", zopa.reason);
  fmt::print("; {}\n", !zopa.nonempty ? "existence unknown" : *zopa.nonempty ? "an agreement is possible" : "empty");
  if (result.opposition)
    fmt::print("opposition: {:.4f} (distance to the ideal point / sqrt(parties))\n", *result.opposition);
  else
    fmt::print("opposition: n/a (no frontier)\n");

  fmt::print("\nbest and worst outcome per party\n");
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
    // With red lines that exclude every outcome there is nothing to search.
    const std::string missing = !frontier.computed() && !result.zopa.reason.empty() && result.zopa.nonempty == false
                                    ? "none: no outcome respects every red line"
                                    : "not found within the search budget";
    print_point_row(scenario, scenario.parties[p].name + " best", result.extremes[p].best, missing);
    print_point_row(scenario, scenario.parties[p].name + " worst", result.extremes[p].worst, missing);
  }
}

std::vector<analysis::Shock> parse_shocks(const AnalyzeArguments& args) {
  std::vector<analysis::Shock> shocks;
  for (const auto& spec : args.shocks) shocks.push_back(analysis::parse_shock(spec));
  return shocks;
}

// The sweep of the analysed scenario, or of every snapshot of a dated scenario without --at.
void print_sweep(const AnalyzeArguments& args, const Scenario& scenario, const analysis::FrontierOptions& frontier,
                 nlohmann::ordered_json* json) {
  std::vector<std::pair<std::string, Scenario>> targets;
  if (args.at.empty() && io::has_timeline(args.path)) {
    const auto timeline = io::read_timeline(args.path);
    for (const auto& snapshot : timeline.snapshots)
      targets.emplace_back(snapshot.id, analysis::apply_shocks(scenario_at(timeline, snapshot), parse_shocks(args)));
  } else {
    targets.emplace_back(args.at, scenario);
  }
  auto all = nlohmann::ordered_json::array();
  for (const auto& [snapshot, target] : targets) {
    const auto sweep = analysis::sensitivity_sweep(target, frontier);
    if (json) {
      auto entry = report::sweep_json(target, sweep);
      if (!snapshot.empty()) entry["snapshot"] = snapshot;
      all.push_back(entry);
    } else {
      fmt::print("\nsensitivity{}\n{}", snapshot.empty() ? "" : " at " + snapshot, report::sweep_text(target, sweep));
    }
  }
  if (json) (*json)["sensitivity"] = all;
}

Scenario load_analysed_scenario(const AnalyzeArguments& args) {
  if (!args.at.empty() && !io::has_timeline(args.path))
    throw InputError(SourceLocation{args.path, 0, "--at"}, "--at needs a dated scenario (a folder whose scenario.yaml has `snapshots`)");
  if (!io::has_timeline(args.path)) return analysis::apply_shocks(io::load_scenario(args.path), parse_shocks(args));
  const auto timeline = io::read_timeline(args.path);
  // A date between snapshots picks the latest one before it: say which.
  if (const auto note = snapshot_choice_note(timeline, args.at); !note.empty()) fmt::print(stderr, "note: {}\n", note);
  const auto& snapshot = args.at.empty() ? latest_snapshot(timeline) : find_snapshot(timeline, args.at);
  return analysis::apply_shocks(scenario_at(timeline, snapshot), parse_shocks(args));
}

void run(const AnalyzeArguments& args) {
  const auto scenario = load_analysed_scenario(args);
  analysis::AnalysisOptions options;
  options.frontier.max_frontier_points = args.max_frontier;
  options.frontier.max_search_nodes = args.max_search_nodes;
  options.frontier.max_enumerated_outcomes = args.max_enumeration;
  options.frontier.max_comparisons = args.max_comparisons;
  options.zopa.max_search_nodes = args.max_search_nodes;
  options.max_extreme_search_nodes = args.max_search_nodes;
  const auto result = analysis::analyze(scenario, options);
  if (args.json) {
    auto json = report::analysis_to_json(scenario, result);
    json["shocks"] = args.shocks;  // the specs applied before analysis (empty: the scenario as written)
    if (args.sweep) print_sweep(args, scenario, options.frontier, &json);
    fmt::print("{}\n", json.dump(2));
  } else {
    print_tables(scenario, result, args.points);
    if (args.sweep) print_sweep(args, scenario, options.frontier, nullptr);
  }
}

void setup(CLI::App& root) {
  auto args = std::make_shared<AnalyzeArguments>();
  auto* command = root.add_subcommand(
      "analyze", "Agreement space of a scenario: Pareto frontier, Nash / Kalai points, ZOPA, opposition");
  command->add_option("path", args->path, "YAML scenario file, or a GENIUS / GeniusWeb folder")->required();
  command->add_flag("--json", args->json, "print one JSON object (schema: docs/cli/analyze.md)");
  command->add_option("--max-frontier", args->max_frontier, "give up on frontiers with more points than this")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--max-search-nodes", args->max_search_nodes,
                      "node budget of each search (nonlinear frontier, ZOPA count, best/worst)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--max-enumeration", args->max_enumeration,
                      "nonlinear spaces up to this many outcomes are walked in full, without budget")
      ->capture_default_str();
  command->add_option("--max-comparisons", args->max_comparisons,
                      "work budget of the additive frontier merge (candidates, comparisons and outcome values)")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  command->add_option("--points", args->points, "frontier rows shown in the tables")->capture_default_str();
  command->add_option("--at", args->at, "dated scenario: the snapshot (id, or a date such as 2022-03; default: the latest)");
  command->add_option("--shock", args->shocks,
                      "change the scenario first (repeatable): PARTY.reservation-=0.1, PARTY.weight.ISSUE*=1.5, "
                      "PARTY.evaluation.ISSUE.VALUE=0.2 (operators =, +=, -=, *=), PARTY.red-line.ISSUE=off, "
                      "set-aside.ISSUE");
  command->add_flag("--sweep", args->sweep,
                    "add the sensitivity sweep: ZOPA margin, the reservation value at which the ZOPA opens or closes, "
                    "blocking issues (every snapshot of a dated scenario unless --at is given)");
  command->callback([args] { run(*args); });
}

const parley::cli::RegisterCommand registered{"analyze", setup};

}  // namespace
