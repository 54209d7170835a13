// `parley evidence suggest ARTICLE --scenario DIR [--date D] [--id ID] [--out FILE] [--force]
// [--json]`: draft positions for a scenario from one of its sources (docs/cli/evidence_suggest.md).
// The draft goes to standard output, or to --out, a new file: an existing file is never
// overwritten without --force. Nothing in the scenario changes.
#include <cstdio>
#include <filesystem>
#include <memory>
#include <string>

#include <fmt/core.h>
#include <nlohmann/json.hpp>

#include "command_registry.hpp"
#include "commands/evidence_group.hpp"
#include "parley/evidence/extractor.hpp"
#include "parley/evidence/scenario_vocabulary.hpp"
#include "parley/evidence/suggest.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "parley/model/error.hpp"

namespace {

using namespace parley::evidence;

struct SuggestArguments {
  std::string article;
  std::string scenario;
  std::string date;
  std::string id;
  std::string out;
  bool force = false;
  bool json = false;
};

nlohmann::ordered_json draft_json(const DraftSnapshot& draft) {
  nlohmann::ordered_json positions = nlohmann::ordered_json::array();
  for (const auto& p : draft.positions) {
    nlohmann::ordered_json cites = nlohmann::ordered_json::array();
    for (const auto& c : p.citations) {
      cites.push_back({{"source", c.citation.source},
                       {"form", std::string(parley::to_string(c.citation.form))},
                       {"speaker", c.citation.speaker.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.citation.speaker)},
                       {"about", c.citation.about.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(c.citation.about)},
                       {"quote", c.citation.quote},
                       {"rule", c.rule},
                       {"confidence", c.confidence},
                       {"option_keywords", c.option_keywords}});
    }
    positions.push_back({{"actor", p.actor},
                         {"issue", p.issue},
                         {"options", p.options},
                         {"option_found", p.option_found},
                         {"stance", std::string(parley::to_string(p.stance))},
                         {"confidence", p.confidence},
                         {"rule", p.rule},
                         {"changed_from", p.changed_from ? nlohmann::ordered_json(*p.changed_from) : nlohmann::ordered_json(nullptr)},
                         {"cites", cites}});
  }
  return {{"id", draft.id},
          {"date", parley::to_string(draft.date)},
          {"window", {parley::to_string(draft.window_from), parley::to_string(draft.window_to)}},
          {"source", draft.source_id},
          {"replaces", draft.replaces.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(draft.replaces)},
          {"inherits", draft.inherits.empty() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(draft.inherits)},
          {"positions", positions}};
}

void write_new_file(const std::string& path, const std::string& text, bool force) {
  // "x": fail rather than replace a file that exists (C11 exclusive mode)
  std::FILE* file = std::fopen(path.c_str(), force ? "wb" : "wbx");
  if (!file) {
    if (!force && std::filesystem::exists(path)) {
      throw parley::InputError(parley::SourceLocation{path}, "the file exists; add --force to overwrite it");
    }
    throw parley::InputError(parley::SourceLocation{path}, "cannot write the file");
  }
  const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
  if (std::fclose(file) != 0 || !written) throw parley::InputError(parley::SourceLocation{path}, "writing the file failed");
}

void run(const SuggestArguments& args) {
  const auto timeline = parley::io::read_timeline(args.scenario);
  const AttributionExtractor extractor(load_scenario_vocabulary(args.scenario));
  const ArticleEvidence article = extractor.extract_file(args.article);
  SuggestOptions options;
  options.id = args.id;
  if (!args.date.empty()) {
    options.date = parley::parse_date(args.date);
    if (!options.date) throw parley::InputError(parley::SourceLocation{"--date"}, "'" + args.date + "' is not a date (YYYY-MM-DD)");
  }
  const DraftSnapshot draft = suggest_snapshot(timeline, article, options);
  const std::string text = args.json ? draft_json(draft).dump(2) + "\n" : draft_snapshot_yaml(draft, timeline);
  if (args.out.empty()) {
    fmt::print("{}", text);
    return;
  }
  write_new_file(args.out, text, args.force);
  std::size_t changes = 0;
  for (const auto& p : draft.positions) changes += p.changed_from ? 1 : 0;
  fmt::print("{}: draft snapshot '{}' with {} positions ({} flagged as position changes) from {}\n", args.out, draft.id,
             draft.positions.size(), changes, draft.source_id);
}

void setup(CLI::App& root) {
  CLI::App& group = parley::cli::evidence_group(root);
  auto args = std::make_shared<SuggestArguments>();
  CLI::App* suggest = group.add_subcommand("suggest", "Draft snapshot (positions with exact citations) from one of a scenario's sources");
  suggest->add_option("article", args->article, "the article (a file listed under the scenario's `sources:`)")->required();
  suggest->add_option("--scenario", args->scenario, "scenario folder (or its scenario.yaml) with timeline sections")->required();
  suggest->add_option("--date", args->date, "the draft's date (default: the source's publication date)");
  suggest->add_option("--id", args->id, "the draft's snapshot id (default: the snapshot the date falls in, else draft-DATE)");
  suggest->add_option("--out", args->out, "write the draft to this new file (default: standard output)");
  suggest->add_flag("--force", args->force, "overwrite --out if it exists");
  suggest->add_flag("--json", args->json, "machine-readable draft (schema in docs/cli/evidence_suggest.md)");
  suggest->callback([args] { run(*args); });
}

const parley::cli::RegisterCommand registered{"evidence.suggest", setup};

}  // namespace
