// `parley elicit SCENARIO --party P [--questions N] [--seed S] [--out FILE]`: asks a person on
// the terminal (standard input; works when piped) to compare pairs of packages, updates the
// estimate of P's additive utility after each answer, says which weights are still open, and
// writes the result as a `preferences` entry in scenario YAML with a `why` for each number
// (elicitation::ElicitationSession, run_dialogue, elicited_profile_yaml). The file is new:
// an existing one is replaced only when the person confirms. See docs/cli/elicit.md.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>

#include <CLI/CLI.hpp>
#include <fmt/core.h>

#include "command_registry.hpp"
#include "parley/elicitation/elicitation_session.hpp"
#include "parley/elicitation/elicited_profile.hpp"
#include "parley/io/load.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"

namespace {

using namespace parley;
namespace fs = std::filesystem;

struct ElicitArguments {
  std::string scenario;
  std::string party;
  std::size_t questions = 30;
  std::uint64_t seed = 1;
  std::string out;
};

std::string today() {
  const auto now = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day day{now};
  return fmt::format("{:04}-{:02}-{:02}", static_cast<int>(day.year()), static_cast<unsigned>(day.month()),
                     static_cast<unsigned>(day.day()));
}

// The key a snapshot's preferences use for the party: the actor id in a timeline scenario, else
// the party name.
std::string party_key(const std::string& path, const std::string& name) {
  if (!io::has_timeline(path)) return name;
  for (const auto& actor : io::read_timeline(path).actors)
    if (actor.name == name) return actor.id;
  return name;
}

void run(const ElicitArguments& args) {
  const auto scenario = io::load_scenario(args.scenario);
  const auto p = std::optional<std::size_t>(require_party(scenario, args.party, SourceLocation{scenario.source}));
  const auto key = party_key(args.scenario, scenario.parties[*p].name);
  const auto date = today();
  const fs::path out = args.out.empty() ? fs::path(fmt::format("{}-elicited-{}.yaml", key, date)) : fs::path(args.out);

  elicitation::ElicitationOptions options;
  options.seed = args.seed;
  elicitation::ElicitationSession session(scenario.space, options);
  fmt::print("Eliciting {}'s preferences in {}: compare pairs of packages (up to {} questions).\n"
             "Answer a or b for the package {} prefers, = when both are about as good, q to stop.\n",
             scenario.parties[*p].name, scenario.name, args.questions, scenario.parties[*p].name);
  const auto result = elicitation::run_dialogue(session, scenario.space, args.questions, std::cin, std::cout);
  fmt::print("\n{} answers. The estimate (weight, and its range over the utilities the answers allow):\n",
             session.statements().size());
  const auto& estimate = session.estimate();
  for (std::size_t i = 0; i < scenario.space.issue_count(); ++i) {
    const auto& range = session.weight_ranges()[i];
    fmt::print("  {:<24} {:.3f}  {}\n", scenario.space.issue(i).name(), estimate.weights[i],
               range.known ? fmt::format("{:.3f}-{:.3f}", range.low, range.high) : std::string("not yet separated"));
  }
  if (session.statements().empty()) {
    fmt::print("no answers: nothing written\n");
    return;
  }
  if (fs::exists(out)) {
    fmt::print("{} exists; overwrite it [y/N]? ", out.string());
    std::cout.flush();
    std::string line;
    if (!std::getline(std::cin, line) || (line != "y" && line != "Y" && line != "yes"))
      throw InputError(SourceLocation{out.string()}, "exists and was not overwritten (answer y to replace it, or "
                                                     "pass another --out)");
  }
  const auto text = elicitation::elicited_profile_yaml(scenario.space, key, scenario.name, session, date);
  const auto temporary = fs::path(out.string() + ".parley-tmp");
  {
    std::ofstream file(temporary, std::ios::binary);
    file << text;
    if (!file) throw InputError(SourceLocation{out.string()}, "cannot write the file");
  }
  fs::rename(temporary, out);  // never a half-written file under the final name
  fmt::print("wrote {} ({})\n", out.string(),
             result.settled ? "every candidate question was decided" : "stopped before every question was decided");
}

void setup(CLI::App& root) {
  auto args = std::make_shared<ElicitArguments>();
  auto* command = root.add_subcommand("elicit", "Build a party's utility from a person's comparisons of packages "
                                                "(terminal prompts)");
  command->add_option("SCENARIO", args->scenario, "scenario (YAML file or folder, timeline, GENIUS, GeniusWeb)")
      ->required();
  command->add_option("--party", args->party, "the party whose preferences are elicited")->required();
  command->add_option("--questions", args->questions, "most questions to ask (default 30)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000}));
  command->add_option("--seed", args->seed, "seed of the sampled trade-off questions (default 1)");
  command->add_option("--out", args->out, "file to write (default: <party>-elicited-<date>.yaml)");
  command->callback([args] { run(*args); });
}

const parley::cli::RegisterCommand registered{"elicit", setup};

}  // namespace
