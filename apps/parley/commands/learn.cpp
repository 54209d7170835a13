// `parley learn SCENARIO --party P [--bids N] [--seed S] [--no-frontier] [--json] [--write FILE]`:
// estimates a party's additive utility from its stated preferences (a GeniusWeb partial
// ordering, a GENIUS ranking) or from a GENIUS ranked sample of N bids drawn from its true
// utility, by linear programming and by the counting baseline, and prints how well each
// estimate fits the true utility (elicitation::run_learning). --write saves the scenario with
// the LP estimate as the party's utility (YAML; never over an existing file unless --force).
// See docs/cli/learn.md.
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "parley/elicitation/learning_run.hpp"
#include "parley/io/load.hpp"
#include "parley/model/error.hpp"

namespace {

using namespace parley;

struct LearnArguments {
  std::string scenario;
  std::string party;
  std::size_t bids = 0;
  std::uint64_t seed = 0;
  bool no_frontier = false;
  bool json = false;
  std::string write;
  bool force = false;
};

std::string optional_number(const std::optional<double>& value) {
  return value ? fmt::format("{:.4f}", *value) : std::string("-");
}

nlohmann::ordered_json utility_json(const Scenario& scenario, const AdditiveUtility& utility) {
  nlohmann::ordered_json out = nlohmann::ordered_json::object();
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    const auto& issue = scenario.space.issue(i);
    nlohmann::ordered_json evaluations = nlohmann::ordered_json::object();
    for (std::size_t k = 0; k < issue.size(); ++k) evaluations[issue.label(k)] = utility.evaluations[i][k];
    out[issue.name()] = {{"weight", utility.weights[i]}, {"evaluations", evaluations}};
  }
  return out;
}

nlohmann::ordered_json run_json(const Scenario& scenario, const elicitation::LearningRun& run) {
  nlohmann::ordered_json out;
  out["scenario"] = scenario.name;
  out["party"] = run.party;
  out["statements_from"] = run.statements_from;
  out["statements"] = run.statements;
  out["ranking"] = nlohmann::ordered_json::array();
  for (const auto& outcome : run.ranking) out["ranking"].push_back(scenario.space.describe(outcome));
  out["truth_known"] = run.truth_known;
  out["estimates"] = nlohmann::ordered_json::array();
  for (const auto& estimate : run.estimates) {
    nlohmann::ordered_json e;
    e["method"] = estimate.method;
    e["violated_statements"] = estimate.violated;
    if (estimate.rank) {
      e["spearman"] = estimate.rank->spearman;
      e["kendall"] = estimate.rank->kendall;
      e["outcomes_compared"] = estimate.rank->outcomes;
      e["sampled"] = estimate.rank->sampled;
    }
    if (estimate.frontier) {
      e["frontier_error"] = estimate.frontier->frontier_error ? nlohmann::ordered_json(*estimate.frontier->frontier_error)
                                                              : nlohmann::ordered_json(nullptr);
      e["nash_error"] = estimate.frontier->nash_error ? nlohmann::ordered_json(*estimate.frontier->nash_error)
                                                      : nlohmann::ordered_json(nullptr);
    }
    e["utility"] = utility_json(scenario, estimate.utility);
    out["estimates"].push_back(e);
  }
  return out;
}

void print_run(const Scenario& scenario, const elicitation::LearningRun& run) {
  fmt::print("{}: {} learnt from {} ({} comparisons)\n\n", scenario.name, run.party, run.statements_from,
             run.statements);
  if (run.truth_known) {
    fmt::print("  {:<9} {:>9} {:>9} {:>9} {:>10} {:>9}\n", "method", "spearman", "kendall", "violated", "frontier", "nash");
    for (const auto& e : run.estimates)
      fmt::print("  {:<9} {:>9.4f} {:>9.4f} {:>9} {:>10} {:>9}\n", e.method, e.rank->spearman, e.rank->kendall,
                 e.violated, e.frontier ? optional_number(e.frontier->frontier_error) : "-",
                 e.frontier ? optional_number(e.frontier->nash_error) : "-");
    const auto& rank = *run.estimates.front().rank;
    fmt::print("\n  correlations over {} {} outcomes; frontier = mean distance of the estimated frontier to the true "
               "one, nash = distance between the Nash points (true utilities)\n",
               rank.outcomes, rank.sampled ? "sampled" : "(all)");
  } else {
    fmt::print("  the true utility is unknown (only comparisons were given): no fit measures\n");
  }
  const auto& party = scenario.parties[*scenario.find_party(run.party)];
  fmt::print("\n  {:<24} {:>8}", "issue weights", run.truth_known ? "true" : "");
  for (const auto& e : run.estimates) fmt::print(" {:>9}", e.method);
  fmt::print("\n");
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    const auto truth = run.truth_known && party.utility.is_additive()
                           ? fmt::format("{:.4f}", party.utility.additive().weights[i])
                           : std::string("");
    fmt::print("  {:<24} {:>8}", scenario.space.issue(i).name(), truth);
    for (const auto& e : run.estimates) fmt::print(" {:>9.4f}", e.utility.weights[i]);
    fmt::print("\n");
  }
}

void run(const LearnArguments& args, const CLI::App& command) {
  io::LoadOptions load;
  load.estimate_utility = elicitation::utility_estimator();
  auto scenario = io::load_scenario(args.scenario, load);
  elicitation::LearningRunOptions options;
  if (command.count("--bids")) options.bids = args.bids;
  if (command.count("--seed")) options.seed = args.seed;
  options.frontier = !args.no_frontier;
  const auto result = elicitation::run_learning(scenario, args.party, options);
  if (args.json)
    fmt::print("{}\n", run_json(scenario, result).dump(2));
  else
    print_run(scenario, result);
  if (args.write.empty()) return;
  auto& party = scenario.parties[*scenario.find_party(result.party)];
  party.utility = result.estimates.front().utility;
  party.user_model.reset();  // the YAML format holds the estimate, not the statements
  io::save_scenario(scenario, args.write, io::ScenarioFormat::yaml, args.force);
  if (!args.json) fmt::print("\nwrote {} with the LP estimate as {}'s utility\n", args.write, result.party);
}

void setup(CLI::App& root) {
  auto args = std::make_shared<LearnArguments>();
  auto* command = root.add_subcommand("learn", "Estimate a party's utility from a ranking or comparisons (LP and "
                                               "counting) and show how well it fits");
  command->add_option("SCENARIO", args->scenario, "scenario: YAML, GENIUS (UNCERTAIN profiles) or GeniusWeb folder")
      ->required();
  command->add_option("--party", args->party, "the party to learn")->required();
  command->add_option("--bids", args->bids, "ranked bids to draw (default: the profile's <comparisons>)")
      ->check(CLI::Range(std::size_t{2}, std::size_t{1'000'000}));
  command->add_option("--seed", args->seed, "seed of the ranked sample (default: GENIUS's fixed seed 314)");
  command->add_flag("--no-frontier", args->no_frontier, "skip the frontier and Nash errors");
  command->add_flag("--json", args->json, "print JSON (docs/cli/learn.md)");
  command->add_option("--write", args->write, "save the scenario with the LP estimate to this new YAML file");
  command->add_flag("--force", args->force, "let --write replace an existing file");
  command->callback([args, command] { run(*args, *command); });
}

const parley::cli::RegisterCommand registered{"learn", setup};

}  // namespace
