// Internal: the attribution patterns, applied to one quote-aware unit.
//
// Data flow: a unit, its quotations and its cues ──rules──▶ RawStatements (spans only; the
// speaker is resolved later, speaker_resolver.hpp). Patterns (docs/algorithms/evidence.md):
//   quote_source_cue      "Q," S said.   /  "Q," S told OUTLET.
//   quote_cue_source      "Q," said TITLE S.
//   split_quote           "Q1," S said, "Q2."
//   source_cue_colon      S said: "Q"
//   source_cue_clause     S said (that) CLAUSE  /  S told OUTLET that CLAUSE  /  S said in a statement CLAUSE
//   clause_source_cue     CLAUSE, S said.  (and the parenthetical CLAUSE1, S said, CLAUSE2)
//   according_to_clause   According to S, CLAUSE
//   clause_according_to   CLAUSE, according to S
//   participle_clause     ..., adding that CLAUSE  (speaker: the unit's subject or earlier speaker)
// Follow-on quotations (a unit that is one quotation) are handled by the extractor.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "evidence/cue_finder.hpp"
#include "parley/evidence/statement.hpp"

namespace parley::evidence::detail {

struct RawStatement {
  std::vector<ByteSpan> content;
  std::optional<ByteSpan> source;
  std::optional<ByteSpan> cue;
  std::optional<ByteSpan> speaker_hint;  // who speaks: participles (no source), "according to X by S" (S)
  bool same_speaker_as_previous = false; // participle clause following a statement in the unit
  bool narrated = false;                 // the outlet's own sentence (no source, no cue)
  std::string about;                     // narrated: the directory id of the actor it names
  StatementKind kind = StatementKind::indirect;
  std::string_view pattern;
};

struct UnitInput {
  std::string_view text;
  ByteSpan unit;
  const std::vector<ByteSpan>& quotes;  // quotations overlapping the unit, sorted
  const std::vector<CueMatch>& cues;    // cues of the unit, in text order
};

// Appends the statements of one unit to `out`.
void apply_attribution_rules(const UnitInput& input, std::vector<RawStatement>& out);

}  // namespace parley::evidence::detail
