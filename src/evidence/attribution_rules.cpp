#include "evidence/attribution_rules.hpp"

#include <algorithm>

#include "evidence/quote_finder.hpp"
#include "evidence/tokens.hpp"

namespace parley::evidence::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Between a quotation and its source/cue only spaces, commas and dashes may stand.
bool is_gap_text(std::string_view s, bool allow_colon) {
  for (std::size_t i = 0; i < s.size();) {
    const char c = s[i];
    if (is_space(c) || c == ',' || c == '-' || (allow_colon && c == ':')) {
      ++i;
    } else if (s.compare(i, 3, "\xE2\x80\x94") == 0 || s.compare(i, 3, "\xE2\x80\x93") == 0) {  // — –
      i += 3;
    } else {
      return false;
    }
  }
  return true;
}

bool lower_equals(std::string_view token, std::string_view word) {
  if (token.size() != word.size()) return false;
  for (std::size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    if (((c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c) != word[i]) return false;
  }
  return true;
}

bool is_preposition(std::string_view token) {
  for (const auto word : {"in", "on", "at", "of", "about", "for", "to", "with", "by", "during", "after", "before",
                          "from", "as", "into", "over", "under"}) {
    if (lower_equals(token, word)) return true;
  }
  return false;
}

bool is_weekday(std::string_view token) {
  for (const auto day : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}) {
    if (lower_equals(token, day)) return true;
  }
  return false;
}

class UnitRules {
 public:
  UnitRules(const UnitInput& input, std::vector<RawStatement>& out)
      : in_(input), out_(out), first_statement_(out.size()), claimed_end_(input.unit.begin) {}

  void run() {
    if (in_.cues.empty() && headline_colon()) return;
    for (std::size_t c = 0; c < in_.cues.size(); ++c) {
      const CueMatch& cue = in_.cues[c];
      if (cue.cue.begin < claimed_end_) continue;  // part of an earlier statement (nested report)
      const std::size_t limit = content_limit(c);
      const std::size_t before = out_.size();
      if (cue.according_to()) {
        according_to(cue, limit);
      } else {
        verb_cue(cue, limit);
      }
      if (out_.size() > before) claim(out_.back());
    }
  }

 private:
  std::string_view tok(const Token& t) const { return t.span.in(in_.text); }

