#include "evidence/tokens.hpp"

#include <algorithm>
#include <array>
#include <utility>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace parley::evidence::detail {

namespace {

struct CodePoint {
  UChar32 value = 0;
  std::size_t next = 0;  // offset of the following code point
  bool alnum = false;
  bool upper = false;
  bool space = false;
};

// ASCII is decided inline (most of the text); everything else goes through ICU.
CodePoint decode(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x80) {
    const bool upper = byte >= 'A' && byte <= 'Z';
    const bool alnum = upper || (byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9');
    const bool space = byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r' || byte == '\f' || byte == '\v';
    return {static_cast<UChar32>(byte), i + 1, alnum, upper, space};
  }
  auto offset = static_cast<std::int32_t>(i);
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const std::uint8_t*>(text.data()), offset, static_cast<std::int32_t>(text.size()), c);
  return {c, static_cast<std::size_t>(offset), static_cast<bool>(u_isalnum(c)), static_cast<bool>(u_isupper(c)),
          u_isUWhiteSpace(c) || c == 0xA0};
}

bool joins_word(UChar32 c) { return c == '.' || c == '\'' || c == 0x2019 || c == '-'; }

// Word lists (lowercase ASCII), merged into one table by word_table().
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
    "leader", "mayor", "minister", "mr.", "mrs.", "ms.", "negotiator", "nominee", "official", "politician", "pope", "premier",
    "president", "queen", "rep.", "representative", "secretary", "sen.", "senator", "speaker", "spokesman",
    "spokesperson", "spokeswoman", "statesman"});
// Titles that name a role any person may hold: "the politician told RT" refers back to
// whoever spoke last, whatever their own titles.
constexpr auto role_nouns = std::to_array<std::string_view>({"diplomat", "lawmaker", "negotiator", "official",
                                                             "politician", "statesman"});
constexpr auto leader_titles = std::to_array<std::string_view>({"chancellor", "head", "king", "leader",  "premier",
                                      "president",                    "prime", "queen"});
constexpr auto demonyms = std::to_array<std::string_view>({"african", "american", "british", "chinese", "dutch", "english",
                                 "european", "french", "german", "irish", "israeli", "kremlin", "polish",
                                 "saudi", "spanish", "swiss", "turkish", "u.s.", "western"});
constexpr auto honorifics = std::to_array<std::string_view>({"dr.", "mr.", "mrs.", "ms."});



}  // namespace

void tokenize(std::string_view text, ByteSpan range, std::vector<Token>& out) {
  std::size_t i = range.begin;
  while (i < range.end) {
    const CodePoint first = decode(text, i);
    if (first.space) {
      i = first.next;
      continue;
    }
    if (!first.alnum) {
      out.push_back({{i, first.next}, false, false});
      i = first.next;
      continue;
    }
    Token token{{i, first.next}, true, first.upper};
    std::size_t j = first.next;
    while (j < range.end) {
      const CodePoint d = decode(text, j);
      if (d.alnum) {
        j = d.next;
        continue;
      }
      if (!joins_word(d.value)) break;
      const bool letter_follows = d.next < range.end && decode(text, d.next).alnum;
      // "U.S." and "Mr." keep their final period; a sentence-final period does not.
      const bool abbreviation_period = d.value == '.' && !letter_follows && (j - token.span.begin) <= 3 &&
                                       token.capitalized;
      if (!letter_follows && !abbreviation_period) break;
      j = d.next;
    }
    token.span.end = j;
    out.push_back(token);
    i = j;
  }
}

namespace {

using Entry = std::pair<std::string_view, unsigned>;

constexpr unsigned bit(WordClass word_class) { return 1u << static_cast<unsigned>(word_class); }

// All lists merged into one sorted table word → class bits: one search per token.
const std::vector<Entry>& word_table() {
  static const std::vector<Entry> table = [] {
    std::vector<Entry> entries;
    const auto add = [&](const auto& list, WordClass word_class) {
      for (const auto word : list) entries.emplace_back(word, bit(word_class));
    };
    add(pronouns, WordClass::pronoun);
    add(determiners, WordClass::determiner);
    add(definites, WordClass::definite);
    add(clause_openers, WordClass::clause_opener);
    add(time_adjuncts, WordClass::time_adjunct);
    add(titles, WordClass::title);
    add(leader_titles, WordClass::leader_title);
    add(demonyms, WordClass::demonym);
    add(honorifics, WordClass::honorific);
    add(role_nouns, WordClass::role_noun);
    std::sort(entries.begin(), entries.end());
    std::vector<Entry> merged;
    for (const auto& [word, bits] : entries) {
      if (!merged.empty() && merged.back().first == word) merged.back().second |= bits;
      else merged.emplace_back(word, bits);
    }
    return merged;
  }();
  return table;
}

}  // namespace

unsigned word_classes(std::string_view token) {
  std::array<char, 24> buffer{};
  if (token.empty() || token.size() > buffer.size()) return 0;
  // Most tokens are in no list: reject them on their first letter before searching.
  static const std::array<bool, 256> first_letters = [] {
    std::array<bool, 256> letters{};
    for (const auto& [word, bits] : word_table()) letters[static_cast<unsigned char>(word[0])] = true;
    return letters;
  }();
  const auto first = static_cast<unsigned char>(token[0] >= 'A' && token[0] <= 'Z' ? token[0] - 'A' + 'a' : token[0]);
  const bool capitalized = token[0] >= 'A' && token[0] <= 'Z';
  if (!first_letters[first] && !capitalized) return 0;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    buffer[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  const std::string_view lower(buffer.data(), token.size());
  const auto& table = word_table();
  if (!first_letters[first]) return (lower.ends_with("ian") || lower.ends_with("ese") || lower.ends_with("ean")) ? bit(WordClass::demonym) : 0u;
  const auto it = std::lower_bound(table.begin(), table.end(), lower,
                                   [](const Entry& e, std::string_view w) { return e.first < w; });
  unsigned bits = (it != table.end() && it->first == lower) ? it->second : 0u;
  // Russian, Ukrainian, Belarusian, Japanese, Korean: capitalised words with a demonym suffix
  if (capitalized && (lower.ends_with("ian") || lower.ends_with("ese") || lower.ends_with("ean"))) {
    bits |= bit(WordClass::demonym);
  }
  return bits;
}

bool is_word(std::string_view token, WordClass word_class) { return (word_classes(token) & bit(word_class)) != 0; }

bool is_any_word(std::string_view token, std::initializer_list<WordClass> classes) {
  unsigned wanted = 0;
  for (const auto word_class : classes) wanted |= bit(word_class);
  return (word_classes(token) & wanted) != 0;
}

}  // namespace parley::evidence::detail
