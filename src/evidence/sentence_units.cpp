#include "evidence/sentence_units.hpp"

#include <algorithm>
#include <stdexcept>

#include <unicode/brkiter.h>
#include <unicode/utext.h>

namespace parley::evidence::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

ByteSpan trimmed(std::string_view text, ByteSpan span) {
  while (span.begin < span.end && is_space(text[span.begin])) ++span.begin;
  while (span.end > span.begin && is_space(text[span.end - 1])) --span.end;
  return span;
}

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// ICU's suppressions know "Mr." and "Dr." but not middle initials ("Vladimir V. Putin") or
// a few news abbreviations; a sentence ending in one of these continues.
bool ends_with_abbreviation(std::string_view sentence) {
  if (sentence.size() >= 2 && sentence.back() == '.' && is_upper_ascii(sentence[sentence.size() - 2]) &&
      (sentence.size() == 2 || is_space(sentence[sentence.size() - 3]))) {
    return true;  // an initial
  }
  static constexpr std::string_view abbreviations[] = {" Gov.", " Sen.", " Rep.", " Gen.", " Lt.", " Col.",
                                                       " Sgt.", " Adm.", " Capt.", " Maj.", " Rev.", " St.",
                                                       " Jan.", " Feb.", " Aug.", " Sept.", " Oct.", " Nov.",
                                                       " Dec.", " No.", " Ft.", " Mt."};
  for (const auto abbreviation : abbreviations) {
    if (sentence.ends_with(abbreviation)) return true;
  }
  return false;
}

std::string_view first_word(std::string_view text) {
  std::size_t end = 0;
  while (end < text.size() && !is_space(text[end]) && text[end] != ',' && text[end] != '.') ++end;
  return text.substr(0, end);
}

bool lower_equals(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = is_upper_ascii(word[i]) ? static_cast<char>(word[i] - 'A' + 'a') : word[i];
    if (c != lower[i]) return false;
  }
  return true;
}

// ICU breaks after "p.m." and "U.S." when a capitalised word follows, but "1 p.m. Ukraine
// time, CNN reported" and "the U.S. Treasury Department said" are one sentence. The break
// is kept when the next sentence opens like a sentence ("the U.S. The next day ...").
bool abbreviation_continues(std::string_view sentence, std::string_view next) {
  const std::string_view word = first_word(next);
  if (sentence.ends_with(" a.m.") || sentence.ends_with(" p.m.")) {
    static constexpr std::string_view zones[] = {"ET", "EST", "EDT", "CT", "PT", "PST", "PDT", "GMT", "UTC", "CET", "BST", "MSK"};
    for (const auto zone : zones) {
      if (word == zone) return true;
    }
    const std::string_view rest = next.substr(std::min(next.size(), word.size() + 1));
    return !word.empty() && is_upper_ascii(word[0]) && lower_equals(first_word(rest), "time");
  }
  static constexpr std::string_view country_abbreviations[] = {" U.S.", " U.K.", " U.N.", " E.U."};
  const bool country = std::any_of(std::begin(country_abbreviations), std::end(country_abbreviations),
                                   [&](std::string_view a) { return sentence.ends_with(a); });
  if (!country || word.empty() || !is_upper_ascii(word[0])) return false;
  static constexpr std::string_view openers[] = {
      "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but", "and", "or", "this",
      "that", "these", "those", "there", "his", "her", "their", "its", "our", "as", "for", "after", "when", "while",
      "if", "yet", "so", "still", "then", "now", "however", "meanwhile", "since", "because", "although", "what",
      "who", "why", "how", "where", "to", "by", "with", "from", "no", "not", "some", "many", "most", "one", "all"};
  return std::none_of(std::begin(openers), std::end(openers), [&](std::string_view o) { return lower_equals(word, o); });
}

// “Go, go!” Trump said. — ICU ends a sentence after "!”" or "?”" even when the attribution
// follows; such a unit continues into the next sentence.
bool ends_with_exclaimed_quote(std::string_view text, ByteSpan unit) {
  const std::string_view s = unit.in(text);
  for (const std::string_view close : {"\xE2\x80\x9D", "\"", "''", "\xC2\xBB"}) {
    if (s.size() > close.size() && s.ends_with(close)) {
      const char before = s[s.size() - close.size() - 1];
      return before == '!' || before == '?';
    }
  }
  return false;
}

}  // namespace

struct SentenceSplitter::State {
  std::unique_ptr<icu::BreakIterator> iterator;
  UText* utext = nullptr;
  ~State() {
    if (utext) utext_close(utext);
  }
};

SentenceSplitter::SentenceSplitter() : state_(std::make_unique<State>()) {
  UErrorCode status = U_ZERO_ERROR;
  state_->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("en@ss=standard"), status));
  if (U_FAILURE(status) || !state_->iterator) {
    throw std::runtime_error(std::string("ICU sentence break iterator unavailable: ") + u_errorName(status));
  }
}

SentenceSplitter::~SentenceSplitter() = default;
SentenceSplitter::SentenceSplitter(SentenceSplitter&&) noexcept = default;
SentenceSplitter& SentenceSplitter::operator=(SentenceSplitter&&) noexcept = default;

void SentenceSplitter::split(std::string_view text, std::vector<ByteSpan>& sentences) {
  sentences.clear();
  UErrorCode status = U_ZERO_ERROR;
  // A UTF-8 UText reports native indices in bytes, so the breaks are byte offsets.
  state_->utext = utext_openUTF8(state_->utext, text.data(), static_cast<int64_t>(text.size()), &status);
  state_->iterator->setText(state_->utext, status);
  if (U_FAILURE(status)) throw std::runtime_error(std::string("ICU sentence breaking failed: ") + u_errorName(status));
  std::int32_t start = state_->iterator->first();
  for (std::int32_t end = state_->iterator->next(); end != icu::BreakIterator::DONE;
       start = end, end = state_->iterator->next()) {
    const ByteSpan sentence = trimmed(text, {static_cast<std::size_t>(start), static_cast<std::size_t>(end)});
    if (!sentence.empty()) sentences.push_back(sentence);
  }
}

std::vector<Unit> build_units(std::string_view text, const std::vector<ByteSpan>& sentences,
                              const std::vector<ByteSpan>& quotes, const std::vector<std::size_t>& paragraph_starts) {
  const auto paragraph_of = [&](std::size_t offset) {
    return static_cast<std::size_t>(std::upper_bound(paragraph_starts.begin(), paragraph_starts.end(), offset) -
                                    paragraph_starts.begin()) - 1;
  };
  std::vector<Unit> units;
  std::size_t quote = 0;
  for (std::size_t s = 0; s < sentences.size();) {
    Unit unit{sentences[s], paragraph_of(sentences[s].begin)};
    ++s;
    while (s < sentences.size()) {
      while (quote < quotes.size() && quotes[quote].end <= unit.span.end) ++quote;
      const bool quote_spans_break = quote < quotes.size() && quotes[quote].begin < unit.span.end;
      const bool same_paragraph = paragraph_of(sentences[s].begin) == unit.paragraph;
      const bool abbreviation = ends_with_abbreviation(unit.span.in(text)) ||
                                abbreviation_continues(unit.span.in(text), sentences[s].in(text));
      if (!same_paragraph || !(quote_spans_break || abbreviation || ends_with_exclaimed_quote(text, unit.span))) break;
      unit.span.end = sentences[s].end;
      ++s;
    }
    units.push_back(unit);
  }
  return units;
}

}  // namespace parley::evidence::detail
