// parley::evidence::scenario_vocabulary — what a scenario tells the extractor.
//
// Data flow: Timeline (io::read_timeline) ──scenario_vocabulary──▶ ExtractorOptions:
//   * lexicon: one entry per scenario issue, keyed by the issue id ("donetsk_luhansk"), with
//     the id's and name's words as keywords, the scenario's optional `lexicon:` keywords, and
//     per option the words that tell it apart (the option label, the option's part of the
//     issue description "label: text", and `lexicon:` option keywords);
//   * directory: the scenario's people (with their ids, titles and aliases) and its actors
//     (id, name and aliases, each its own party), so "Moscow", "the Kremlin", "Kyiv" resolve;
//   * sources: each source's file and publication date, so an article the scenario lists is
//     dated by the scenario, not by a guess from its text.
// Reading the `lexicon:` section (issue ids checked against the scenario's issues) is done
// by load_scenario_vocabulary(); the rules are in docs/algorithms/evidence.md.
#pragma once

#include <filesystem>

#include "parley/evidence/extractor.hpp"
#include "parley/model/timeline.hpp"

namespace parley::evidence {

// The vocabulary of an already read timeline; `lexicon` adds the scenario's `lexicon:`
// (empty: none). Throws InputError when `lexicon` names an issue or option the scenario lacks.
ExtractorOptions scenario_vocabulary(const Timeline& timeline, const IssueLexicon& lexicon = {});

// Reads the timeline of a scenario folder (or its scenario.yaml) and its optional `lexicon:`.
ExtractorOptions load_scenario_vocabulary(const std::filesystem::path& scenario);

}  // namespace parley::evidence
