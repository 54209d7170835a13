#include "evidence/tokens.hpp"

#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace parley::evidence::detail {

namespace {

UChar32 code_point_at(std::string_view text, std::size_t i, std::size_t& next) {
  auto offset = static_cast<std::int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), offset, static_cast<std::int32_t>(text.size()), c);
  next = static_cast<std::size_t>(offset);
  return c;
}

bool joins_word(UChar32 c) { return c == '.' || c == '\'' || c == 0x2019 || c == '-'; }

// Sorted lists (lowercase ASCII); looked up with binary search.
constexpr auto pronouns = std::to_array<std::string_view>({"he", "i", "it", "she", "they", "we"});
constexpr auto determiners = std::to_array<std::string_view>({"a", "an", "her", "his", "its", "my", "our", "that", "the",
                                    "their", "these", "this", "those", "your"});
constexpr auto definites = std::to_array<std::string_view>({"that", "the", "this"});
constexpr auto clause_openers = std::to_array<std::string_view>({"after", "although", "and", "as", "because", "before", "but", "even", "for", "how", "if", "nor",
    "or", "since", "so", "than", "that", "though", "unless", "until", "what", "when", "whenever", "where",
    "whether", "which", "while", "who", "whom", "why", "yet"});
constexpr auto time_adjuncts = std::to_array<std::string_view>({"again", "already", "also", "earlier", "friday", "however", "last", "later", "meanwhile",
    "monday", "morning", "night", "now", "on", "previously", "recently", "saturday", "sunday", "then", "this",
    "thursday", "today", "tonight", "tuesday", "wednesday", "week", "weekend", "yesterday"});
constexpr auto titles = std::to_array<std::string_view>({"adm.", "adviser", "advisor", "aide", "ambassador", "analyst", "candidate", "chairman",
    "chairwoman", "chancellor", "chief", "commander", "congressman", "congresswoman", "counterpart", "deputy",
    "diplomat", "director", "dr.", "envoy", "gen.", "general", "gov.", "governor", "head", "king", "lawmaker",
    "leader", "mayor", "minister", "mr.", "mrs.", "ms.", "negotiator", "nominee", "official", "pope", "premier",
    "president", "queen", "rep.", "representative", "secretary", "sen.", "senator", "speaker", "spokesman",
    "spokesperson", "spokeswoman"});
constexpr auto leader_titles = std::to_array<std::string_view>({"chancellor", "head", "king", "leader",  "premier",
                                      "president",                    "prime", "queen"});
constexpr auto demonyms = std::to_array<std::string_view>({"african", "american", "british", "chinese", "dutch", "english",
                                 "european", "french", "german", "irish", "israeli", "kremlin", "polish",
                                 "saudi", "spanish", "swiss", "turkish", "u.s.", "western"});
constexpr auto honorifics = std::to_array<std::string_view>({"dr.", "mr.", "mrs.", "ms."});

static_assert(std::is_sorted(pronouns.begin(), pronouns.end()) && std::is_sorted(determiners.begin(), determiners.end()) &&
              std::is_sorted(definites.begin(), definites.end()) &&
              std::is_sorted(clause_openers.begin(), clause_openers.end()) &&
              std::is_sorted(time_adjuncts.begin(), time_adjuncts.end()) && std::is_sorted(titles.begin(), titles.end()) &&
              std::is_sorted(leader_titles.begin(), leader_titles.end()) &&
              std::is_sorted(demonyms.begin(), demonyms.end()) && std::is_sorted(honorifics.begin(), honorifics.end()),
              "word lists must be sorted for binary search");

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& list, std::string_view word) {
  return std::binary_search(list.begin(), list.end(), word);
}

}  // namespace

void tokenize(std::string_view text, ByteSpan range, std::vector<Token>& out) {
  std::size_t i = range.begin;
  while (i < range.end) {
    std::size_t next = 0;
    const UChar32 c = code_point_at(text, i, next);
    if (u_isUWhiteSpace(c) || c == 0xA0) {
      i = next;
      continue;
    }
    if (!u_isalnum(c)) {
      out.push_back({{i, next}, false, false});
      i = next;
      continue;
    }
    Token token{{i, next}, true, static_cast<bool>(u_isupper(c))};
    std::size_t j = next;
    while (j < range.end) {
      std::size_t after = 0;
      const UChar32 d = code_point_at(text, j, after);
      if (u_isalnum(d)) {
        j = after;
        continue;
      }
      if (!joins_word(d)) break;
      std::size_t after_next = 0;
      const bool letter_follows = after < range.end && u_isalnum(code_point_at(text, after, after_next));
      // "U.S." and "Mr." keep their final period; a sentence-final period does not.
      const bool abbreviation_period = d == '.' && !letter_follows && (j - token.span.begin) <= 3 &&
                                       token.capitalized;
      if (!letter_follows && !abbreviation_period) break;
      j = after;
    }
    token.span.end = j;
    out.push_back(token);
    i = j;
  }
}

bool is_word(std::string_view token, WordClass word_class) {
  std::array<char, 24> buffer{};
  if (token.size() > buffer.size()) return false;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view lower(buffer.data(), token.size());
  switch (word_class) {
    case WordClass::pronoun: return contains(pronouns, lower);
    case WordClass::determiner: return contains(determiners, lower);
    case WordClass::definite: return contains(definites, lower);
    case WordClass::clause_opener: return contains(clause_openers, lower);
    case WordClass::time_adjunct: return contains(time_adjuncts, lower);
    case WordClass::title: return contains(titles, lower);
    case WordClass::leader_title: return contains(leader_titles, lower);
    case WordClass::honorific: return contains(honorifics, lower);
    case WordClass::demonym:
      if (contains(demonyms, lower)) return true;
      // Russian, Ukrainian, Belarusian, Japanese, Pakistani: capitalised words with a demonym suffix
      return !token.empty() && token[0] >= 'A' && token[0] <= 'Z' &&
             (lower.ends_with("ian") || lower.ends_with("ese") || lower.ends_with("ean"));
  }
  return false;
}

}  // namespace parley::evidence::detail
