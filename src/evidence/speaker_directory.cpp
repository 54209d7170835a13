#include "parley/evidence/speaker_directory.hpp"

#include "evidence/name_folding.hpp"
#include "evidence/yaml_helpers.hpp"
#include "parley/model/error.hpp"

namespace parley::evidence {

namespace {
std::string_view last_word(std::string_view key) {
  const auto space = key.rfind(' ');
  return space == std::string_view::npos ? key : key.substr(space + 1);
}
}  // namespace

std::optional<std::size_t> SpeakerDirectory::find(std::string_view name) const {
  const std::string key = detail::fold_name(name);
  if (key.empty()) return std::nullopt;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    if (detail::fold_name(entries[i].name) == key) return i;
    for (const auto& alias : entries[i].aliases) {
      if (detail::fold_name(alias) == key) return i;
    }
  }
  if (key.find(' ') != std::string::npos) return std::nullopt;
  for (std::size_t i = 0; i < entries.size(); ++i) {  // a bare surname: "Putin"
    const std::string full = detail::fold_name(entries[i].name);
    if (full.find(' ') != std::string::npos && last_word(full) == key) return i;
  }
  return std::nullopt;
}

SpeakerDirectory load_speaker_directory(const std::filesystem::path& path) {
  std::string file;
  const YAML::Node root = detail::load_yaml_file(path, file);
  SpeakerDirectory directory;
  if (!root.IsMap() || !root["people"]) return directory;
  const YAML::Node people = root["people"];
  if (!people.IsSequence()) {
    throw InputError(SourceLocation{file, people.Mark().line + 1, "people"}, "expected a list of people");
  }
  for (std::size_t i = 0; i < people.size(); ++i) {
    const std::string field = "people[" + std::to_string(i) + "]";
    const YAML::Node person = people[i];
    if (!person.IsMap()) throw InputError(SourceLocation{file, person.Mark().line + 1, field}, "expected a map");
    if (!person["name"]) throw InputError(SourceLocation{file, person.Mark().line + 1, field + ".name"}, "missing");
    SpeakerEntry entry;
    entry.name = detail::required_string(person["name"], file, field + ".name");
    if (person["id"]) entry.id = detail::required_string(person["id"], file, field + ".id");
    entry.aliases = detail::string_list(person["aliases"], file, field + ".aliases");
    if (person["party"]) entry.party = detail::required_string(person["party"], file, field + ".party");
    for (auto& title : detail::string_list(person["titles"], file, field + ".titles")) {
      entry.titles.push_back(detail::fold_name(title));
    }
    for (const auto& known : directory.entries) {
      if (detail::fold_name(known.name) == detail::fold_name(entry.name)) {
        throw InputError(SourceLocation{file, person.Mark().line + 1, field + ".name"},
                         "person '" + entry.name + "' is listed twice");
      }
    }
    directory.entries.push_back(std::move(entry));
  }
  return directory;
}

}  // namespace parley::evidence
