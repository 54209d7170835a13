// `parley negotiate PATH --agents A,B[,C...]`: one negotiation session on a scenario, with an
// optional JSON Lines trace and utility-space plot. See docs/cli/negotiate.md.
#include <algorithm>
#include <filesystem>
#include <sstream>
#include <memory>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <fmt/ranges.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "numeric_options.hpp"
#include "parley/analysis/red_lines.hpp"
#include "parley/analysis/sensitivity.hpp"
#include "parley/io/load.hpp"
#include "parley/io/safe_write.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "parley/negotiation/session_json.hpp"
#include "parley/report/analysis_json.hpp"
#include "parley/report/utility_plot.hpp"
#include "parley/tournament/uncertainty_setup.hpp"

namespace {

using namespace parley::negotiation;

struct NegotiateArguments {
  std::string path;
  std::string at;  // snapshot of a dated scenario (default: the latest)
  std::string agents;
  std::string protocol = "auto";
  std::string mediator = "hillclimb";
  std::string parties;
  int rounds = 0;
  std::string timeline = "parley";
  double time = 0;
  double action_timeout = 0;
  std::uint64_t seed = 1;
  std::string trace;
  std::string plot;
  std::string pair;
  bool json = false;
  bool force = false;
  bool without_red_lines = false;
  std::vector<std::string> drop_red_lines;  // "Party.issue"
  std::vector<std::string> shocks;          // as `parley analyze --shock`: the what-if negotiated
  std::string uncertainty;
  std::string estimator = "lp";
  bool model_quality = false;
  std::vector<double> model_quality_times;
};

std::vector<std::string> split_names(const std::string& text) {
  std::vector<std::string> names;
  std::string current;
  for (char c : text) {
    if (c == ',') names.push_back(current), current.clear();
    else current += c;
  }
  names.push_back(current);
  return names;
}

std::size_t party_index(const parley::Scenario& scenario, const std::string& name, const std::string& option) {
  return parley::require_party(scenario, name, parley::SourceLocation{"", 0, option});
}

// Output files are written whole at the end (write_file_atomically): an interrupted or failed
// run leaves no partial file; an existing file is checked up front so that no session runs in vain.
parley::io::WriteMode output_mode(const std::string& path, bool force) {
  const auto mode = force ? parley::io::WriteMode::replace : parley::io::WriteMode::create_new;
  std::error_code ec;
  if (mode == parley::io::WriteMode::create_new && std::filesystem::symlink_status(path, ec).type() != std::filesystem::file_type::not_found)
    throw parley::InputError(parley::SourceLocation{path, 0, ""}, "the file exists; add --force to overwrite it");
  parley::io::AtomicFile probe(path, mode);  // fails now when the folder is not writable
  return mode;
}

SessionConfig build_config(const NegotiateArguments& args, const parley::Scenario& scenario) {
  SessionConfig config;
  config.seed = args.seed;
  config.rounds = args.rounds > 0 ? args.rounds : (args.time > 0 ? 0 : 100);
  config.time_limit = args.time;
  config.timeline = *timeline_from_string(args.timeline);  // CLI11 checked the name
  config.action_timeout = args.action_timeout;
  std::vector<std::string> names;
  for (const auto& party : scenario.parties) names.push_back(party.name);
  config.mediator = parse_mediator_spec(args.mediator, names);
  if (!args.parties.empty())
    for (const auto& name : split_names(args.parties)) config.parties.push_back(party_index(scenario, name, "--parties"));
  if (args.protocol == "auto") {
    const std::size_t count = config.parties.empty() ? scenario.parties.size() : config.parties.size();
    config.protocol = count == 2 ? Protocol::sao : Protocol::saop;
  } else if (const auto protocol = protocol_from_string(args.protocol)) {
    config.protocol = *protocol;
  } else {
    throw parley::InputError(parley::SourceLocation{"", 0, "--protocol"},
                             fmt::format("must be auto, sao, saop or mediated, got '{}'", args.protocol));
  }
  if (config.protocol != Protocol::mediated) config.mediator.party.reset();
  config.model_quality.enabled = args.model_quality || !args.model_quality_times.empty();
  config.model_quality.times = args.model_quality_times;
  return config;
}

std::string distance_text(const std::optional<double>& d) { return d ? fmt::format("{:.4f}", *d) : "n/a"; }

void print_result(const parley::Scenario& scenario, const SessionConfig& config, const SessionResult& result,
                  const PreparedScenario& prepared) {
  fmt::print("scenario  {} ({} parties, {} outcomes)\n", scenario.name, scenario.parties.size(),
             parley::readable_count(scenario.space.cardinality().decimal()));
  const std::string deadline = config.rounds > 0 ? fmt::format("{} rounds", config.rounds) : fmt::format("{} s", config.time_limit);
  fmt::print("protocol  {}{}, {}, seed {}\n", to_string(config.protocol),
             config.protocol == Protocol::mediated ? " (" + config.mediator.spec + ")" : "", deadline, config.seed);
  if (result.agreement) {
    fmt::print("result    agreement in round {} (t = {:.3f}), {} offers\n", result.rounds, result.t, result.offers);
    fmt::print("outcome   {}\n", scenario.space.describe(*result.agreement));
  } else {
    std::string why = std::string(to_string(result.reason));
    if (result.acting_party) why += " by " + scenario.parties[*result.acting_party].name;
    if (!result.failure.empty()) why += ": " + result.failure;
    fmt::print("result    no agreement ({}) after {} rounds (t = {:.3f}), {} offers\n", why, result.rounds, result.t,
               result.offers);
  }
  std::size_t name_width = 5, agent_width = 5;
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) name_width = std::max(name_width, scenario.parties[p].name.size());
  for (const auto& spec : result.agents) agent_width = std::max(agent_width, spec.size());
  const bool uncertain = !result.estimated_utilities.empty();
  fmt::print("\n{:<{}}  {:<{}}  {:>7}  {:>10}  {:>11}{}\n", "party", name_width, "agent", agent_width, "utility", "discounted",
             "reservation", uncertain ? fmt::format("  {:>9}  {:>8}  {:>8}", "estimated", "cost", "elicited") : "");
  for (std::size_t p = 0; p < scenario.parties.size(); ++p) {
    const auto k = std::find(result.parties.begin(), result.parties.end(), p);
    const std::string agent = k == result.parties.end() ? (config.mediator.party == p ? "(mediator)" : "-")
                                                        : result.agents[static_cast<std::size_t>(k - result.parties.begin())];
    std::string beliefs;
    if (uncertain)
      beliefs = result.estimated_utilities[p]
                    ? fmt::format("  {:>9.4f}  {:>8.4f}  {:>8}", *result.estimated_utilities[p], result.elicitation_costs[p],
                                  result.elicitation_queries[p])
                    : fmt::format("  {:>9}  {:>8}  {:>8}", "(known)", "-", "-");
    fmt::print("{:<{}}  {:<{}}  {:>7.4f}  {:>10.4f}  {:>11.4f}{}\n", scenario.parties[p].name, name_width, agent, agent_width,
               result.utilities[p], result.discounted_utilities[p], scenario.parties[p].reservation_value, beliefs);
  }
  fmt::print("\ndistance to Pareto frontier {}, Nash {}, Kalai-Smorodinsky {}\n", distance_text(result.pareto_distance),
             distance_text(result.nash_distance), distance_text(result.kalai_smorodinsky_distance));
  if (!prepared.frontier().computed()) fmt::print("(frontier not computed: {})\n", prepared.frontier().reason);
  if (!config.model_quality.enabled) return;
  if (result.opponent_models.empty()) fmt::print("\nopponent models: no agent exposes one\n");
  for (const auto& report : result.opponent_models) {
    const auto& end = report.measures.back().quality;
    fmt::print("{}{}'s model of {}: Pearson {:.4f}, ranking distance {:.4f} over {} {}outcomes\n",
               &report == &result.opponent_models.front() ? "\nopponent models (at the end)\n" : "",
               scenario.parties[report.party].name, scenario.parties[report.opponent].name, end.pearson,
               end.ranking_distance, end.outcomes, end.sampled ? "sampled " : "");
  }
}

