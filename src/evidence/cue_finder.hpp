// Internal: finding attribution cues (speech verbs with their auxiliaries, "according to").
//
// Data flow: unit text ──one RE2 pattern built from speech_verbs()──▶ CueMatch list (cues
// inside quotations are dropped: "said" within a quote is not a cue). Passive uses ("it was
// said", "Putin was told") are dropped too: their subject is not the speaker.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "parley/evidence/speech_verbs.hpp"
#include "parley/evidence/text_span.hpp"

namespace parley::evidence::detail {

struct CueMatch {
  ByteSpan cue;                         // auxiliaries + verb ("has also said"), or "according to"
  ByteSpan verb;                        // the verb itself
  const SpeechVerb* verb_info = nullptr;  // null for "according to"
  int form = 0;                         // index into SpeechVerb::forms (4 = -ing)
  bool according_to() const { return verb_info == nullptr; }
  bool participle() const { return form == 4; }
};

class CueFinder {
 public:
  CueFinder();
  ~CueFinder();
  CueFinder(CueFinder&&) noexcept;
  CueFinder& operator=(CueFinder&&) noexcept;

  // Cues in text[unit] outside `quotes` (sorted), appended in text order.
  void find(std::string_view text, ByteSpan unit, const std::vector<ByteSpan>& quotes, std::vector<CueMatch>& out) const;

 private:
  struct Compiled;
  std::unique_ptr<Compiled> compiled_;
};

// True when `offset` lies inside one of `quotes` (sorted by begin, non-overlapping).
bool inside_any(const std::vector<ByteSpan>& quotes, std::size_t offset);

}  // namespace parley::evidence::detail
