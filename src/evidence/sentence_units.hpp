// Internal: sentences (ICU) and the quote-aware units the attribution rules work on.
//
// Data flow: text ──SentenceSplitter (icu::BreakIterator, English with the CLDR
// abbreviation suppressions "en@ss=standard")──▶ sentences ──build_units──▶ units: a
// sentence, or consecutive sentences joined when a quotation spans their boundary
// (“A. B,” he said) or when ICU broke after a middle initial ("Vladimir V. Putin").
// Paragraph breaks (newlines) always end a unit.
#pragma once

#include <memory>
#include <string_view>
#include <vector>

#include "parley/evidence/text_span.hpp"

namespace parley::evidence::detail {

class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(SentenceSplitter&&) noexcept;
  SentenceSplitter& operator=(SentenceSplitter&&) noexcept;

  // Sentences of `text` with surrounding whitespace trimmed; empty ones are dropped.
  void split(std::string_view text, std::vector<ByteSpan>& sentences);

 private:
  struct State;
  std::unique_ptr<State> state_;
};

struct Unit {
  ByteSpan span;
  std::size_t paragraph = 0;  // index of the paragraph (line) the unit starts in
};

// `quotes` sorted by begin; `paragraph_starts` the byte offset of each line.
std::vector<Unit> build_units(std::string_view text, const std::vector<ByteSpan>& sentences,
                              const std::vector<ByteSpan>& quotes, const std::vector<std::size_t>& paragraph_starts);

}  // namespace parley::evidence::detail