void run(const NegotiateArguments& args) {
  const auto specs = split_agent_list(args.agents);
  for (const auto& spec : specs) check_agent_spec(spec);  // fail fast, before loading
  if (!args.at.empty() && !parley::io::has_timeline(args.path))
    throw parley::InputError(parley::SourceLocation{args.path, 0, "--at"}, "--at needs a dated scenario (a folder whose scenario.yaml has `snapshots`)");
  if (!args.at.empty()) {
    const auto timeline = parley::io::read_timeline(args.path);
    if (const auto note = parley::snapshot_choice_note(timeline, args.at); !note.empty()) fmt::print(stderr, "note: {}\n", note);
  }
  // Red lines are public: the session runs over the outcomes no party's red line excludes
  // (docs/algorithms/red_lines.md); labels are unchanged, so the output names the same options.
  // When they leave nothing to sign the session cannot start; the user may negotiate the snapshot
  // as if some were conceded (--drop-red-line) or on the additive model alone (--without-red-lines).
  const parley::analysis::RedLineChoice choice{args.without_red_lines, args.drop_red_lines};
  std::vector<parley::analysis::Shock> shocks;
  for (const auto& spec : args.shocks) shocks.push_back(parley::analysis::parse_shock(spec));
  const auto loaded = parley::analysis::apply_shocks(
      args.at.empty() ? parley::io::load_scenario(args.path) : parley::io::read_timeline_scenario(args.path, args.at), shocks);
  const auto restriction = parley::analysis::negotiable_space(
      loaded, choice, parley::SourceLocation{args.path, 0, args.drop_red_lines.empty() ? "" : "--drop-red-line"},
      fmt::format("To negotiate as if some were conceded, add --drop-red-line PARTY.ISSUE (repeatable; `parley report {}` "
                  "lists, per snapshot, the concessions that reopen the ZOPA), or --without-red-lines for the additive model alone",
                  args.path));
  if (const auto label = parley::analysis::red_line_choice_label(loaded, choice); !label.empty() && !args.json)
    fmt::print("{}\n", label);
  const PreparedScenario prepared(*restriction.scenario);
  const auto& scenario = prepared.scenario();
  SessionConfig config = build_config(args, scenario);
  if (!args.uncertainty.empty())
    config.uncertainty = parley::tournament::prepare_uncertainty(prepared, args.uncertainty, args.estimator, args.seed);

  std::size_t x_party = 0, y_party = 1;
  const auto negotiators = negotiating_parties(prepared, config);
  if (negotiators.size() >= 2) x_party = negotiators[0], y_party = negotiators[1];
  if (!args.pair.empty()) {
    const auto names = split_names(args.pair);
    if (names.size() != 2 || names[0] == names[1])
      throw parley::InputError(parley::SourceLocation{"", 0, "--pair"}, "needs two different party names: P1,P2");
    x_party = party_index(scenario, names[0], "--pair");
    y_party = party_index(scenario, names[1], "--pair");
  }

  const bool want_trace = !args.trace.empty(), want_plot = !args.plot.empty();
  const auto trace_mode = want_trace ? output_mode(args.trace, args.force) : parley::io::WriteMode::create_new;
  const auto plot_mode = want_plot ? output_mode(args.plot, args.force) : parley::io::WriteMode::create_new;
  std::ostringstream trace_text;
  std::unique_ptr<JsonlTraceWriter> writer;
  if (want_trace) writer = std::make_unique<JsonlTraceWriter>(trace_text, scenario);
  OfferRecorder recorder(scenario);
  TimelineRecorder timeline(scenario);
  std::vector<TraceSink*> sinks;
  if (writer) sinks.push_back(writer.get());
  if (want_plot) sinks.push_back(&recorder);
  if (args.json) sinks.push_back(&timeline);
  TeeSink tee(sinks);

  const SessionResult result = run_session(prepared, specs, config, sinks.empty() ? nullptr : &tee);

  if (want_trace) parley::io::write_file_atomically(args.trace, trace_text.str(), trace_mode);
  if (want_plot) {
    parley::report::UtilityPlotInput plot{&prepared, x_party, y_party, &recorder.offers(), result.agreement};
    plot.title = fmt::format("{}: {} ({})", scenario.name.empty() ? std::string("scenario") : scenario.name,
                             fmt::join(result.agents, " vs "), to_string(config.protocol));
    plot.seed = config.seed;
    parley::io::write_file_atomically(args.plot, parley::report::render_utility_plot(plot), plot_mode);
  }
  if (args.json) {
    auto out = session_result_json(scenario, config, result, &timeline);
    out["red_lines"] = parley::report::red_line_choice_json(loaded, choice);
    out["shocks"] = args.shocks;  // as `parley analyze --json`: the specs applied (empty: as written)
    fmt::print("{}\n", out.dump(2));
  } else {
    print_result(scenario, config, result, prepared);
  }
  // Standard output stays one JSON document under --json, so the note goes to standard error.
  if (want_plot)
    fmt::print(args.json ? stderr : stdout, "{}plot written to {} ({} and {})\n", args.json ? "" : "\n", args.plot,
               scenario.parties[x_party].name, scenario.parties[y_party].name);
}

