// `parley report PATH [--json] [--out DIR] [--force] [--shock SPEC]... [--seed N] [--rounds N]
// [--no-simulation] [--mark-broken-citations]`: the timeline report of a dated scenario (the flagship) — a terminal
// summary, and with --out a self-contained HTML report. All computing and rendering is
// parley::report (flagship_report.hpp). The citation check of `parley evidence verify` runs
// first: broken citations make it refuse (exit 2) unless --mark-broken-citations. See
// docs/cli/report.md.
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "numeric_options.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"
#include "parley/report/flagship_report.hpp"
#include "parley/report/report_json.hpp"

namespace {

using namespace parley;

struct ReportArguments {
  std::string path;
  std::string out;
  bool force = false;
  std::vector<std::string> shocks;
  std::uint64_t seed = 1;
  int rounds = 100;
  bool no_simulation = false;
  bool mark_broken_citations = false;
  bool json = false;
};

void run(const ReportArguments& args) {
  if (!io::has_timeline(args.path))
    throw InputError(SourceLocation{args.path, 0, ""},
                     "not a dated scenario: `parley report` needs a scenario folder with `snapshots` (e.g. scenarios/russia-ukraine); "
                     "use `parley analyze` for a single scenario");
  report::TimelineReportOptions options;
  options.seed = args.seed;
  options.rounds = args.rounds;
  options.simulate = !args.no_simulation;
  for (const auto& spec : args.shocks) options.shocks.push_back(analysis::parse_shock(spec));
  // Refuse before the (longer) computation when the report would overwrite one.
  if (!args.out.empty() && !args.force && std::filesystem::exists(std::filesystem::path(args.out) / "index.html"))
    throw InputError(SourceLocation{(std::filesystem::path(args.out) / "index.html").string(), 0, ""},
                     "a report already exists here; add --force to overwrite it");
  const auto timeline = io::read_timeline(args.path);
  const auto built = report::build_timeline_report(timeline, options);
  // The report states that its citations were checked: with a broken one it refuses (exit 2,
  // the list), unless told to mark each broken citation on the page.
  if (!built.citations.ok() && !args.mark_broken_citations) {
    fmt::print(stderr, "{}", evidence::to_text(built.citations, args.path));
    fmt::print(stderr, "error: {}: the citation check failed; fix the citations above (see `parley evidence verify`), "
                       "or add --mark-broken-citations to report with each broken citation marked\n", args.path);
    cli::set_exit_code(2);
    return;
  }
  if (args.json) fmt::print("{}\n", report::report_to_json(built).dump(2));
  else fmt::print("{}", report::render_terminal_summary(built));
  if (!args.out.empty()) {
    const auto file = report::write_html_report(built, args.out, args.force);
    fmt::print(args.json ? stderr : stdout, "\nHTML report written to {}\n", file.string());
  }
}

void setup(CLI::App& root) {
  auto args = std::make_shared<ReportArguments>();
  auto* command = root.add_subcommand(
      "report", "Report on a dated scenario: cited positions, ZOPA, blocking issues, bargaining solutions, forecasts, "
                "simulations, per snapshot and over time");
  command->add_option("path", args->path, "scenario folder with dated snapshots (e.g. scenarios/russia-ukraine)")->required();
  command->add_option("--out", args->out, "also write a self-contained HTML report to DIR/index.html");
  command->add_flag("--force", args->force, "overwrite an existing DIR/index.html");
  command->add_option("--shock", args->shocks, "apply to every snapshot, e.g. Russia.reservation-=0.1 (repeatable; see docs/cli/analyze.md)");
  command->add_option("--seed", args->seed, "seed of the simulated sessions")
      ->check(parley::cli::unsigned_64bit())
      ->capture_default_str();
  command->add_option("--rounds", args->rounds, "deadline of the simulated sessions, in rounds")
      ->check(parley::cli::whole_number_within(1, parley::cli::kRoundsBudget))
      ->capture_default_str();
  command->add_flag("--no-simulation", args->no_simulation, "skip the simulated sessions");
  command->add_flag("--json", args->json, "print the report as one JSON object instead of the summary (schema: docs/cli/report.md)");
  command->add_flag("--mark-broken-citations", args->mark_broken_citations,
                    "report even when the citation check fails, marking each broken citation (default: refuse, exit 2)");
  command->callback([args] { run(*args); });
}

const parley::cli::RegisterCommand registered{"report", setup};

}  // namespace
