// Internal: linking a source as written to a speaker, and the speaker to a party.
//
// Data flow: article text + SpeakerDirectory ──one token pass──▶ a person table (names
// seen with a title or honorific — "Russian President Vladimir Putin", "adviser Mykhailo
// Podolyak", "Mr. Lavrov", "Podolyak, an adviser to Zelenskyy," — plus directory people
// named in the text) with the positions where each surname is mentioned ──resolve──▶
//   * a name or surname ("Putin", "Mr. Putin")      → the person's full name;
//   * he / she                                       → a titled person named earlier in the same
//     sentence, else the previous statement's speaker when it spoke within the last three
//     units, else the nearest preceding titled person;
//   * a bare title ("the President", "the head of state", "the politician") → among its
//     holders (the people whose directory title holds the phrase word for word, else whose
//     titles hold the head noun; anyone holds a role noun such as politician), the previous
//     statement's speaker unless another holder is named in the same unit, else the nearest
//     preceding holder;
//   * "the Belarusian president", "the Russian leader" → the nearest preceding person whose
//     titles hold the head noun and every modifier (leader/head of state match any leader
//     title), else whose titles hold every modifier;
//   * anything else (organisations, groups)          → the source text itself.
// Party: the directory entry of the speaker, of a possessor ("Zelenskyy’s office"), or of
// an alias the source contains ("the Kremlin").
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "evidence/tokens.hpp"
#include "parley/evidence/speaker_directory.hpp"

namespace parley::evidence::detail {

struct Resolution {
  std::string speaker;
  std::string party;
  std::string id;          // the directory entry's id, when the speaker or the source's party is listed
  bool resolved = false;   // linked to a name other than the text as written
  bool person = false;     // a person (not a group or organisation)
};

class SpeakerResolver {
 public:
  SpeakerResolver(std::string_view text, const SpeakerDirectory& directory);

  // `source` is where the speaker is written, inside the unit starting at `unit_begin`;
  // `previous` the last statement's resolution when it was made within the last three units.
  Resolution resolve(ByteSpan source, std::size_t unit_begin, const Resolution* previous) const;

 private:
  struct Person {
    std::string name;
    std::vector<std::string> title_words;  // lowercase
    std::vector<std::size_t> mentions;     // byte offsets, increasing
    std::optional<std::size_t> directory_entry;
    bool titled = false;  // seen with a title/honorific, or listed in the directory
    std::vector<std::string> title_phrases;  // the directory's titles, lowercase
  };

  void add_directory_people();
  void scan_names();
  std::size_t person_for(std::string_view name, std::string_view surname);
  std::optional<std::size_t> lookup(std::string_view surname) const;
  static bool title_fits(const Person& person, std::string_view head);
  std::optional<Resolution> bare_title(const std::string& phrase, std::string_view head, std::size_t position,
                                       std::size_t unit_begin, const Resolution* previous) const;
  std::optional<std::size_t> person_named(std::string_view name) const;
  std::optional<std::size_t> nearest(std::size_t position, const std::vector<std::string>& modifiers,
                                     std::string_view head) const;
  std::optional<std::size_t> last_mention_before(std::size_t person, std::size_t position) const;
  const SpeakerEntry* entry_of(const Resolution& resolution, std::string_view source_text) const;
  Resolution from_person(std::size_t person, std::string_view written) const;

  std::string_view text_;
  const SpeakerDirectory& directory_;
  std::vector<Token> tokens_;
  std::vector<Person> people_;
  std::unordered_map<std::string, std::size_t> by_surname_;  // folded surname/alias → person
};

}  // namespace parley::evidence::detail
