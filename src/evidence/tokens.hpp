// Internal: word tokens and the closed word classes the attribution rules consult.
//
// Data flow: a byte range of the article ──tokenize (ICU character properties)──▶ tokens
// (words and single punctuation marks) ──▶ source noun-phrase scans, name runs and title
// matching. Word classes (pronouns, titles, determiners, clause openers, time adjuncts,
// demonyms) are small sorted ASCII lists looked up by the lowercase token.
#pragma once

#include <initializer_list>
#include <string_view>
#include <vector>

#include "parley/evidence/text_span.hpp"

namespace parley::evidence::detail {

struct Token {
  ByteSpan span;
  bool word = false;         // letters/digits (with inner . ' ’ -); otherwise one punctuation mark
  bool capitalized = false;  // a word whose first code point is an uppercase letter
};

// Appends the tokens of text[range] to `out`.
void tokenize(std::string_view text, ByteSpan range, std::vector<Token>& out);

enum class WordClass {
  pronoun,          // he, she, they, we, I, it
  determiner,       // the, a, his, their, ...
  definite,         // the, this, that: descriptions that can refer back
  clause_opener,    // and, but, as, while, that, which, who, ...: a source never spans one
  time_adjunct,     // Monday, yesterday, earlier, also, ...: may sit between source and cue
  title,            // president, minister, spokesman, adviser, Mr., Sen., ...
  leader_title,     // president, prime minister, chancellor, leader, king, head: "the X leader"
  demonym,          // Russian, Ukrainian, Belarusian, American, ... (also by suffix)
  honorific,        // Mr., Mrs., Ms., Dr.
  role_noun,        // politician, official, diplomat: a title any person may hold
};

bool is_word(std::string_view token, WordClass word_class);
// True when the token belongs to any of `classes` (one table search).
bool is_any_word(std::string_view token, std::initializer_list<WordClass> classes);

}  // namespace parley::evidence::detail
