// `parley tournament`: every agent against every agent on every scenario, into a resumable
// results folder; all cores, and every process of an MPI job (docs/cli/tournament.md).
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include <unistd.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "numeric_options.hpp"
#include "parley/model/error.hpp"
#include "parley/negotiation/agent_spec.hpp"
#include "parley/tournament/model_quality_summary.hpp"
#include "parley/tournament/run_tournament.hpp"
#include "parley/tournament/uncertainty_summary.hpp"

namespace {

using namespace parley::tournament;

struct Options {
  std::string agents, opponents;
  std::vector<std::string> scenarios;
  TournamentConfig config;
  std::string out;
  int threads = 0;
  double batch_seconds = 1.0;
  bool resume = false, force = false, repair = false, json = false;
};

std::string clock_text(double seconds) {
  if (!std::isfinite(seconds) || seconds < 0) return "--:--";
  const auto s = static_cast<long>(seconds + 0.5);
  return s >= 3600 ? fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60) : fmt::format("{}:{:02}", s / 60, s % 60);
}

// One line redrawn in place: [#####.....] 812/1600 51% 1234 sessions/s, 0:06 left.
void draw_progress(const Progress& p) {
  constexpr int kWidth = 30;
  const double fraction = p.total ? static_cast<double>(p.done) / static_cast<double>(p.total) : 1;
  const int filled = static_cast<int>(fraction * kWidth);
  const double rate = p.seconds > 0 ? static_cast<double>(p.done - p.resumed_from) / p.seconds : 0;
  const double left = rate > 0 ? static_cast<double>(p.total - p.done) / rate : -1;
  fmt::print(stderr, "\r[{}{}] {}/{} {:3.0f}%  {:.0f} sessions/s  {} left ", std::string(filled, '#'),
             std::string(kWidth - filled, '.'), p.done, p.total, 100 * fraction, rate, clock_text(left));
  std::fflush(stderr);
}

void run(const Options& options, ProcessGroup& group) {
  TournamentConfig config = options.config;
  if (!config.model_quality_times.empty()) config.model_quality = true;
  config.agents = parley::negotiation::split_agent_list(options.agents);
  if (!options.opponents.empty()) config.opponents = parley::negotiation::split_agent_list(options.opponents);
  for (const auto& path : options.scenarios) config.scenarios.emplace_back(path);
  const Tournament tournament = prepare_on_every_rank(config, options.threads, group);

  RunOptions run_options;
  run_options.out = options.out;
  run_options.mode = options.force    ? StoreMode::force
                     : options.resume ? StoreMode::resume
                     : options.repair ? StoreMode::repair
                                      : StoreMode::start_or_continue;
  run_options.threads = options.threads;
  run_options.batch_seconds = options.batch_seconds;
  const bool terminal = group.is_root() && isatty(STDERR_FILENO);
  if (terminal) run_options.on_progress = draw_progress;
  if (group.is_root() && group.uses_mpi())
    fmt::print(stderr, "parley tournament: {} MPI processes, {} sessions\n", group.size(), tournament.session_count());

  const auto summary = run_tournament(tournament, run_options, group);
  if (!group.is_root()) return;
  if (terminal) fmt::print(stderr, "\n");
  if (summary.repair)
    fmt::print(stderr, "repaired {}: kept {} intact records, dropped {} damaged lines and {} repeated records, ran {} "
               "missing sessions again\n",
               options.out, summary.repair->kept, summary.repair->dropped_lines, summary.repair->duplicates,
               summary.repair->rerun);
  const bool uncertain = !config.uncertainty.empty();
  const auto models = config.model_quality ? model_quality_rows(tournament, options.out) : std::vector<ModelQualityRow>{};
  const auto beliefs = uncertain ? uncertainty_rows(tournament, options.out) : std::vector<UncertaintyRow>{};
  if (options.json) {
    nlohmann::json out{{"sessions", summary.sessions},
                       {"resumed_from", summary.resumed_from},
                       {"ran", summary.ran},
                       {"out", options.out},
                       {"ranking", ranking_json(summary.ranking)}};
    if (uncertain) out["uncertainty"] = uncertainty_json(beliefs);
    if (config.model_quality) out["opponent_models"] = model_quality_json(models);
    fmt::print("{}\n", out.dump(2));
    return;
  }
  fmt::print("{}", ranking_table(summary.ranking));
  if (uncertain)
    fmt::print("\nunder uncertainty ({}, estimator {}): true vs estimated utility and elicitation cost per seat\n{}",
               config.uncertainty, config.estimator, uncertainty_table(beliefs));
  if (config.model_quality)
    fmt::print("\nopponent models at the end of each session, mean per agent (against the opponents' true utility)\n{}",
               model_quality_table(models));
  fmt::print("\n{} sessions ({} recorded before, {} run now in {:.2f} s); results in {}\n", summary.sessions,
             summary.resumed_from, summary.ran, summary.seconds, options.out);
}