void setup(CLI::App& root) {
  auto args = std::make_shared<NegotiateArguments>();
  auto* command = root.add_subcommand("negotiate", "simulate one negotiation session between agents on a scenario");
  command->add_option("PATH", args->path, "scenario (YAML file, GENIUS or GeniusWeb folder)")->required();
  command->add_option("--at", args->at, "dated scenario: the snapshot (id, or a date such as 2022-03; default: the latest)");
  command->add_option("--agents", args->agents, "one agent spec per negotiating party, in party order (see `parley agents`)")
      ->required();
  command->add_option("--protocol", args->protocol, "sao, saop or mediated (auto: sao for two parties, else saop)")
      ->capture_default_str();
  command->add_option("--mediator", args->mediator, "mediated protocol: hillclimb or veto[:party=NAME,stake=0|1,explore=X]")
      ->capture_default_str();
  command->add_option("--parties", args->parties, "negotiating parties in turn order, comma-separated (default: all)");
  auto* rounds = command->add_option("--rounds", args->rounds, "deadline in rounds (default 100); t = round / N")
                     ->check(parley::cli::whole_number_within(1, parley::cli::kRoundsBudget));
  command->add_option("--timeline", args->timeline, "parley: round r at t = r / N; genius: t = r / (N + 1), GENIUS's discrete timeline")
      ->check(CLI::IsMember({"parley", "genius"}))
      ->capture_default_str();
  command->add_option("--time", args->time, "deadline in seconds (t = elapsed / S; not reproducible)")
      ->check(parley::cli::finite_number_within(1e-3, parley::cli::kSessionSecondsBudget))
      ->excludes(rounds);
  command->add_option("--action-timeout", args->action_timeout, "seconds one agent action may take (0: unchecked)")
      ->check(parley::cli::finite_number_within(0, parley::cli::kSessionSecondsBudget));
  command->add_option("--seed", args->seed, "seed of every random choice")
      ->check(parley::cli::unsigned_64bit())
      ->capture_default_str();
  command->add_option("--trace", args->trace, "write every action as JSON Lines to this file");
  command->add_option("--plot", args->plot, "write the utility-space plot of two parties to this SVG file");
  command->add_option("--pair", args->pair, "the two parties of the plot: P1,P2 (default: the first two negotiators)");
  command->add_option("--uncertainty", args->uncertainty,
                      "agents see only a user model (ANAC 2019): profiles[:cost=C] or ranked:N[,cost=C]; see docs/elicitation.md");
  command->add_option("--estimator", args->estimator, "how agents under uncertainty estimate: lp | counting")
      ->check(CLI::IsMember({"lp", "counting"}))
      ->capture_default_str();
  command->add_flag("--model-quality", args->model_quality,
                    "measure each agent's opponent model against the opponent's true utility at the end (Pearson, "
                    "ranking distance; in the output, --json and --trace)");
  command->add_option("--model-quality-at", args->model_quality_times,
                      "also measure at these times, comma-separated in (0, 1), e.g. 0.25,0.5,0.75 (implies --model-quality)")
      ->delimiter(',');
  command->add_flag("--force", args->force, "overwrite the --trace / --plot files if they exist");
  command->add_flag("--json", args->json, "print the result as one JSON object");
  auto* without = command->add_flag("--without-red-lines", args->without_red_lines,
                                    "negotiate the additive model alone, ignoring every red line (said in the output)");
  command->add_option("--shock", args->shocks,
                      "negotiate a what-if (repeatable): the shocks of `parley analyze --shock`, e.g. "
                      "Russia.reservation-=0.1, Russia.red-line.crimea=off, set-aside.sanctions");
  command->add_option("--drop-red-line", args->drop_red_lines,
                      "negotiate as if this red line were conceded: PARTY.ISSUE, e.g. Russia.crimea (repeatable)")
      ->excludes(without);
  command->callback([args] { run(*args); });
}

const parley::cli::RegisterCommand registered{"negotiate", setup};

}  // namespace