  // "Graham: Trump’s rhetoric destroying GOP’s chance": a headline paragraph that opens with
  // a short name and a colon attributes the rest of the line to the name. Section labels
  // ("The Latest:", "Editor’s Note:", "Q:"), all-capital kickers and lists are not names.
  bool headline_colon() {
    const std::size_t begin = in_.unit.begin;
    if (begin > 0 && in_.text[begin - 1] != '\n') return false;
    std::size_t line_end = in_.text.find('\n', begin);
    if (line_end == std::string_view::npos) line_end = in_.text.size();
    if (in_.unit.end != line_end) return false;
    const std::size_t colon = in_.text.find(':', begin);
    if (colon == std::string_view::npos || colon >= in_.unit.end || colon - begin > 60) return false;
    tokens_.clear();
    tokenize(in_.text, {begin, colon}, tokens_);
    std::size_t words = 0;
    for (const auto& t : tokens_) {
      const auto w = tok(t);
      if (!t.word) {
        if (w != "." && w != "-" && w != "&" && w != "\xE2\x80\x99" && w != "'") return false;
        continue;
      }
      if (++words > 4 || w.size() < 2 || (words == 1 && !t.capitalized)) return false;
      if (w.size() > 3 && std::all_of(w.begin(), w.end(), [](char ch) { return !(ch >= 'a' && ch <= 'z'); })) return false;
      for (const auto label : {"the", "editor", "update", "note", "related", "photos", "photo", "watch", "video", "read",
                               "source", "sources", "email", "correction", "clarification", "contact", "listen",
                               "credit", "breaking", "exclusive", "poll", "polls", "latest", "daily", "report",
                               "contributing", "revealed", "big"}) {
        const auto base = w.ends_with("\xE2\x80\x99s") ? w.substr(0, w.size() - 4) : w;  // "Editor’s"
        if (lower_equals(base, label)) return false;
      }
    }
    if (words == 0) return false;
    const auto content = content_span(colon + 1, in_.unit.end);
    if (!content) return false;
    tokens_.clear();
    tokenize(in_.text, *content, tokens_);
    const auto content_words = std::count_if(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.word; });
    const char first = in_.text[content->begin];
    if (content_words < 3 || (first >= '0' && first <= '9')) return false;
    RawStatement statement;
    statement.source = ByteSpan{begin, colon};
    statement.cue = ByteSpan{colon, colon + 1};
    statement.content.push_back(*content);
    statement.pattern = "headline_colon";
    add(std::move(statement));
    return true;
  }

  void claim(const RawStatement& s) {
    for (const auto& span : s.content) claimed_end_ = std::max(claimed_end_, span.end);
    if (s.source) claimed_end_ = std::max(claimed_end_, s.source->end);
    if (s.cue) claimed_end_ = std::max(claimed_end_, s.cue->end);
  }

  std::size_t skip_spaces(std::size_t pos, std::size_t limit) const {
    while (pos < limit && is_space(in_.text[pos])) ++pos;
    return pos;
  }

  // Content of a cue ends at the comma that opens a following participle or "according to"
  // ("..., adding that", "..., according to"), else at the end of the unit.
  // A later cue in a coordinated clause ("..., and more than 4 in 10 said ...") also ends it.
  std::size_t content_limit(std::size_t c) const {
    for (std::size_t n = c + 1; n < in_.cues.size(); ++n) {
      const CueMatch& next = in_.cues[n];
      std::size_t pos = next.cue.begin;
      while (pos > in_.unit.begin && is_space(in_.text[pos - 1])) --pos;
      if ((next.participle() || next.according_to()) && pos > in_.unit.begin && in_.text[pos - 1] == ',') return pos - 1;
      // `… a “tragedy,” insisting that`: the comma stands inside the closing quotation mark
      if (next.participle() && after_quoted_comma(next.cue.begin)) return pos;
      const std::string_view between = in_.text.substr(in_.cues[c].cue.end, next.cue.begin - in_.cues[c].cue.end);
      // "S called the war a tragedy but insisted that …", "S said she had met him twice but
      // said …": a content ends where a second cue verb of the same subject begins (for clause
      // contents too: train +44 exact, 63 more statements, the second cue's own)
      if (!in_.cues[c].according_to() && !next.according_to()) {
        for (const std::string_view joint : {" but ", " and "}) {
          if (between.ends_with(joint) && !inside_any(in_.quotes, next.cue.begin - joint.size())) {
            return next.cue.begin - joint.size();
          }
        }
      }
      for (const std::string_view joint : {", and ", ", but ", "; "}) {
        const auto at = between.rfind(joint);
        const std::size_t offset = in_.cues[c].cue.end + at;
        if (at != std::string_view::npos && !inside_any(in_.quotes, offset)) return offset;
      }
    }
    return in_.unit.end;
  }

  // text[start, limit) as content: stops at a semicolon outside quotations; trims spaces and
  // a final sentence or clause mark that stands outside any quotation.
  std::optional<ByteSpan> content_span(std::size_t start, std::size_t limit) const {
    start = skip_spaces(start, limit);
    std::size_t end = limit;
    // "S said X; Y": Y is the outlet's. But after a colon, semicolons separate the items of
    // a list ("war aims: the withdrawal ...; recognition ...; the lifting of sanctions").
    bool list = false;
    for (std::size_t pos = start; pos < end; ++pos) {
      if (inside_any(in_.quotes, pos)) continue;
      if (in_.text[pos] == ':') list = true;
      if (in_.text[pos] == ';' && !list) end = pos;
    }
    // A contrasting clause is the reporter's, not the speaker's: "..., but he pressed Clinton".
    const std::string_view body = in_.text.substr(start, end - start);
    for (const std::string_view joint : {", but ", ", even as ", " - though ", " \xE2\x80\x94 though ", ", though ",
                                         ", although ", ", while ", ", whereas ", " - but ", " \xE2\x80\x94 but "}) {
      const auto at = body.find(joint);
      if (at != std::string_view::npos && at > 0 && !inside_any(in_.quotes, start + at)) end = std::min(end, start + at);
    }
    trim_spaces(start, end);
    while (end > start && !inside_any(in_.quotes, end - 1) && trailing_mark(start, end)) {
      --end;
      trim_spaces(start, end);
    }
    if (end <= start) return std::nullopt;
    return ByteSpan{start, end};
  }

  // Spaces, including the no-break space (U+00A0) news sites put before a following word.
  void trim_spaces(std::size_t start, std::size_t& end) const {
    while (end > start) {
      if (is_space(in_.text[end - 1])) {
        --end;
      } else if (end - start >= 2 && in_.text.compare(end - 2, 2, "\xC2\xA0") == 0) {
        end -= 2;
      } else {
        break;
      }
    }
  }

  // text[end - 1] is a mark that closes the sentence or clause, not content: `.`, `,`, `!`,
  // `?`, `:`, and a `)` that closes a parenthesis opened before the content ("(Trump said
  // he would.)"). The period of dotted initials ("from entering the U.S.") is the word's.
  bool trailing_mark(std::size_t start, std::size_t end) const {
    const char c = in_.text[end - 1];
    if (c == ')') {
      const std::string_view body = in_.text.substr(start, end - start);
      return std::count(body.begin(), body.end(), '(') < std::count(body.begin(), body.end(), ')');
    }
    if (c == '.' && end - start >= 4 && in_.text[end - 2] >= 'A' && in_.text[end - 2] <= 'Z' && in_.text[end - 3] == '.') {
      return false;
    }
    return std::string_view(".,!?:").find(c) != std::string_view::npos;
  }

  const ByteSpan* quote_starting_at(std::size_t pos) const {
    for (const auto& q : in_.quotes) {
      if (q.begin == pos) return &q;
    }
    return nullptr;
  }

  StatementKind kind_of(const std::vector<ByteSpan>& content) const {
    bool all_quoted = true;
    bool any_quote = false;
    for (const auto& span : content) {
      const ByteSpan* q = quote_starting_at(span.begin);
      all_quoted = all_quoted && q && q->end == span.end;
      for (const auto& quote : in_.quotes) any_quote = any_quote || (quote.begin >= span.begin && quote.end <= span.end);
    }
    if (all_quoted) return StatementKind::direct;
    return any_quote ? StatementKind::mixed : StatementKind::indirect;
  }

  // The subject at the start of the unit (a capitalised run with its titles, or a pronoun),
  // for statements without a source of their own ("..., adding that ...").
  std::optional<ByteSpan> unit_subject() {
    tokens_.clear();
    tokenize(in_.text, {in_.unit.begin, std::min(in_.unit.end, in_.unit.begin + 200)}, tokens_);
    if (tokens_.empty() || !tokens_[0].word) return std::nullopt;
    if (is_word(tok(tokens_[0]), WordClass::pronoun)) return tokens_[0].span;
    std::size_t last = 0;
    while (last + 1 < tokens_.size() && tokens_[last + 1].word && tokens_[last + 1].capitalized) ++last;
    if (!tokens_[0].capitalized) return std::nullopt;
    return ByteSpan{tokens_[0].span.begin, tokens_[last].span.end};
  }

  struct LeftSource {
    std::optional<ByteSpan> span;
    bool coordinated = false;  // the scan met "and"/"but" first: "X did Y but insisted that ..."
    bool after_comma = false;  // a comma stands right before the source ("CLAUSE, S said")
  };

  // The noun phrase ending right before the cue: back to punctuation or a clause opener,
  // skipping time adjuncts ("Putin on Tuesday said") and appositives ("S, an adviser to X, said").
  LeftSource source_left(std::size_t region_begin, std::size_t cue_begin) {
    LeftSource result;
    tokens_.clear();
    tokenize(in_.text, {region_begin, cue_begin}, tokens_);
    auto i = static_cast<long>(tokens_.size()) - 1;
    const auto strip_adjuncts = [&] {
      while (i >= 0 && tokens_[i].word &&
             (is_word(tok(tokens_[i]), WordClass::time_adjunct) || is_weekday(tok(tokens_[i])))) --i;
    };
    strip_adjuncts();
    if (i < 0) return result;
    std::optional<std::size_t> appositive_end;  // "S, an adviser to X, said": the source spans both
    if (!tokens_[i].word && tok(tokens_[i]) != ")") {  // "Jane Doe (D-MA) said" goes on below
      if (tok(tokens_[i]) != ",") return result;
      result.after_comma = true;  // "CLAUSE, said S" unless an appositive follows
      long j = i - 1;  // an appositive closed by this comma: find the comma that opens it
      while (j >= 0 && i - j < 16 && tok(tokens_[j]) != "," &&
             (tokens_[j].word || tok(tokens_[j]) == "." || tok(tokens_[j]) == "-" || tok(tokens_[j]) == "\xE2\x80\x99" ||
              tok(tokens_[j]) == "'" || tok(tokens_[j]) == "(" || tok(tokens_[j]) == ")")) --j;
      if (j < 1 || tok(tokens_[j]) != "," || j + 1 >= i) return result;
      const auto first_word = tok(tokens_[j + 1]);
      bool has_title = false;
      for (long k = j + 1; k < i; ++k) has_title = has_title || is_word(tok(tokens_[k]), WordClass::title);
      const bool after_name = tokens_[j - 1].word && tokens_[j - 1].capitalized;
      bool all_capitalized = true;  // "His campaign manager, Jeff Weaver, said"
      for (long k = j + 1; k < i; ++k) all_capitalized = all_capitalized && tokens_[k].word && tokens_[k].capitalized;
      const bool appositive = all_capitalized || is_word(first_word, WordClass::determiner) || lower_equals(first_word, "who") ||
                              lower_equals(first_word, "which") || has_title ||
                              (after_name && (tokens_[j + 1].capitalized || (first_word[0] >= '0' && first_word[0] <= '9')));
      // "Corey Lewandowski, in a statement released on Thursday, said", "John Archer, wearing
      // a T-shirt, said": an adjunct between the name and the cue, not part of the source
      const bool adjunct = after_name && (is_preposition(first_word) || first_word.ends_with("ing"));
      if (!appositive && !adjunct) return result;
      result.after_comma = false;
      if (!adjunct) appositive_end = tokens_[i].span.end;
      i = j - 1;
      strip_adjuncts();
    }
    long last = i;
    long first = i + 1;
    int words = 0;
    while (i >= 0) {
      const Token& t = tokens_[i];
      const auto text = tok(t);
      if (!t.word) {
        if (text == "." || text == "-" || text == "&") {
          --i;
          continue;
        }
        if (text == ")") {  // "Roger Wicker (R-Miss.)": a parenthesis inside the noun phrase
          long open = i - 1;
          while (open >= 0 && i - open < 12 && tok(tokens_[open]) != "(") --open;
          if (open >= 0 && tok(tokens_[open]) == "(") {
            i = open - 1;
            continue;
          }
        }
        result.after_comma = text == ",";
        break;
      }
      if (is_word(text, WordClass::clause_opener)) {
        if (first > last && lower_equals(text, "who")) {  // "Republicans who have said"
          --i;
          last = i;
          first = i + 1;
          continue;
        }
        if (first > last) result.coordinated = lower_equals(text, "and") || lower_equals(text, "but");
        break;
      }
      first = i;
      if (++words > 12) {
        // "Saturday at the party convention Sen. Elizabeth Warren (D-MA) said": past a long
        // run of words only the name (with its titles) right before the cue is the source
        first = name_run_start(last);
        if (first > last) return result;
        break;
      }
      --i;
    }
    if (first > last) return result;
    while (last >= first && !tokens_[last].word && tok(tokens_[last]) != ")") --last;
    if (last < first) return result;
    result.span = ByteSpan{tokens_[first].span.begin, appositive_end.value_or(tokens_[last].span.end)};
    return result;
  }

  // The first token of the capitalised run (honorifics, names, a party parenthesis) that
  // ends at tokens_[last]; last + 1 when tokens_[last] does not end one.
  long name_run_start(long last) const {
    long first = last + 1;
    for (long k = last; k >= 0 && last - k < 10; --k) {
      const Token& t = tokens_[k];
      const auto text = tok(t);
      if (t.word && t.capitalized) {
        first = k;
      } else if (text == ")") {  // "(D-MA)"
        long open = k - 1;
        while (open >= 0 && k - open < 8 && tok(tokens_[open]) != "(") --open;
        if (open < 0) break;
        k = open;
      } else if (!(text == "." || text == "-")) {
        break;
      }
    }
    return first;
  }

  // The source of "according to": everything up to the next comma or the end of the unit
  // ("according to a 2013 study by economists Peter Schott and Justin Pierce,").
  std::optional<ByteSpan> source_to_comma(std::size_t pos, std::size_t limit) {
    pos = skip_spaces(pos, limit);
    std::size_t end = pos;
    while (end < limit && in_.text[end] != ',' && in_.text[end] != ';' && !(in_.text[end] == '.' && end + 1 == limit)) ++end;
    while (end > pos && is_space(in_.text[end - 1])) --end;
    if (end <= pos || end - pos > 200) return std::nullopt;
    return ByteSpan{pos, end};
  }

  // "according to comments this week by its spokesman, Dmitri S. Peskov, ...": a noun
  // ("comments", "a statement") is the source as written (as PolNeAR marks it), but the
  // speaker is who follows "by", with a name in apposition.
  std::optional<ByteSpan> by_speaker(ByteSpan source, std::size_t limit) {
    const std::string_view text = source.in(in_.text);
    const auto by = text.find(" by ");
    if (by == std::string_view::npos || by + 4 >= text.size()) return std::nullopt;
    ByteSpan speaker{skip_spaces(source.begin + by + 4, source.end), source.end};
    const std::size_t comma = skip_spaces(source.end, limit);
    if (comma >= limit || in_.text[comma] != ',') return speaker;
    tokens_.clear();
    tokenize(in_.text, {comma + 1, limit}, tokens_);
    std::size_t n = 0;
    while (n < tokens_.size() && n < 6 && tokens_[n].word && tokens_[n].capitalized) ++n;
    if (n > 0 && n < tokens_.size() && tok(tokens_[n]) == ",") speaker.end = tokens_[n - 1].span.end;
    return speaker;
  }

  // The speaker after the cue: "said TITLE S".
  std::optional<ByteSpan> source_right(std::size_t pos, std::size_t limit) {
    tokens_.clear();
    tokenize(in_.text, {pos, limit}, tokens_);
    std::size_t count = 0;
    while (count < tokens_.size()) {
      const Token& t = tokens_[count];
      const auto text = tok(t);
      if (!t.word) {
        if (text == "." || text == "-" || text == "&" || text == "\xE2\x80\x99") {
          ++count;
          continue;
        }
        break;
      }
      if (is_word(text, WordClass::clause_opener) || (count > 0 && is_preposition(text) && !lower_equals(text, "of")))
        break;
      if (count >= 12) return std::nullopt;
      ++count;
    }
    while (count > 0 && !tokens_[count - 1].word) --count;
    if (count == 0) return std::nullopt;
    const auto first = tok(tokens_[0]);
    if (!tokens_[0].capitalized && !is_word(first, WordClass::determiner) &&
        !is_word(first, WordClass::title)) {
      return std::nullopt;
    }
    return ByteSpan{tokens_[0].span.begin, tokens_[count - 1].span.end};
  }

  // Skips what may follow a cue before its content: time adjuncts, "in an interview (with X)",
  // "on Twitter", "to reporters". "in a statement" is part of the cue (extends `cue_end`).
  std::size_t skip_adjuncts(std::size_t pos, std::size_t limit, std::size_t& cue_end) {
    tokens_.clear();
    tokenize(in_.text, {pos, limit}, tokens_);
    std::size_t k = 0;
    const auto word_at = [&](std::size_t n) -> std::string_view {
      return k + n < tokens_.size() && tokens_[k + n].word ? tok(tokens_[k + n]) : std::string_view{};
    };
    while (k < tokens_.size()) {
      const auto w = word_at(0);
      if (w.empty()) break;
      if (is_weekday(w) || lower_equals(w, "yesterday") || lower_equals(w, "today") || lower_equals(w, "tonight") ||
          lower_equals(w, "earlier") || lower_equals(w, "later") || lower_equals(w, "again") ||
          lower_equals(w, "also") || lower_equals(w, "repeatedly") || lower_equals(w, "publicly")) {
        ++k;
      } else if ((lower_equals(w, "last") || lower_equals(w, "this")) &&
                 (lower_equals(word_at(1), "week") || lower_equals(word_at(1), "month") ||
                  lower_equals(word_at(1), "year") || lower_equals(word_at(1), "night") ||
                  lower_equals(word_at(1), "weekend") || lower_equals(word_at(1), "morning"))) {
        k += 2;
      } else if (lower_equals(w, "on") && (is_weekday(word_at(1)) || lower_equals(word_at(1), "twitter") ||
                                           lower_equals(word_at(1), "facebook") || lower_equals(word_at(1), "telegram") ||
                                           lower_equals(word_at(1), "television"))) {
        k += 2;
      } else if (lower_equals(w, "to") && (lower_equals(word_at(1), "reporters") || lower_equals(word_at(1), "journalists"))) {
        k += 2;
      } else if (lower_equals(w, "in") && (lower_equals(word_at(1), "a") || lower_equals(word_at(1), "an")) &&
                 !word_at(2).empty()) {
        const auto noun = word_at(2);
        if (lower_equals(noun, "statement") || (lower_equals(noun, "written") && lower_equals(word_at(3), "statement"))) {
          k += lower_equals(noun, "written") ? 4 : 3;
          cue_end = tokens_[k - 1].span.end;
          continue;
        }
        const bool medium = lower_equals(noun, "interview") || lower_equals(noun, "speech") ||
                            lower_equals(noun, "tweet") || lower_equals(noun, "post") || lower_equals(noun, "letter") ||
                            lower_equals(noun, "video") || lower_equals(noun, "email") ||
                            lower_equals(noun, "address") || lower_equals(noun, "briefing") ||
                            lower_equals(noun, "message") || lower_equals(noun, "op-ed");
        if (!medium) break;
        k += 3;
        if (is_preposition(word_at(0))) {  // "in an interview with the Associated Press"
          std::size_t n = k + 1;
          while (n < tokens_.size() && n < k + 7 && tokens_[n].word && !lower_equals(tok(tokens_[n]), "that")) ++n;
          k = n;
        }
      } else {
        break;
      }
    }
    return k < tokens_.size() ? tokens_[k].span.begin : limit;
  }

  // Where the content of a cue starts, looking at what follows it (after adjuncts).
  enum class After { nothing, colon, quote, that_clause, bare_clause };
  struct AfterCue {
    After what = After::nothing;
    std::size_t start = 0;
  };

  AfterCue after_cue(const CueMatch& cue, std::size_t pos, std::size_t limit) {
    tokens_.clear();
    tokenize(in_.text, {pos, limit}, tokens_);
    if (tokens_.empty()) return {};
    const auto first = tok(tokens_[0]);
    std::size_t mark_length = 0;
    if (first == ":") return {After::colon, tokens_[0].span.end};
    if (is_double_quote_mark(in_.text, tokens_[0].span.begin, mark_length)) return {After::quote, tokens_[0].span.begin};
    if (first == "," && tokens_.size() > 1 && is_double_quote_mark(in_.text, tokens_[1].span.begin, mark_length)) {
      return {After::quote, tokens_[1].span.begin};
    }
    if (!tokens_[0].word) return {};
    if (lower_equals(first, "that")) return {After::that_clause, tokens_[0].span.begin};
    // "asked whether ...", "asked reporters why ...": an indirect question
    const auto is_question_word = [&](std::string_view w) {
      for (const auto q : {"whether", "if", "why", "how", "what", "when", "who", "where", "which"}) {
        if (lower_equals(w, q)) return true;
      }
      return false;
    };
    if (cue.verb_info->lemma == "ask") {
      for (std::size_t n = 0; n < tokens_.size() && n < 6; ++n) {
        if (!tokens_[n].word) break;
        if (is_question_word(tok(tokens_[n]))) return {After::that_clause, tokens_[n].span.begin};
      }
    }
    // "endorsed Clinton", "declined to comment", "wants to leave": the object is the content
    const bool object_content = cue.verb_info->object;
    if (object_content && !is_preposition(first)) return {After::bare_clause, tokens_[0].span.begin};
    // "told OUTLET that ...", "said of X that ...": look a few words ahead for "that"
    // "promised to …", "hopes to …": commitments and hopes whose infinitive is the content
    const auto lemma = cue.verb_info->lemma;
    const bool takes_infinitive = object_content || lemma == "promise" || lemma == "vow" || lemma == "pledge" ||
                                  lemma == "agree" || lemma == "decide" || lemma == "hope" || lemma == "threaten";
    const bool infinitive_content = takes_infinitive && lower_equals(first, "to");
    const bool object_first =
        !infinitive_content && (cue.verb_info->lemma == "tell" || is_preposition(first) || !cue.verb_info->bare_clause);
    if (object_first) {
      for (std::size_t n = 1; n < tokens_.size() && n < 8; ++n) {
        const auto w = tok(tokens_[n]);
        if (lower_equals(w, "that") && tokens_[n].word) return {After::that_clause, tokens_[n].span.begin};
        if (w == ":" && n + 1 < tokens_.size()) return {After::colon, tokens_[n].span.end};
        // "told the National Post he had received …": a subject pronoun opens the clause;
        // "told host Matt Boyle, “…”": the quotation after the addressee
        if (cue.verb_info->lemma == "tell" && tokens_[n].word && is_word(w, WordClass::pronoun) &&
            !lower_equals(w, "it") && n + 2 < tokens_.size()) {
          return {After::bare_clause, tokens_[n].span.begin};
        }
        if (cue.verb_info->lemma == "tell" && w == "," && n + 1 < tokens_.size() &&
            is_double_quote_mark(in_.text, tokens_[n + 1].span.begin, mark_length)) {
          return {After::quote, tokens_[n + 1].span.begin};
        }
        if (!tokens_[n].word && w != "." && w != "\xE2\x80\x99") break;
      }
      return {};
    }
    std::size_t words = 0;
    for (const auto& t : tokens_) words += t.word ? 1 : 0;
    // "said nothing", "said repeatedly", "said to be": no reported clause follows
    if (words < 2 || first.ends_with("ly") || (lower_equals(first, "to") && !infinitive_content) ||
        lower_equals(first, "nothing") ||
        lower_equals(first, "so") || lower_equals(first, "little")) {
      return {};
    }
    return {After::bare_clause, tokens_[0].span.begin};
  }

  void add(RawStatement statement) {
    if (statement.content.empty()) return;
    statement.kind = kind_of(statement.content);
    out_.push_back(std::move(statement));
  }

  // Quotations that continue right after `pos` (separated by spaces, commas or dashes).
  // The first may also follow a short phrase that ends in a comma: "“Q1,” he said of Trump
  // and Ryan, “Q2.”", "“Q1,” Duncan told The New York Times in 2012, “Q2.”"
  void append_following_quotes(std::size_t pos, std::size_t limit, std::vector<ByteSpan>& content) const {
    bool first = true;
    for (const auto& q : in_.quotes) {
      if (q.begin < pos || q.end > limit) continue;
      const std::string_view gap = in_.text.substr(pos, q.begin - pos);
      if (!is_gap_text(gap, false) && !(first && is_phrase_then_comma(gap))) break;
      first = false;
      content.push_back(q);
      pos = q.end;
    }
  }

  static bool is_phrase_then_comma(std::string_view gap) {
    while (!gap.empty() && is_space(gap.back())) gap.remove_suffix(1);
    return !gap.empty() && gap.size() <= 60 && gap.back() == ',' && gap.find_first_of(".!?;:\"") == std::string_view::npos &&
           gap.find("\xE2\x80\x9C") == std::string_view::npos && gap.find("\xE2\x80\x9D") == std::string_view::npos;
  }

  void verb_cue(const CueMatch& cue, std::size_t limit) {
    const std::size_t region_begin = std::max(in_.unit.begin, claimed_end_);
    // The last quotation ending before the cue (inside the region) may be the content.
    const ByteSpan* previous_quote = nullptr;
    for (const auto& q : in_.quotes) {
      if (q.begin >= region_begin && q.end <= cue.cue.begin) previous_quote = &q;
    }
    const std::size_t scan_begin = previous_quote ? previous_quote->end : region_begin;
    RawStatement statement;
    statement.cue = cue.cue;
    if (cue.verb_info->lemma == "ask" && cue.form == 2 && opens_unit(region_begin, cue.cue.begin)) {
      asked_question(cue, limit, std::move(statement));
      return;
    }
    if (cue.participle()) {
      // "..., adding that": a participle clause; "the Kremlin signaling that": a modifier,
      // not a report (a progressive "is saying" carries its auxiliary in the cue)
      if (comma_before(cue.cue.begin, scan_begin) || after_quoted_comma(cue.cue.begin)) {
        participle_clause(cue, limit, std::move(statement));
        return;
      }
      if (cue.cue.begin == cue.verb.begin) return;
    }
    const LeftSource left = source_left(scan_begin, cue.cue.begin);
    std::size_t cue_end = cue.cue.end;
    std::size_t after = skip_adjuncts(cue_end, limit, cue_end);
    statement.cue->end = cue_end;

    bool quote_adjacent =
        previous_quote && is_gap_text(in_.text.substr(previous_quote->end,
                                                      (left.span ? left.span->begin : cue.cue.begin) - previous_quote->end),
                                      false);
    // `on Fox News’s “Sunday Morning Futures,” Rep. Issa said the judgment …`: a clause after
    // the cue is what was said; the quotation before it is a title
    if (quote_adjacent && left.span && previous_quote->begin > region_begin && word_count(*previous_quote) <= 4 &&
        after_cue(cue, after, limit).what != After::nothing) {
      quote_adjacent = false;
    }
    if (quote_adjacent) {
      if (left.span) {
        statement.source = left.span;
        statement.pattern = "quote_source_cue";
      } else {
        statement.source = source_right(after, limit);
        if (!statement.source) return;
        statement.pattern = "quote_cue_source";
        after = statement.source->end;
        std::size_t unused = 0;
        after = skip_adjuncts(after, limit, unused);
      }
      // "The “negotiations are extremely difficult,” Podolyak told": the words before the
      // quotation belong to the content.
      std::size_t start = previous_quote->begin;
      if (!is_gap_text(in_.text.substr(region_begin, start - region_begin), false)) start = region_begin;
      statement.content.push_back({skip_spaces(start, previous_quote->begin), previous_quote->end});
      const std::size_t before_split = statement.content.size();
      append_following_quotes(after, limit, statement.content);
      if (statement.content.size() > before_split) statement.pattern = "split_quote";
      add(std::move(statement));
      return;
    }

    if (!left.span) {
      if (left.coordinated) {
        participle_clause(cue, limit, std::move(statement));
        return;
      }
      if (!left.after_comma) return;
      // "CLAUSE, said S." — an inverted source after a clause. Only punctuation or an adjunct
      // may follow S: in "Debbie Walsh, a director at Rutgers, said Clinton is poised …" the
      // words after the cue are a clause, not a source (train: 37 fewer statements, +2 exact)
      statement.source = source_right(after, limit);
      if (!statement.source) return;
      std::size_t unused = 0;
      const std::size_t after_source = skip_spaces(skip_adjuncts(statement.source->end, limit, unused), limit);
      std::size_t mark_length = 0;
      if (after_source < limit && std::string_view(",.;:!?)").find(in_.text[after_source]) == std::string_view::npos &&
          !is_double_quote_mark(in_.text, after_source, mark_length)) {
        return;
      }
      std::size_t comma = cue.cue.begin;
      while (comma > region_begin && is_space(in_.text[comma - 1])) --comma;
      if (auto span = content_span(region_begin, comma)) statement.content.push_back(*span);
      statement.pattern = "clause_cue_source";
      add(std::move(statement));
      return;
    }

    statement.source = left.span;
    const AfterCue next = after_cue(cue, after, limit);
    switch (next.what) {
      case After::colon:
      case After::quote:
        if (auto span = content_span(next.start, limit)) statement.content.push_back(*span);
        statement.pattern = "source_cue_colon";
        break;
      case After::that_clause:
      case After::bare_clause: {
        // "While Trump has said he opposes X, his administration …": a report inside an
        // adverbial clause ends where that clause does, at its first comma; what follows is
        // the outlet's main clause (train: +76 exact contents, −13)
        const std::size_t end = opens_adverbial_clause(left.span->begin) ? first_comma(next.start, limit) : limit;
        if (auto span = content_span(next.start, end)) statement.content.push_back(*span);
        statement.pattern = "source_cue_clause";
        break;
      }
      case After::nothing: {
        // "CLAUSE, S said." and the parenthetical "CLAUSE1, S said, CLAUSE2"
        // only punctuation or an adjunct phrase ("said after the attacks") may follow the cue
        const std::size_t next_char = skip_spaces(after, limit);
        const bool punctuation_next = next_char >= limit || std::string_view(",.!?").find(in_.text[next_char]) != std::string_view::npos;
        if (!left.after_comma || !(punctuation_next || starts_with_preposition(next_char, limit))) return;
        std::size_t comma = left.span->begin;
        while (comma > region_begin && in_.text[comma - 1] != ',') --comma;
        if (comma <= region_begin) return;
        const auto head = content_span(region_begin, comma - 1);
        const std::size_t rest = skip_spaces(after, limit);
        const auto tail = rest < limit && in_.text[rest] == ',' ? content_span(rest + 1, limit) : std::nullopt;
        // "Still, officials said, ...": a lone introductory word is not part of what was said
        if (head && !(tail && is_introductory(*head))) statement.content.push_back(*head);
        if (tail) statement.content.push_back(*tail);
        statement.pattern = "clause_source_cue";
        break;
      }
    }
    add(std::move(statement));
  }

  // The word right before `pos` (past spaces and opening quotation marks) is a
  // subordinating conjunction: "while", "when", "although", "after", "if", ...
  bool opens_adverbial_clause(std::size_t pos) const {
    std::size_t end = pos;
    while (end > in_.unit.begin) {
      if (is_space(in_.text[end - 1]) || in_.text[end - 1] == '"' || in_.text[end - 1] == '(') {
        --end;
      } else if (end - in_.unit.begin >= 3 && in_.text.compare(end - 3, 3, "\xE2\x80\x9C") == 0) {
        end -= 3;
      } else {
        break;
      }
    }
    std::size_t begin = end;
    while (begin > in_.unit.begin && ((in_.text[begin - 1] | 0x20) >= 'a' && (in_.text[begin - 1] | 0x20) <= 'z')) --begin;
    if (begin == end || (begin > in_.unit.begin && !is_space(in_.text[begin - 1]) && in_.text[begin - 1] != '"' &&
                         in_.text[begin - 1] != '(' && static_cast<unsigned char>(in_.text[begin - 1]) < 0x80)) {
      return false;
    }
    const std::string_view word = in_.text.substr(begin, end - begin);
    for (const auto conjunction : {"after", "although", "as", "because", "before", "even", "if", "once", "since", "though",
                                   "unless", "until", "when", "whenever", "whereas", "while"}) {
      if (lower_equals(word, conjunction)) return true;
    }
    return false;
  }

  // The first ", " at or after `start` outside quotations, else `limit`.
  std::size_t first_comma(std::size_t start, std::size_t limit) const {
    for (std::size_t pos = start; pos + 1 < limit; ++pos) {
      if (in_.text[pos] == ',' && is_space(in_.text[pos + 1]) && !inside_any(in_.quotes, pos)) return pos;
    }
    return limit;
  }

  std::size_t word_count(ByteSpan span) {
    tokens_.clear();
    tokenize(in_.text, span, tokens_);
    return static_cast<std::size_t>(std::count_if(tokens_.begin(), tokens_.end(), [](const Token& t) { return t.word; }));
  }

  // Only "When" (or nothing) stands between `begin` and `pos`.
  bool opens_unit(std::size_t begin, std::size_t pos) const {
    const std::string_view before = in_.text.substr(begin, pos - begin);
    return before.find_first_not_of(" \t") == std::string_view::npos || before == "When " || before == "when ";
  }

  // "Asked whether the talks would resume, Peskov said …": the question is an attribution of
  // its own with no source (the asker is not named); it ends at the first comma outside
  // quotations, and the main clause is searched for cues as usual.
  void asked_question(const CueMatch& cue, std::size_t limit, RawStatement statement) {
    std::size_t cue_end = cue.cue.end;
    const std::size_t after = skip_adjuncts(cue_end, limit, cue_end);
    tokens_.clear();
    tokenize(in_.text, {after, limit}, tokens_);
    std::size_t start = limit;
    for (std::size_t n = 0; n < tokens_.size() && n < 6 && tokens_[n].word; ++n) {
      const auto w = tok(tokens_[n]);
      for (const auto q : {"whether", "if", "why", "how", "what", "when", "who", "whom", "where", "which", "about"}) {
        if (lower_equals(w, q)) start = tokens_[n].span.begin;
      }
      if (start < limit) break;
    }
    if (start >= limit) return;
    std::size_t end = start;
    while (end < limit && (in_.text[end] != ',' || inside_any(in_.quotes, end))) ++end;
    if (end >= limit) return;  // no main clause follows: not this pattern
    const auto content = content_span(start, end);
    if (!content) return;
    statement.cue->end = cue_end;
    statement.content.push_back(*content);
    statement.pattern = "asked_question";
    add(std::move(statement));
  }

  bool starts_with_preposition(std::size_t pos, std::size_t limit) {
    tokens_.clear();
    tokenize(in_.text, {pos, std::min(limit, pos + 24)}, tokens_);
    // "to" and "of" start objects ("promised to", "said of"), not adjuncts
    return !tokens_.empty() && tokens_[0].word && is_preposition(tok(tokens_[0])) && !lower_equals(tok(tokens_[0]), "to") &&
           !lower_equals(tok(tokens_[0]), "of");
  }

  bool is_introductory(ByteSpan span) {
    tokens_.clear();
    tokenize(in_.text, span, tokens_);
    const bool prepositional = !tokens_.empty() && tokens_.size() <= 4 && is_preposition(tok(tokens_[0]));
    return tokens_.size() == 1 || prepositional;
  }

  // `“a disaster,”`: the comma that closes the clause stands inside the quotation mark
  bool quote_ends_with_comma(const ByteSpan& quote) const {
    std::size_t end = quote.end;
    if (end > quote.begin && in_.text[end - 1] == '"') {
      --end;
    } else if (end >= quote.begin + 3 && in_.text.compare(end - 3, 3, "\xE2\x80\x9D") == 0) {
      end -= 3;
    }
    return end < quote.end && end > quote.begin && in_.text[end - 1] == ',';
  }

  bool after_quoted_comma(std::size_t pos) const {
    while (pos > in_.unit.begin && is_space(in_.text[pos - 1])) --pos;
    return std::any_of(in_.quotes.begin(), in_.quotes.end(),
                       [&](const ByteSpan& q) { return q.end == pos && quote_ends_with_comma(q); });
  }

  bool comma_before(std::size_t pos, std::size_t floor) const {
    while (pos > floor && is_space(in_.text[pos - 1])) --pos;
    return pos > floor && in_.text[pos - 1] == ',';
  }

  // "..., adding that CLAUSE" and "X did Y but insisted that CLAUSE": no source of their own;
  // the speaker is the unit's earlier speaker, else the unit's subject.
  void participle_clause(const CueMatch& cue, std::size_t limit, RawStatement statement) {
    if (out_.size() > first_statement_) {
      statement.same_speaker_as_previous = true;
    } else {
      statement.speaker_hint = unit_subject();
      if (!statement.speaker_hint) return;
    }
    std::size_t cue_end = cue.cue.end;
    const std::size_t after = skip_adjuncts(cue_end, limit, cue_end);
    statement.cue->end = cue_end;
    const AfterCue next = after_cue(cue, after, limit);
    if (next.what == After::nothing) return;
    if (auto span = content_span(next.start, limit)) statement.content.push_back(*span);
    statement.pattern = cue.participle() ? "participle_clause" : "subject_clause";
    add(std::move(statement));
  }

  void according_to(const CueMatch& cue, std::size_t limit) {
    const std::size_t region_begin = std::max(in_.unit.begin, claimed_end_);
    RawStatement statement;
    statement.cue = cue.cue;
    statement.source = source_to_comma(cue.cue.end, limit);
    if (!statement.source) return;
    statement.speaker_hint = by_speaker(*statement.source, limit);
    tokens_.clear();
    tokenize(in_.text, {region_begin, cue.cue.begin}, tokens_);
    const bool clause_before = std::any_of(tokens_.begin(), tokens_.end(), [&](const Token& t) {
      return t.word && !lower_equals(tok(t), "but") && !lower_equals(tok(t), "and") && !lower_equals(tok(t), "yet");
    });
    const std::size_t after_source = skip_spaces(statement.source->end, limit);
    if (!clause_before) {  // According to S, CLAUSE
      if (after_source >= limit || in_.text[after_source] != ',') return;
      if (auto span = content_span(after_source + 1, limit)) statement.content.push_back(*span);
      statement.pattern = "according_to_clause";
    } else {  // CLAUSE, according to S (and CLAUSE1, according to S, CLAUSE2)
      if (auto span = content_span(region_begin, cue.cue.begin)) statement.content.push_back(*span);
      if (after_source < limit && in_.text[after_source] == ',') {
        if (auto span = content_span(after_source + 1, limit)) statement.content.push_back(*span);
      }
      statement.pattern = "clause_according_to";
    }
    add(std::move(statement));
  }

  const UnitInput& in_;
  std::vector<RawStatement>& out_;
  std::size_t first_statement_;  // index in out_ of this unit's first statement
  std::size_t claimed_end_;      // text before this offset belongs to statements already found
  std::vector<Token> tokens_;    // scratch, reused by every scan
};

}  // namespace

void apply_attribution_rules(const UnitInput& input, std::vector<RawStatement>& out) {
  UnitRules rules(input, out);
  rules.run();
}

}  // namespace parley::evidence::detail