void setup(CLI::App& root) {
  auto options = std::make_shared<Options>();
  auto* command = root.add_subcommand(
      "tournament", "run every agent against every agent on every scenario (resumable; threads and MPI)");
  command->add_option("--agents", options->agents, "agent specs, separated by ';' (or ',' between plain names)")->required();
  command->add_option("--opponents", options->opponents, "fixed opponents the agents face instead of each other (not ranked)");
  command->add_option("--scenarios", options->scenarios, "scenario files or folders (YAML, GENIUS, GeniusWeb)")
      ->required()
      ->expected(1, -1);
  command->add_option("--repetitions", options->config.repetitions, "times each pairing is played")
      ->check(parley::cli::whole_number_within(1, parley::cli::kRepetitionsBudget))
      ->capture_default_str();
  command->add_option("--rounds", options->config.rounds, "deadline of every session in rounds")
      ->check(parley::cli::whole_number_within(1, parley::cli::kRoundsBudget))
      ->capture_default_str();
  command->add_option("--timeline", options->config.timeline, "parley (t = r / N) or genius (t = r / (N + 1), GENIUS's discrete timeline)")
      ->capture_default_str();
  command->add_option("--protocol", options->config.protocol, "auto | sao | saop | mediated")->capture_default_str();
  command->add_option("--mediator", options->config.mediator, "mediator spec (protocol mediated)")->capture_default_str();
  command->add_option("--seed", options->config.seed, "the tournament's one seed")
      ->check(parley::cli::unsigned_64bit())
      ->capture_default_str();
  command->add_option("--uncertainty", options->config.uncertainty,
                      "agents see only a user model (ANAC 2019): profiles[:cost=C] (the UNCERTAIN profiles' parties) or "
                      "ranked:N[,cost=C] (every party, N ranked bids); see docs/elicitation.md");
  command->add_option("--estimator", options->config.estimator, "how agents under uncertainty estimate: lp | counting")
      ->check(CLI::IsMember({"lp", "counting"}))
      ->capture_default_str();
  command->add_flag("--model-quality", options->config.model_quality,
                    "measure the agents' opponent models against the opponents' true utility (records and summary)");
  command->add_option("--model-quality-at", options->config.model_quality_times,
                      "also measure at these times, comma-separated in (0, 1) (implies --model-quality)")
      ->delimiter(',');
  command->add_flag("--self-play", options->config.self_play, "let an agent also face itself");
  command->add_option("--max-assignments", options->config.max_assignments,
                      "role assignments per scenario before a seeded sample is drawn")
      ->capture_default_str();
  command->add_option("--threads", options->threads, "threads per process (0 = every core)")
      ->check(parley::cli::whole_number(0, 4096))
      ->capture_default_str();
  command->add_option("--batch-seconds", options->batch_seconds, "work between two durable writes of the store")
      ->capture_default_str()
      ->check(parley::cli::finite_number(1e-3, 3600));
  command->add_option("--out", options->out, "results folder (manifest.json, results.jsonl, ranking.*)")->required();
  auto* resume = command->add_flag("--resume", options->resume, "continue (or re-summarise) the tournament in --out");
  auto* force = command->add_flag("--force", options->force, "discard the tournament in --out and start over")->excludes(resume);
  command->add_flag("--repair", options->repair,
                    "mend a damaged results.jsonl in --out: keep every intact record, rerun missing sessions, continue")
      ->excludes(resume)
      ->excludes(force);
  command->add_flag("--json", options->json, "print the summary as JSON");
  command->callback([options] {
    auto& group = ProcessGroup::join();
    try {
      run(*options, group);
    } catch (const StoppedByRoot&) {
      parley::cli::set_exit_code(2);  // rank 0 prints the reason
    } catch (const parley::InputError&) {
      if (group.is_root()) throw;
      parley::cli::set_exit_code(2);  // every rank sees the same bad input; rank 0 reports it
    } catch (const std::exception& e) {
      if (group.size() <= 1) throw;
      fmt::print(stderr, "internal error on rank {}: {}\n", group.rank(), e.what());
      group.abort(1);  // the other ranks would wait forever in the next collective call
    }
  });
}

const parley::cli::RegisterCommand registered{"tournament", setup};

}  // namespace
