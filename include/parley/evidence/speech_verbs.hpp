// The speech-verb lexicon: verbs that introduce reported speech, with their inflections.
//
// Data flow: speech_verbs() ──▶ the extractor's RE2 cue pattern. Each verb lists every form
// that can head a cue (base, -s, past, participle, -ing); irregular forms are spelled out.
// The list follows the reporting verbs that dominate attribution corpora (PARC, PolNeAR)
// and event coders' speech dictionaries (TABARI/PETRARCH "SAY" class).
#pragma once

#include <span>
#include <string_view>

namespace parley::evidence {

struct SpeechVerb {
  std::string_view lemma;
  // base, third person, past, past participle, -ing; a form left empty is too often a noun
  // ("the report said", "his claims") to serve as a cue.
  std::string_view forms[5];
  // true: the content may follow as a bare clause ("Putin said the talks failed");
  // false: it needs "that", a colon or an adjacent quotation ("Putin urged that ...").
  bool bare_clause = false;
  // true: what follows the verb is the content even when it is a noun phrase or an
  // infinitive ("endorsed Clinton", "described the plan as a failure", "declined to
  // comment", "polls show Clinton ahead"): evaluative, wish and evidence verbs, which
  // attribution corpora annotate with their objects as contents.
  bool object = false;
};

std::span<const SpeechVerb> speech_verbs();

}  // namespace parley::evidence
