// parley::evidence::SpeakerDirectory — who may speak in the news, and for which party.
//
// Data flow: a scenario's `people` section or a standalone people file (YAML, see
// docs/cli/evidence.md) ──load_speaker_directory──▶ SpeakerDirectory ──▶ the extractor,
// which uses it to (1) recognise people and their titles in text ("the Belarusian
// president" → Alexander Lukashenko), (2) canonicalise aliases ("Zelenskyy", "Zelensky" →
// Volodymyr Zelenskyy) and (3) give each statement its speaker's party.
// An entry may also be an organisation ("Kremlin", party "Russia").
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace parley::evidence {

struct SpeakerEntry {
  std::string id;                    // the scenario's person or actor id ("putin", "russia"); may be empty
  std::string name;                  // canonical name, e.g. "Vladimir Putin"
  std::vector<std::string> aliases;  // other spellings or short forms, e.g. "Putin", "Vladimir V. Putin"
  std::string party;                 // the scenario party the speaker belongs to; may be empty
  std::vector<std::string> titles;   // lowercase descriptions, e.g. "russian president", "kremlin leader"
  bool person = true;                // false for an actor (a state, a group): it has no words of its own to quote
};

struct SpeakerDirectory {
  std::vector<SpeakerEntry> entries;

  // The entry whose name or alias equals `name` (case-insensitive, "’" and "'" alike), or
  // whose name's last word equals a one-word `name` ("Putin").
  std::optional<std::size_t> find(std::string_view name) const;
};

// Reads `people:` (a list of {name, aliases, party, titles}) from a YAML file: a people file
// or a scenario.yaml / scenario folder. A file without `people` yields an empty directory.
// Throws InputError naming the file, line and field on malformed entries.
SpeakerDirectory load_speaker_directory(const std::filesystem::path& path);

}  // namespace parley::evidence
