// Scoring extracted attributions against gold annotations (precision, recall, F1).
//
// Data flow: a gold folder (PolNeAR split: text/ + attributions/, or .txt next to .ann) ──▶
// for each article, AttributionExtractor output and GoldDocument (brat_attributions.hpp),
// both in code points ──▶ per role (content, source, cue) and match rule (exact, overlap)
// the counts of predicted, gold and matched spans ──▶ EvaluationReport.
// Matching (docs/algorithms/evidence.md): spans are compared as fragment lists after
// whitespace normalisation; exact = identical fragment lists; overlap = at least one
// shared code point; each gold span is matched at most once (one-to-one, greedy by size of
// overlap, ties to the earlier span), so P = matched / predicted and R = matched / gold.
#pragma once

#include <array>
#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

#include "parley/evidence/brat_attributions.hpp"
#include "parley/evidence/extractor.hpp"

namespace parley::evidence {

enum class Role { content, source, cue };
enum class MatchRule { exact, overlap };
std::string_view to_string(Role role);
std::string_view to_string(MatchRule rule);

struct MatchCounts {
  std::size_t predicted = 0;
  std::size_t gold = 0;
  std::size_t matched = 0;
  double precision() const;
  double recall() const;
  double f1() const;
  MatchCounts& operator+=(const MatchCounts& other);
};

// One-to-one matching of predicted against gold extents under `rule`.
MatchCounts match_spans(const std::vector<Fragments>& predicted, const std::vector<Fragments>& gold,
                        MatchRule rule);

struct EvaluationReport {
  std::size_t documents = 0;
  std::size_t bytes = 0;
  std::size_t sentences = 0;
  std::size_t statements = 0;
  // counts[role][rule]
  std::array<std::array<MatchCounts, 2>, 3> counts{};
  // Attribution-level: a prediction matches a gold relation when contents overlap and
  // sources overlap (or both are absent).
  MatchCounts relations;

  const MatchCounts& at(Role role, MatchRule rule) const {
    return counts[static_cast<std::size_t>(role)][static_cast<std::size_t>(rule)];
  }
  MatchCounts& at(Role role, MatchRule rule) {
    return counts[static_cast<std::size_t>(role)][static_cast<std::size_t>(rule)];
  }
};

// Scores one article: `evidence` from the extractor, `gold` read from its .ann file.
EvaluationReport evaluate_article(const ArticleEvidence& evidence, const GoldDocument& gold);

struct GoldPair {
  std::filesystem::path text;
  std::filesystem::path annotations;
};

// Pairs each article with its annotation file. `folder` is a PolNeAR split (text/ and
// attributions/ sub-folders; `.ann` names are `<article>_<annotator>.ann`, and when an
// article has several annotators the alphabetically first file is used) or a folder of
// `<name>.txt` + `<name>.ann`. InputError when the folder is missing or holds no pairs.
std::vector<GoldPair> find_gold_pairs(const std::filesystem::path& folder);

EvaluationReport evaluate_folder(const std::filesystem::path& folder, const AttributionExtractor& extractor);

}  // namespace parley::evidence
