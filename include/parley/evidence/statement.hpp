// parley::evidence::Statement — one attributed statement found in an article.
//
// Data flow: AttributionExtractor (extractor.hpp) reads article text and produces an
// ArticleEvidence: the article's date (when it states one) and its statements, each with
// the content span(s), the source span (the speaker as written), the cue, the resolved
// speaker, the speaker's party and the negotiation issues the content touches. Spans are
// UTF-8 byte ranges into the article text (text_span.hpp); JSON output adds code points.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/evidence/issue_lexicon.hpp"
#include "parley/evidence/text_span.hpp"
#include "parley/model/timeline.hpp"

namespace parley::evidence {

// How the content is reported: verbatim in quotation marks, paraphrased, or both mixed.
enum class StatementKind { direct, indirect, mixed };
std::string_view to_string(StatementKind kind);

struct Statement {
  std::vector<ByteSpan> content;   // one span, or several for split quotes ("Q1," he said, "Q2.")
  std::optional<ByteSpan> source;  // the speaker as written; absent when inherited
  std::optional<ByteSpan> cue;     // "said", "has told", "according to", "said in a statement"
  std::string speaker;             // resolved: a person's full name, or the source text
  bool speaker_resolved = false;   // true when a pronoun/title/surname was linked to a name
  std::string party;               // from the SpeakerDirectory; empty when unknown
  std::vector<std::string> issues; // issue names whose keywords occur in the content
  std::vector<OptionMatch> options;  // for issues with option keywords: the option the content supports
  std::string speaker_id;          // the directory id of the speaker (a scenario person or actor), or empty
  std::string about;               // narrated: the actor the sentence is about
  // As a scenario citation would put it: said (a direct quotation: the speaker's own words),
  // reported (indirect or mixed: the outlet's paraphrase), narrated (the outlet's own account).
  CitationForm form = CitationForm::reported;
  StatementKind kind = StatementKind::indirect;
  std::string pattern;             // which rule produced it (documented in docs/algorithms/evidence.md)
  bool inherited = false;          // keeps the previous statement's speaker ("..., adding that")
};

struct ArticleEvidence {
  std::string file;                // the name the text was read from
  std::string text;                // the article text the spans index
  std::optional<std::string> date; // ISO yyyy-mm-dd: the scenario's date for a known source, else one the text states
  std::string source_id;           // the scenario's id for a known source, else empty
  std::string date_from;           // "scenario", "text" or empty (no date)
  std::size_t sentence_count = 0;  // ICU sentences (quote-aware units are built from these)
  std::vector<Statement> statements;
};

}  // namespace parley::evidence
