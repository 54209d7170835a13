// `parley evidence extract` and `parley evidence eval` (docs/cli/evidence.md).
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/core.h>
#include <fmt/ranges.h>

#include "command_registry.hpp"
#include "commands/evidence_group.hpp"
#include "parley/evidence/evaluation.hpp"
#include "parley/evidence/evidence_json.hpp"
#include "parley/evidence/extractor.hpp"
#include "parley/evidence/scenario_vocabulary.hpp"
#include "parley/evidence/utf8_text.hpp"
#include "parley/io/yaml_timeline.hpp"

namespace {

using namespace parley::evidence;

struct ExtractArguments {
  std::vector<std::string> files;
  std::string scenario;
  std::string people;
  std::string lexicon;
  bool json = false;
};

struct EvalArguments {
  std::string gold;
  bool json = false;
};

// --lexicon wins; else the scenario's `lexicon`; else the default negotiation lexicon.
IssueLexicon chosen_lexicon(const ExtractArguments& args) {
  if (!args.lexicon.empty()) return load_issue_lexicon(args.lexicon);
  if (!args.scenario.empty()) return load_issue_lexicon_or_default(args.scenario);
  return default_negotiation_lexicon();
}

std::string one_line(std::string_view text, std::size_t limit) {
  std::string out;
  for (const char c : text) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  if (out.size() > limit) {
    std::size_t cut = limit;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;  // keep UTF-8 whole
    out = out.substr(0, cut) + "…";
  }
  return out;
}

// Offsets of the text's line breaks, so each statement's line is a binary search: counting
// from the start for every statement made a 20 MB article take minutes.
std::vector<std::size_t> line_breaks(std::string_view text) {
  std::vector<std::size_t> breaks;
  for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', at + 1)) breaks.push_back(at);
  return breaks;
}

void print_article(const ArticleEvidence& article) {
  const std::vector<std::size_t> breaks = line_breaks(article.text);
  fmt::print("{}  date {}{}  {} sentences  {} statements\n", article.file, article.date.value_or("-"),
             article.date_from.empty() ? "" : " (" + article.date_from + ")", article.sentence_count,
             article.statements.size());
  for (const auto& s : article.statements) {
    const auto line = 1 + static_cast<std::size_t>(std::lower_bound(breaks.begin(), breaks.end(), s.content.front().begin) -
                                                   breaks.begin());
    std::string content;
    for (const auto& span : s.content) content += (content.empty() ? "" : " … ") + std::string(span.in(article.text));
    const std::string who = s.form == parley::CitationForm::narrated ? "(outlet, about " + s.about + ")"
                            : s.speaker.empty()                     ? "?"
                                                                    : s.speaker;
    // No cue is "-" for every form: a quotation continuing a statement is a span of that
    // statement, never a cue-less statement of its own, so no statement "continues".
    const std::string cue = s.cue ? std::string(s.cue->in(article.text)) : "-";
    fmt::print("  line {:>4}  {}{}  {}  [{}]\n", line, who, s.party.empty() ? "" : " (" + s.party + ")", cue,
               std::string(parley::to_string(s.form)));
    fmt::print("             {}\n", one_line(content, 160));
    if (!s.issues.empty()) {
      std::vector<std::string> tagged;
      for (const auto& issue : s.issues) {
        const auto option = std::find_if(s.options.begin(), s.options.end(), [&](const OptionMatch& o) { return o.issue == issue; });
        tagged.push_back(option == s.options.end() ? issue : issue + "=" + option->option);
      }
      fmt::print("             issues: {}\n", fmt::join(tagged, ", "));
    }
  }
}

void run_extract(const ExtractArguments& args) {
  ExtractorOptions options;
  // A scenario with a timeline gives issues, options, speakers, actors and source dates; a
  // plain one (or a people file given as --scenario) only its people.
  const bool timeline = !args.scenario.empty() && parley::io::has_timeline(args.scenario);
  if (timeline) options = load_scenario_vocabulary(args.scenario);
  else if (!args.scenario.empty()) options.directory = load_speaker_directory(args.scenario);
  if (!args.people.empty()) {
    for (auto& entry : load_speaker_directory(args.people).entries) options.directory.entries.push_back(std::move(entry));
  }
  if (!timeline || !args.lexicon.empty()) options.lexicon = chosen_lexicon(args);
  const AttributionExtractor extractor(std::move(options));
  // Every file is read and checked before anything is printed, so a bad file gives exit 2 and
  // no half-written JSON; then one article at a time is extracted and written, so memory is
  // bounded by the largest article, not by all of them.
  for (const auto& file : args.files) read_utf8_file(file);
  if (!args.json) {
    for (const auto& file : args.files) print_article(extractor.extract_file(file));
    return;
  }
  EvidenceJsonWriter writer(std::cout);
  for (const auto& file : args.files) writer.add(extractor.extract_file(file));
  writer.finish();
  std::cout << '\n';
}

void run_eval(const EvalArguments& args) {
  const AttributionExtractor extractor;
  const EvaluationReport report = evaluate_folder(args.gold, extractor);
  if (args.json) {
    fmt::print("{}\n", evaluation_to_json(report, args.gold));
    return;
  }
  fmt::print("gold {}: {} documents, {} sentences, {} statements extracted\n", args.gold, report.documents,
             report.sentences, report.statements);
  fmt::print("{:<9} {:<8} {:>7} {:>7} {:>7} {:>9} {:>9} {:>9}\n", "role", "match", "P", "R", "F1", "matched",
             "predicted", "gold");
  for (const auto role : {Role::content, Role::source, Role::cue}) {
    for (const auto rule : {MatchRule::exact, MatchRule::overlap}) {
      const MatchCounts& c = report.at(role, rule);
      fmt::print("{:<9} {:<8} {:>7.3f} {:>7.3f} {:>7.3f} {:>9} {:>9} {:>9}\n", to_string(role), to_string(rule),
                 c.precision(), c.recall(), c.f1(), c.matched, c.predicted, c.gold);
    }
  }
  const MatchCounts& r = report.relations;
  fmt::print("{:<9} {:<8} {:>7.3f} {:>7.3f} {:>7.3f} {:>9} {:>9} {:>9}\n", "relation", "overlap", r.precision(),
             r.recall(), r.f1(), r.matched, r.predicted, r.gold);
}

void setup(CLI::App& root) {
  CLI::App& group = parley::cli::evidence_group(root);

  auto extract_args = std::make_shared<ExtractArguments>();
  CLI::App* extract = group.add_subcommand("extract", "Attributed statements (content, source, cue, speaker, party, issues)");
  extract->add_option("files", extract_args->files, "Article text files (UTF-8)")->required();
  extract->add_option("--scenario", extract_args->scenario, "Scenario (file or folder) whose `people` give speakers' parties");
  extract->add_option("--people", extract_args->people, "People file (YAML `people:` list) to add to the directory");
  extract->add_option("--lexicon", extract_args->lexicon, "YAML file with a `lexicon:` map issue -> keywords");
  extract->add_flag("--json", extract_args->json, "Machine-readable output");
  extract->callback([extract_args] { run_extract(*extract_args); });

  auto eval_args = std::make_shared<EvalArguments>();
  CLI::App* eval = group.add_subcommand("eval", "Precision, recall and F1 against brat attribution annotations");
  eval->add_option("--gold", eval_args->gold, "Gold folder: a PolNeAR split (text/, attributions/) or .txt + .ann pairs")
      ->required();
  eval->add_flag("--json", eval_args->json, "Machine-readable output");
  eval->callback([eval_args] { run_eval(*eval_args); });
}

const parley::cli::RegisterCommand registered{"evidence", setup};

}  // namespace
