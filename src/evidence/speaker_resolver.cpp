#include "evidence/speaker_resolver.hpp"

#include <algorithm>

#include "evidence/name_folding.hpp"

namespace parley::evidence::detail {

namespace {

// Surname key: ASCII lowercase, typographic apostrophe as ASCII, possessive removed.
std::string surname_key(std::string_view word) {
  for (const std::string_view suffix : {"\xE2\x80\x99s", "'s", "\xE2\x80\x99", "'"}) {
    if (word.size() > suffix.size() && word.ends_with(suffix)) {
      word.remove_suffix(suffix.size());
      break;
    }
  }
  std::string key(word);
  for (auto& c : key) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return key;
}

bool is_possessive(std::string_view word) {
  return word.ends_with("\xE2\x80\x99s") || word.ends_with("'s") || word.ends_with("s\xE2\x80\x99");
}

std::string lowercase(std::string_view word) { return fold_name(word); }

bool title_like(std::string_view word) {
  return is_any_word(word, {WordClass::title, WordClass::honorific, WordClass::demonym});
}

std::string joined(std::string_view text, const std::vector<Token>& tokens, std::size_t first, std::size_t end) {
  std::string out;
  for (std::size_t i = first; i < end; ++i) {
    if (!out.empty() && tokens[i].word) out += ' ';
    out += tokens[i].span.in(text);
  }
  return out;
}

// In a capitalised run, the name starts after its last title word ("Russian President
// Vladimir Putin" → "Vladimir Putin"; "Mr. Lavrov" → "Lavrov").
std::size_t name_start(std::string_view text, const std::vector<Token>& tokens, std::size_t run_begin, std::size_t run_end) {
  std::size_t start = run_begin;
  for (std::size_t k = run_begin; k < run_end; ++k) {
    const auto word = tokens[k].span.in(text);
    // "The", "His": a sentence-initial determiner is not part of a name
    if (title_like(word) || (k == start && is_word(word, WordClass::determiner))) start = k + 1;
  }
  return start;
}

}  // namespace

SpeakerResolver::SpeakerResolver(std::string_view text, const SpeakerDirectory& directory)
    : text_(text), directory_(directory) {
  tokens_.reserve(text_.size() / 5);  // about one token per five bytes of news prose
  tokenize(text_, {0, text_.size()}, tokens_);
  add_directory_people();
  scan_names();
  for (std::size_t i = 0; i < tokens_.size(); ++i) {  // mentions, in text order
    if (!tokens_[i].word || !tokens_[i].capitalized) continue;
    if (const auto person = lookup(surname_key(tokens_[i].span.in(text_)))) {
      people_[*person].mentions.push_back(tokens_[i].span.begin);
    }
  }
}

void SpeakerResolver::add_directory_people() {
  for (std::size_t e = 0; e < directory_.entries.size(); ++e) {
    const auto& entry = directory_.entries[e];
    Person person{entry.name, {}, {}, e, entry.person};  // an actor ("Russia") is no "he"
    for (const auto& title : entry.titles) {
      person.title_phrases.push_back(lowercase(title));
      std::size_t start = 0;
      while (start < title.size()) {
        const auto end = std::min(title.find(' ', start), title.size());
        if (end > start) person.title_words.push_back(lowercase(title.substr(start, end - start)));
        start = end + 1;
      }
    }
    people_.push_back(std::move(person));
    const auto last_space = entry.name.rfind(' ');
    by_surname_.try_emplace(surname_key(last_space == std::string::npos ? entry.name : entry.name.substr(last_space + 1)),
                            people_.size() - 1);
    for (const auto& alias : entry.aliases) {
      const auto space = alias.rfind(' ');
      by_surname_.try_emplace(surname_key(space == std::string::npos ? alias : alias.substr(space + 1)), people_.size() - 1);
    }
  }
}

std::optional<std::size_t> SpeakerResolver::lookup(std::string_view surname) const {
  const auto found = by_surname_.find(std::string(surname));
  if (found == by_surname_.end()) return std::nullopt;
  return found->second;
}

std::size_t SpeakerResolver::person_for(std::string_view name, std::string_view surname) {
  const std::string key = surname_key(surname);
  if (const auto known = lookup(key)) return *known;
  people_.push_back(Person{std::string(name), {}, {}, std::nullopt, false});
  by_surname_.emplace(key, people_.size() - 1);
  return people_.size() - 1;
}

void SpeakerResolver::scan_names() {
  const std::size_t n = tokens_.size();
  for (std::size_t i = 0; i < n;) {
    if (!tokens_[i].word || !tokens_[i].capitalized) {
      ++i;
      continue;
    }
    std::size_t j = i + 1;  // a run stays within one line: headlines and bylines end at newlines
    while (j < n && tokens_[j].word && tokens_[j].capitalized &&
           text_.substr(tokens_[j - 1].span.end, tokens_[j].span.begin - tokens_[j - 1].span.end).find('\n') ==
               std::string_view::npos) {
      ++j;
    }
    const std::size_t start = name_start(text_, tokens_, i, j);
    if (start < j && !is_possessive(tokens_[j - 1].span.in(text_))) {
      std::vector<std::string> titles;
      for (std::size_t k = i; k < start; ++k) titles.push_back(lowercase(tokens_[k].span.in(text_)));
      // lowercase titles right before the run: "adviser Mykhailo Podolyak", "Kremlin spokesman Dmitry Peskov"
      for (std::size_t back = i; back > 0 && i - back < 3;) {
        --back;
        const auto word = tokens_[back].span.in(text_);
        if (!tokens_[back].word || !(title_like(word) || tokens_[back].capitalized)) break;
        titles.push_back(lowercase(word));
      }
      // an appositive after the name: "Mykhailo Podolyak, an adviser to Zelenskyy,"
      if (j + 2 < n && tokens_[j].span.in(text_) == "," && is_word(tokens_[j + 1].span.in(text_), WordClass::determiner)) {
        for (std::size_t k = j + 2; k < n && k < j + 12 && tokens_[k].word; ++k) {
          const auto word = tokens_[k].span.in(text_);
          if (title_like(word)) titles.push_back(lowercase(word));
        }
      }
      const bool titled = std::any_of(titles.begin(), titles.end(), [](const std::string& w) {
        return is_word(w, WordClass::title) || is_word(w, WordClass::honorific);
      });
      if (titled || j - start >= 2) {
        const std::size_t person = person_for(joined(text_, tokens_, start, j), tokens_[j - 1].span.in(text_));
        auto& record = people_[person];
        record.titled = record.titled || titled;
        for (auto& title : titles) {
          if (std::find(record.title_words.begin(), record.title_words.end(), title) == record.title_words.end()) {
            record.title_words.push_back(std::move(title));
          }
        }
      }
    }
    i = j;
  }
}

bool SpeakerResolver::title_fits(const Person& person, std::string_view head) {
  const auto& words = person.title_words;
  if (head.empty() || std::find(words.begin(), words.end(), head) != words.end()) return true;
  if (is_word(head, WordClass::role_noun)) return true;
  return is_word(head, WordClass::leader_title) &&
         std::any_of(words.begin(), words.end(), [](const std::string& w) { return is_word(w, WordClass::leader_title); });
}

std::optional<std::size_t> SpeakerResolver::person_named(std::string_view name) const {
  for (std::size_t i = 0; i < people_.size(); ++i) {
    if (people_[i].name == name) return i;
  }
  return std::nullopt;
}

std::optional<Resolution> SpeakerResolver::bare_title(const std::string& phrase, std::string_view head,
                                                      std::size_t position, std::size_t unit_begin,
                                                      const Resolution* previous) const {
  // A directory title written out in full ("the head of state" for "the Belarusian head of
  // state") narrows the candidates to its holders; else every holder of the head noun.
  const auto holds_phrase = [&](const Person& p) {
    return std::any_of(p.title_phrases.begin(), p.title_phrases.end(), [&](const std::string& t) {
      return (" " + t + " ").find(" " + phrase + " ") != std::string::npos;
    });
  };
  const auto latest = [&](auto&& fits) {
    std::optional<std::size_t> chosen;
    std::size_t chosen_at = 0;
    for (std::size_t i = 0; i < people_.size(); ++i) {
      const auto at = last_mention_before(i, position);
      if (at && fits(people_[i]) && (!chosen || *at > chosen_at)) {
        chosen = i;
        chosen_at = *at;
      }
    }
    return chosen;
  };
  const bool by_phrase = latest(holds_phrase).has_value();
  const auto fits = [&](const Person& p) { return by_phrase ? holds_phrase(p) : title_fits(p, head); };
  const auto found = latest(fits);
  // "During the meeting, the head of state thanked Vladimir Putin ... ," the President
  // said": a bare title continues the last speaker when that speaker holds it, unless a
  // holder is named in this very unit.
  if (previous && previous->person) {
    const bool named_here = found && last_mention_before(*found, position).value_or(0) >= unit_begin;
    const auto speaker = person_named(previous->speaker);
    if (!named_here && speaker && fits(people_[*speaker])) {
      Resolution r = *previous;
      r.resolved = true;
      return r;
    }
  }
  if (!found) return std::nullopt;
  Resolution r = from_person(*found, phrase);
  r.resolved = true;
  return r;
}

std::optional<std::size_t> SpeakerResolver::nearest(std::size_t position, const std::vector<std::string>& modifiers,
                                                    std::string_view head) const {
  const auto has = [](const Person& p, std::string_view w) {
    return std::find(p.title_words.begin(), p.title_words.end(), w) != p.title_words.end();
  };
  const auto best = [&](auto&& fits) {
    std::optional<std::size_t> chosen;
    std::size_t chosen_at = 0;
    for (std::size_t i = 0; i < people_.size(); ++i) {
      const auto at = last_mention_before(i, position);
      if (!at || !fits(people_[i])) continue;
      if (!chosen || *at > chosen_at) {
        chosen = i;
        chosen_at = *at;
      }
    }
    return chosen;
  };
  const auto modifiers_fit = [&](const Person& p) {
    return std::all_of(modifiers.begin(), modifiers.end(), [&](const std::string& m) { return has(p, m); });
  };
  const auto head_fits = [&](const Person& p) { return title_fits(p, head); };
  if (head.empty() && modifiers.empty()) return best([](const Person& p) { return p.titled; });
  if (auto found = best([&](const Person& p) { return head_fits(p) && modifiers_fit(p); })) return found;
  if (!modifiers.empty()) return best(modifiers_fit);
  return std::nullopt;
}

Resolution SpeakerResolver::from_person(std::size_t person, std::string_view written) const {
  Resolution r;
  r.speaker = people_[person].name;
  const auto entry = people_[person].directory_entry;
  r.person = !entry || directory_.entries[*entry].person;
  r.resolved = fold_name(r.speaker) != fold_name(written);
  return r;
}

const SpeakerEntry* SpeakerResolver::entry_of(const Resolution& resolution, std::string_view source_text) const {
  if (directory_.entries.empty()) return nullptr;
  if (const auto entry = directory_.find(resolution.speaker)) return &directory_.entries[*entry];
  // "Zelenskyy’s office", "the Kremlin": a directory name or alias inside the source
  const std::string folded = " " + fold_name(source_text) + " ";
  const auto contains_word = [&](const std::string& name) {
    const std::string key = fold_name(name);
    for (std::size_t at = folded.find(key); at != std::string::npos; at = folded.find(key, at + 1)) {
      const char before = folded[at - 1];
      const char after = at + key.size() < folded.size() ? folded[at + key.size()] : ' ';
      if (!std::isalnum(static_cast<unsigned char>(before)) && !std::isalnum(static_cast<unsigned char>(after))) return true;
    }
    return false;
  };
  for (const auto& entry : directory_.entries) {
    if (contains_word(entry.name)) return &entry;
    for (const auto& alias : entry.aliases) {
      if (contains_word(alias)) return &entry;
    }
  }
  return nullptr;
}

std::optional<std::size_t> SpeakerResolver::last_mention_before(std::size_t person, std::size_t position) const {
  const auto& mentions = people_[person].mentions;
  const auto it = std::lower_bound(mentions.begin(), mentions.end(), position);
  if (it == mentions.begin()) return std::nullopt;
  return *std::prev(it);
}

Resolution SpeakerResolver::resolve(ByteSpan source, std::size_t unit_begin, const Resolution* previous) const {
  std::vector<Token> tokens;
  tokenize(text_, source, tokens);
  // "Mykhailo Podolyak, an adviser to Zelenskyy,": the name stands before the appositive
  const auto comma = std::find_if(tokens.begin(), tokens.end(), [&](const Token& t) { return t.span.in(text_) == ","; });
  // "its spokesman, Dmitri S. Peskov": a description then the name in apposition
  const bool name_after = comma != tokens.end() &&
                          std::none_of(tokens.begin(), comma, [](const Token& t) { return t.word && t.capitalized; }) &&
                          std::next(comma) != tokens.end() && std::next(comma)->capitalized;
  if (name_after) tokens.erase(tokens.begin(), std::next(comma));
  else if (comma != tokens.begin()) tokens.erase(comma, tokens.end());
  // "President Volodymyr Zelensky of Ukraine", "the government in Kyiv": the head comes first
  for (std::size_t k = 1; k < tokens.size(); ++k) {
    const auto word = tokens[k].span.in(text_);
    if (word == "of" || word == "in" || word == "at" || word == "from" || word == "for" || word == "on" || word == "by") {
      tokens.erase(tokens.begin() + static_cast<long>(k), tokens.end());
      break;
    }
  }
  const std::string written = joined(text_, tokens, 0, tokens.size());
  Resolution result{written, {}, {}, false, false};
  const auto finish = [&](Resolution r) {
    if (const SpeakerEntry* entry = entry_of(r, written)) {
      r.party = entry->party;
      r.id = entry->id;
    }
    return r;
  };
  if (tokens.empty()) return result;

  const std::string first_word = surname_key(tokens[0].span.in(text_));
  if (tokens.size() == 1 && (is_word(first_word, WordClass::pronoun) || first_word == "him" || first_word == "her")) {
    if (first_word != "he" && first_word != "she" && first_word != "him" && first_word != "her") return finish(result);
    const auto person = nearest(source.begin, {}, {});
    // "When President Vladimir V. Putin launched his invasion, he said": the same sentence wins
    const bool same_sentence = person && last_mention_before(*person, source.begin).value_or(0) >= unit_begin;
    if (previous && previous->person && !same_sentence) {
      Resolution r = *previous;
      r.resolved = true;
      return r;
    }
    if (person) return finish(from_person(*person, written));
    return finish(result);
  }

  // The last capitalised run names the speaker, unless it is a possessor ("Zelenskyy’s office").
  std::size_t run_end = tokens.size();
  while (run_end > 0 && !(tokens[run_end - 1].word && tokens[run_end - 1].capitalized)) --run_end;
  if (run_end > 0) {
    std::size_t run_begin = run_end;
    while (run_begin > 0 && tokens[run_begin - 1].word && tokens[run_begin - 1].capitalized) --run_begin;
    const bool possessor = is_possessive(tokens[run_end - 1].span.in(text_)) && run_end < tokens.size();
    const std::size_t start = name_start(text_, tokens, run_begin, run_end);
    if (!possessor && start < run_end) {
      const std::string name = joined(text_, tokens, start, run_end);
      if (const auto person = lookup(surname_key(tokens[run_end - 1].span.in(text_)))) {
        return finish(from_person(*person, name));
      }
      result.speaker = name;
      // two words or a title make a person; so does one word that is not an acronym
      // ("Podolyak" yes, "CNN" no), at the price of treating "Moscow said" as a person
      const auto last = tokens[run_end - 1].span.in(text_);
      const bool acronym = last.size() > 1 && std::all_of(last.begin(), last.end(), [](char c) { return !(c >= 'a' && c <= 'z'); });
      result.person = run_end - start >= 2 || start > run_begin || !acronym;
      return finish(result);
    }
    if (possessor) return finish(result);
  }

  // "the Belarusian president", "the head of state": a definite description with a title head.
  if (is_word(tokens[0].span.in(text_), WordClass::definite) && tokens.back().word) {
    std::string head = lowercase(tokens.back().span.in(text_));
    std::size_t modifiers_end = tokens.size() - 1;
    if (tokens.size() >= 4 && head == "state" && lowercase(tokens[tokens.size() - 3].span.in(text_)) == "head") {
      head = "leader";
      modifiers_end = tokens.size() - 3;
    }
    if (is_word(head, WordClass::title)) {
      std::vector<std::string> modifiers;
      for (std::size_t k = 1; k < modifiers_end; ++k) {
        // only words a title can hold ("Belarusian", "foreign"); "top" or "longtime" say nothing
        if (tokens[k].word && title_like(tokens[k].span.in(text_))) modifiers.push_back(lowercase(tokens[k].span.in(text_)));
      }
      if (modifiers.empty()) {
        std::string phrase;
        for (std::size_t k = 1; k < tokens.size(); ++k) phrase += (phrase.empty() ? "" : " ") + lowercase(tokens[k].span.in(text_));
        if (auto r = bare_title(phrase, head, source.begin, unit_begin, previous)) return finish(*r);
      }
      if (const auto person = nearest(source.begin, modifiers, head)) {
        Resolution r = from_person(*person, written);
        r.resolved = true;
        return finish(r);
      }
    }
  }
  return finish(result);
}

}  // namespace parley::evidence::detail
