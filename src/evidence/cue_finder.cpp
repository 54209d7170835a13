#include "evidence/cue_finder.hpp"

#include <algorithm>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include <re2/re2.h>

namespace parley::evidence::detail {

namespace {
// Words that may stand between the subject and the verb and belong to the cue ("has also
// said", "would later tell"). "be"-forms mark passives or progressives (see find()).
constexpr std::string_view auxiliaries =
    "has|have|had|will|would|could|might|may|must|should|shall|did|does|do|is|are|was|were|been|be|not|never|"
    "also|later|then|previously|repeatedly|once|often|recently|further|again|publicly|privately|reportedly|"
    "quickly|simply|bluntly|flatly|firmly|openly|explicitly|separately|frequently|initially|subsequently|"
    "falsely|wrongly|immediately|finally|just|already|still|first|angrily|specifically|emphatically|long";

bool is_be_form(std::string_view word) {
  return word == "is" || word == "are" || word == "was" || word == "were" || word == "be" || word == "been";
}
}  // namespace

struct CueFinder::Compiled {
  std::unique_ptr<RE2> pattern;
  std::unordered_map<std::string_view, std::pair<const SpeechVerb*, int>> forms;
};

CueFinder::CueFinder() : compiled_(std::make_unique<Compiled>()) {
  std::vector<std::string_view> words;
  for (const auto& verb : speech_verbs()) {
    for (int f = 0; f < 5; ++f) {
      const auto form = verb.forms[f];
      if (form.empty() || compiled_->forms.contains(form)) continue;
      compiled_->forms.emplace(form, std::make_pair(&verb, f));
      words.push_back(form);
    }
  }
  // "Asked whether …, Peskov said": the one form that opens sentences as a cue
  compiled_->forms.emplace("Asked", compiled_->forms.at("asked"));
  words.push_back("Asked");
  // Longest first: RE2 takes the first alternative that matches, and "called for" must win
  // over "called".
  std::stable_sort(words.begin(), words.end(), [](auto a, auto b) { return a.size() > b.size(); });
  std::string alternation;
  for (const auto word : words) {
    if (!alternation.empty()) alternation += '|';
    alternation += word;
  }
  const std::string pattern = "\\b((?:(?:" + std::string(auxiliaries) + ")\\s+){0,3})(" + alternation +
                              ")\\b|\\b([Aa]ccording\\s+to)\\b";
  RE2::Options options;
  options.set_log_errors(false);
  compiled_->pattern = std::make_unique<RE2>(pattern, options);
  if (!compiled_->pattern->ok()) throw std::logic_error("cue pattern does not compile: " + compiled_->pattern->error());
}

CueFinder::~CueFinder() = default;
CueFinder::CueFinder(CueFinder&&) noexcept = default;
CueFinder& CueFinder::operator=(CueFinder&&) noexcept = default;

namespace {
// The word before `pos` (within the unit) ends in "s" and is not a possessive.
bool after_plural_word(std::string_view text, std::size_t floor, std::size_t pos) {
  while (pos > floor && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
  if (pos <= floor + 1 || text[pos - 1] != 's') return false;
  const char before = text[pos - 2];
  return before != '\'' && before != '\x99' && before >= 'a' && before <= 'z';
}

std::string_view word_after(std::string_view text, std::size_t end, std::size_t pos) {
  while (pos < end && (text[pos] == ' ' || text[pos] == '\t')) ++pos;
  std::size_t stop = pos;
  while (stop < end && ((text[stop] | 0x20) >= 'a' && (text[stop] | 0x20) <= 'z')) ++stop;
  return text.substr(pos, stop - pos);
}

// The `n`-th word before `pos` (1: the one right before), letters only.
std::string_view word_before(std::string_view text, std::size_t floor, std::size_t pos, int n) {
  std::string_view word;
  for (int k = 0; k < n; ++k) {
    while (pos > floor && (text[pos - 1] == ' ' || text[pos - 1] == '\t')) --pos;
    std::size_t start = pos;
    while (start > floor && ((text[start - 1] | 0x20) >= 'a' && (text[start - 1] | 0x20) <= 'z')) --start;
    if (start == pos) return {};
    word = text.substr(start, pos - start);
    pos = start;
  }
  return word;
}

bool one_of(std::string_view word, std::initializer_list<std::string_view> words) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

// Verb forms that report nothing: "showed up", "called off", "found himself", "helped
// found the movement", "a group called Black Votes Matter" (a name, not a call).
// PolNeAR train: 50 fewer statements (18 of them overlapped a gold content), exact contents +3.
bool not_a_report(std::string_view text, ByteSpan unit, const CueMatch& match) {
  const auto lemma = match.verb_info->lemma;
  const auto next = word_after(text, unit.end, match.verb.end);
  if (one_of(next, {"up", "off", "himself", "herself", "itself", "themselves", "myself", "ourselves", "yourself"})) {
    return lemma == "show" || lemma == "call" || lemma == "find";
  }
  if (match.cue.begin != match.verb.begin) return false;
  const auto before = word_before(text, unit.begin, match.verb.begin, 1);
  if (lemma == "find") return one_of(before, {"helped", "help", "helps", "to"});
  if (lemma == "call" && match.form != 0) {
    if (before.empty() || before[0] < 'a' || before[0] > 'z') return false;
    for (const int n : {2, 3}) {  // "a group called", "a new group called"
      if (one_of(word_before(text, unit.begin, match.verb.begin, n), {"a", "an", "another", "A", "An", "Another"})) return true;
    }
  }
  return false;
}
}  // namespace

bool inside_any(const std::vector<ByteSpan>& quotes, std::size_t offset) {
  auto it = std::upper_bound(quotes.begin(), quotes.end(), offset,
                             [](std::size_t value, const ByteSpan& q) { return value < q.begin; });
  return it != quotes.begin() && std::prev(it)->contains(offset);
}

void CueFinder::find(std::string_view text, ByteSpan unit, const std::vector<ByteSpan>& quotes,
                     std::vector<CueMatch>& out) const {
  const std::string_view unit_text = unit.in(text);
  re2::StringPiece input(unit_text.data(), unit_text.size());
  re2::StringPiece aux, verb, according;
  const auto offset_of = [&](const re2::StringPiece& piece) {
    return unit.begin + static_cast<std::size_t>(piece.data() - unit_text.data());
  };
  while (RE2::FindAndConsume(&input, *compiled_->pattern, &aux, &verb, &according)) {
    CueMatch match;
    if (!according.empty()) {
      match.cue = match.verb = {offset_of(according), offset_of(according) + according.size()};
    } else {
      const auto found = compiled_->forms.find(std::string_view(verb.data(), verb.size()));
      if (found == compiled_->forms.end()) continue;
      match.verb_info = found->second.first;
      match.form = found->second.second;
      match.verb = {offset_of(verb), offset_of(verb) + verb.size()};
      match.cue = {aux.empty() ? match.verb.begin : offset_of(aux), match.verb.end};
      // "was told", "is said": a passive; the subject is the addressee, not the speaker.
      bool passive = false;
      if (!aux.empty() && !match.participle()) {
        std::string_view words(aux.data(), aux.size());
        for (std::size_t start = 0; start < words.size();) {
          const auto end = std::min(words.find_first_of(" \t\n", start), words.size());
          if (is_be_form(words.substr(start, end - start))) passive = true;
          start = words.find_first_not_of(" \t\n", end);
          if (start == std::string_view::npos) break;
        }
      }
      if (passive) continue;
    }
    if (inside_any(quotes, match.verb.begin)) continue;
    // "polls show", "records show": the bare form is a verb only after a plural subject
    // ("the radio show" is a noun)
    if (match.verb_info && match.verb_info->lemma == "show" && match.form == 0 && match.cue.begin == match.verb.begin &&
        !after_plural_word(text, unit.begin, match.verb.begin)) {
      continue;
    }
    if (match.verb_info && not_a_report(text, unit, match)) continue;
    out.push_back(match);
  }
}

}  // namespace parley::evidence::detail
