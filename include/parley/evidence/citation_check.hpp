// Verifying the evidence of a timeline: does every citation say what the source says?
//
// Data flow: Timeline (io::read_timeline) ──verify_citations──▶ CitationReport, a list of
// every problem found (not just the first), which `parley evidence verify` prints or writes
// as JSON. Checks, for every citation of actors, positions and contested claims:
//  * its source is known and the quote occurs in the source text, comparing both after
//    normalise_typography (curly vs straight quotes, dash variants, runs of whitespace);
//  * said/reported: the speaker is a known person whose party is a known actor;
//    narrated: the actor it is about is known;
//  * its date (the citation's own `date`, else the source's publication date) lies within
//    the timeline (first snapshot window start .. last window end) and not after the source
//    was published.
// And for every stated position and stated red line: each citation falls in the snapshot's window, and at least
// one is the actor's own (a speaker of that party, or narration about it) — otherwise the
// position is inferred and must say so. Every contested claim must be dated within the
// timeline.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "parley/model/error.hpp"
#include "parley/model/timeline.hpp"

namespace parley::evidence {

// Maps typographic variants to ASCII and collapses whitespace: ‘’‚‛′ → ', “”„‟«»″ → ",
// every Unicode dash (and the minus sign) → -, runs of Unicode white space → one space,
// leading and trailing space removed. Nothing else changes (case and letters are kept).
std::string normalise_typography(std::string_view text);

// True when `quote` occurs in `text` once both are normalised.
bool quote_occurs(std::string_view text, std::string_view quote);

struct CitationProblem {
  SourceLocation where;   // the citation (or position/claim) in the scenario files
  std::string context;    // "snapshot 2022-04-impasse, position russia.talks"
  std::string source;     // the cited source id, when the problem is about a citation
  std::string quote;      // the cited words, when the problem is about a citation
  std::string problem;    // what is wrong
};

struct CitationReport {
  std::size_t citations = 0;  // citations checked
  std::size_t positions = 0;
  std::size_t red_lines = 0;
  std::size_t claims = 0;
  std::size_t sources = 0;
  std::vector<CitationProblem> problems;

  bool ok() const { return problems.empty(); }
};

CitationReport verify_citations(const Timeline& timeline);

// JSON form (schema in docs/cli/evidence_verify.md).
nlohmann::ordered_json to_json(const CitationReport& report);

// "312 citations (70 positions, 7 claims, 5 sources)": what was checked.
std::string counts_text(const CitationReport& report);
// What `parley evidence verify` prints (and `parley report` when it refuses): one line per
// problem ("file:line: context: problem", then the quote), then "PATH: all ... verified" or
// "PATH: N problems in ...".
std::string to_text(const CitationReport& report, std::string_view path);
// True when `citation` is the subject of a problem (matched by its file and line).
bool has_problem(const CitationReport& report, const Citation& citation);

}  // namespace parley::evidence
