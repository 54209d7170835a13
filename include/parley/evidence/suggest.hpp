// parley::evidence::suggest_snapshot — from a new article to draft positions a person accepts.
//
// Data flow: Timeline + ArticleEvidence (extracted with scenario_vocabulary(), so statements
// carry the scenario's issue ids, options, speaker ids and forms) ──suggest_snapshot──▶
// DraftSnapshot: per (actor, issue) the statements that speak to it, the option they support
// (or every option when none stands out), each citation's exact words, speaker and form, a
// confidence with the rule behind it, and a flag when the option differs from the actor's
// latest position before the draft (a position change to review) ──draft_snapshot_yaml──▶
// a snapshot file in the scenario's own format (docs/SCENARIO_FORMAT.md), confidences and
// flags as comments. Nothing is applied to the scenario: a person edits and lists the file.
//
// Every citation quotes a span of the article text itself, names a person of the scenario
// whose party is the position's actor (or is narration about that actor), and is dated by
// the source, inside the draft's window, so `parley evidence verify` accepts it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "parley/evidence/statement.hpp"
#include "parley/model/timeline.hpp"

namespace parley::evidence {

struct DraftCitation {
  Citation citation;       // source, quote, form, speaker or about
  std::string rule;        // the extraction pattern ("quote_source_cue", "narration", ...)
  double confidence = 0;   // see docs/cli/evidence_suggest.md for the scale
  std::vector<std::string> option_keywords;  // the option keywords the words hold
};

struct DraftPosition {
  std::string actor;
  std::string issue;
  std::vector<std::string> options;  // one when the text supports one, else every option
  bool option_found = false;         // false: `options` is the whole issue, to be narrowed
  Stance stance = Stance::stated;    // inferred when only narration supports it
  double confidence = 0;             // the best citation's
  std::string rule;                  // the best citation's rule, and how the option was found
  std::vector<DraftCitation> citations;
  // The actor's latest position on the issue before the draft, when its options differ.
  std::optional<std::string> changed_from;  // "2022-03-antalya-istanbul: status-deferred"
};

struct DraftSnapshot {
  std::string id;
  Date date;
  Date window_from, window_to;
  std::string source_id;
  std::string replaces;      // the snapshot whose window holds the date, if any
  std::string inherits;      // the snapshot whose preferences the draft starts from, if any
  std::vector<std::string> parties;  // actors with preferences there, in order
  std::vector<DraftPosition> positions;
};

struct SuggestOptions {
  std::optional<Date> date;  // default: the source's publication date in the scenario
  std::string id;            // default: the snapshot the date falls in, else "draft-<date>"
};

// InputError when the article is not one of the timeline's sources and has no date, or
// when the date is not a full date.
DraftSnapshot suggest_snapshot(const Timeline& timeline, const ArticleEvidence& article, const SuggestOptions& options);

// The draft as a snapshot file (YAML, with the confidences and review flags as comments).
std::string draft_snapshot_yaml(const DraftSnapshot& draft, const Timeline& timeline);

}  // namespace parley::evidence
