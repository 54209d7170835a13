// `parley evidence holdout DIR [--json]`: for each source of a scenario, drop the positions
// that cite it, run `suggest` on it and compare with the hand-made positions
// (docs/cli/evidence_suggest.md, "Held-out evaluation").
#include <memory>
#include <string>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "commands/evidence_group.hpp"
#include "parley/evidence/holdout.hpp"
#include "parley/io/yaml_timeline.hpp"

namespace {

using namespace parley::evidence;

struct HoldoutArguments {
  std::string path;
  bool json = false;
};

nlohmann::ordered_json agreement_json(const Agreement& a) {
  return {{"suggested", a.suggested}, {"hand_made", a.hand_made}, {"matched", a.matched},
          {"precision", a.precision()}, {"recall", a.recall()}};
}

nlohmann::ordered_json row_json(const HoldoutRow& row) {
  return {{"source", row.source},
          {"triples", agreement_json(row.triples)},
          {"stated_triples", agreement_json(row.stated)},
          {"pairs", agreement_json(row.pairs)},
          {"citations", agreement_json(row.citations)}};
}

void print_row(const HoldoutRow& row) {
  const auto cell = [](const Agreement& a) {
    return fmt::format("{:>5.2f} {:>5.2f} {:>3}/{:<3}", a.precision(), a.recall(), a.matched, a.hand_made);
  };
  fmt::print("{:<28} {}   {:>5.2f} {:>3}/{:<3}   {}   {}\n", row.source, cell(row.triples), row.stated.recall(),
             row.stated.matched, row.stated.hand_made, cell(row.pairs), cell(row.citations));
}

void run(const HoldoutArguments& args) {
  const auto timeline = parley::io::read_timeline(args.path);
  const std::filesystem::path file =
      std::filesystem::is_directory(args.path) ? std::filesystem::path(args.path) / "scenario.yaml" : std::filesystem::path(args.path);
  const HoldoutReport report = holdout_evaluation(timeline, load_issue_lexicon_or_empty(file));
  if (args.json) {
    nlohmann::ordered_json sources = nlohmann::ordered_json::array();
    for (const auto& row : report.sources) sources.push_back(row_json(row));
    fmt::print("{}\n", nlohmann::ordered_json{{"path", args.path}, {"sources", sources}, {"overall", row_json(report.overall)}}.dump(2));
    return;
  }
  fmt::print("{:<28} {:<19}   {:<13}   {:<19}   {:<19}\n", "source", "(actor,issue,option)", "stated only", "(actor,issue)",
             "citations");
  fmt::print("{:<28} {:<19}   {:<13}   {:<19}   {:<19}\n", "", "    P     R  hit/gold", "    R  hit/gold",
             "    P     R  hit/gold", "    P     R  hit/gold");
  for (const auto& row : report.sources) print_row(row);
  print_row(report.overall);
}

void setup(CLI::App& root) {
  CLI::App& group = parley::cli::evidence_group(root);
  auto args = std::make_shared<HoldoutArguments>();
  CLI::App* holdout = group.add_subcommand(
      "holdout", "Per source: drop the positions citing it, suggest from it, compare with the hand-made positions");
  holdout->add_option("path", args->path, "scenario folder (or its scenario.yaml) with timeline sections")->required();
  holdout->add_flag("--json", args->json, "machine-readable figures");
  holdout->callback([args] { run(*args); });
}

const parley::cli::RegisterCommand registered{"evidence.holdout", setup};

}  // namespace
