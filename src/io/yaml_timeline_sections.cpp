// Timeline sections that are lists of named records: actors, people, sources, citations and
// contested claims (docs/SCENARIO_FORMAT.md, "Timeline sections").
#include <algorithm>
#include <fstream>
#include <map>
#include <sstream>

#include <fmt/format.h>

#include "io/yaml_timeline_reader.hpp"
#include "parley/model/did_you_mean.hpp"
#include "parley/io/input_file.hpp"
#include "parley/model/error.hpp"

namespace parley::io::detail {
namespace {

// Reads a list of records with unique ids (actors, people, sources, claims): checks the
// keys, sets `where` and `id`, then lets `read_fields` read the rest.
template <typename Record, typename ReadFields>
std::vector<Record> read_records(const YamlSource& source, const YAML::Node& list, const char* section,
                                 const char* what, std::initializer_list<std::string_view> keys,
                                 const ReadFields& read_fields) {
  source.expect_list(list, section);
  std::vector<Record> records;
  std::map<std::string, int> seen;  // ids are referred to from other files, so each is defined once
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto path = item_path(section, i);
    const auto& node = list[i];
    source.expect_keys(node, path, keys);
    Record record;
    record.where = SourceLocation{source.file(), line_of(node), path};
    const auto id_node = source.require(node, path, "id");
    record.id = source.text(id_node, field_path(path, "id"));
    const auto [it, fresh] = seen.emplace(record.id, line_of(id_node));
    if (!fresh)
      source.fail(id_node, field_path(path, "id"),
                  fmt::format("{} '{}' is defined twice (first at line {})", what, record.id, it->second));
    read_fields(node, path, record);
    records.push_back(std::move(record));
  }
  return records;
}

}  // namespace

std::string TimelineSectionReader::required_text(const YAML::Node& map, const std::string& path, const char* key) const {
  return source_.text(source_.require(map, path, key), field_path(path, key));
}

std::string TimelineSectionReader::optional_text(const YAML::Node& map, const std::string& path, const char* key) const {
  const auto node = map[key];
  return node.IsDefined() ? source_.text(node, field_path(path, key)) : std::string{};
}

std::vector<std::string> TimelineSectionReader::text_list(const YAML::Node& map, const std::string& path,
                                                          const char* key) const {
  const auto node = map[key];
  if (!node.IsDefined()) return {};
  const auto list_path = field_path(path, key);
  source_.expect_list(node, list_path);
  std::vector<std::string> items;
  for (std::size_t i = 0; i < node.size(); ++i) items.push_back(source_.text(node[i], item_path(list_path, i)));
  return items;
}

Date TimelineSectionReader::read_date(const YAML::Node& node, const std::string& path, bool full) const {
  const auto text = source_.text(node, path);
  const auto date = parse_date(text);
  if (!date) source_.fail(node, path, fmt::format("'{}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", text));
  if (full && !date->is_full()) source_.fail(node, path, fmt::format("'{}' must be a full date (YYYY-MM-DD)", text));
  return *date;
}

std::string TimelineSectionReader::actor_reference(const YAML::Node& node, const std::string& path) const {
  const auto id = source_.text(node, path);
  if (!timeline_.find_actor(id)) {
    std::string known;
    for (const auto& actor : timeline_.actors) known += (known.empty() ? "" : ", ") + actor.id;
    source_.fail(node, path, fmt::format("unknown actor '{}' (actors: {})", id, known));
  }
  return id;
}

std::string TimelineSectionReader::actor_or_bloc_reference(const YAML::Node& node, const std::string& path) const {
  const auto id = source_.text(node, path);
  if (timeline_.find_bloc(id)) return id;
  if (!timeline_.find_actor(id)) {
    std::string known;
    for (const auto& actor : timeline_.actors) known += (known.empty() ? "" : ", ") + actor.id;
    for (const auto& bloc : timeline_.blocs) known += ", " + bloc.id;
    source_.fail(node, path, fmt::format("unknown actor or bloc '{}' (actors and blocs: {})", id, known));
  }
  return id;
}

std::vector<Bloc> TimelineSectionReader::read_blocs(const YAML::Node& list) const {
  return read_records<Bloc>(source_, list, "blocs", "bloc", {"id", "name", "members", "why", "cites"},
                            [&](const YAML::Node& node, const std::string& path, Bloc& bloc) {
                              if (timeline_.find_actor(bloc.id))
                                source_.fail(node["id"], field_path(path, "id"),
                                             fmt::format("bloc id '{}' is an actor's id; give the bloc its own", bloc.id));
                              bloc.name = required_text(node, path, "name");
                              bloc.why = required_text(node, path, "why");
                              const auto members = source_.require(node, path, "members");
                              source_.expect_list(members, field_path(path, "members"));
                              for (std::size_t i = 0; i < members.size(); ++i) {
                                const auto member = actor_reference(members[i], item_path(field_path(path, "members"), i));
                                if (std::find(bloc.members.begin(), bloc.members.end(), member) != bloc.members.end())
                                  source_.fail(members[i], item_path(field_path(path, "members"), i),
                                               fmt::format("'{}' is listed twice", member));
                                bloc.members.push_back(member);
                              }
                              if (bloc.members.size() < 2)
                                source_.fail(members, field_path(path, "members"), "a bloc has at least two members");
                              if (const auto cites = node["cites"]) bloc.citations = read_citations(cites, field_path(path, "cites"));
                            });
}

std::vector<IssueOwners> TimelineSectionReader::read_issue_owners(const YAML::Node& list) const {
  source_.expect_list(list, "issue_owners");
  std::vector<IssueOwners> entries;
  for (std::size_t i = 0; i < list.size(); ++i) {
    const auto path = item_path("issue_owners", i);
    const auto& node = list[i];
    source_.expect_keys(node, path, {"issue", "decided_by", "why", "cites"});
    IssueOwners owners;
    owners.where = SourceLocation{source_.file(), line_of(node), path};
    const auto issue_node = source_.require(node, path, "issue");
    owners.issue = source_.text(issue_node, field_path(path, "issue"));
    if (!timeline_.space.find_issue(owners.issue))
      source_.fail(issue_node, field_path(path, "issue"), fmt::format("unknown issue '{}'", owners.issue));
    for (const auto& earlier : entries)
      if (earlier.issue == owners.issue)
        source_.fail(issue_node, field_path(path, "issue"), fmt::format("a second issue_owners entry for '{}'", owners.issue));
    const auto deciders = source_.require(node, path, "decided_by");
    source_.expect_list(deciders, field_path(path, "decided_by"));
    for (std::size_t k = 0; k < deciders.size(); ++k)
      owners.decided_by.push_back(actor_or_bloc_reference(deciders[k], item_path(field_path(path, "decided_by"), k)));
    if (owners.decided_by.empty()) source_.fail(deciders, field_path(path, "decided_by"), "name at least one actor or bloc");
    owners.why = required_text(node, path, "why");
    if (const auto cites = node["cites"]) owners.citations = read_citations(cites, field_path(path, "cites"));
    entries.push_back(std::move(owners));
  }
  return entries;
}

Citation TimelineSectionReader::read_citation(const YAML::Node& node, const std::string& path) const {
  source_.expect_keys(node, path, {"source", "quote", "form", "speaker", "about", "date"});
  Citation citation;
  citation.where = SourceLocation{source_.file(), line_of(node), path};
  citation.source = required_text(node, path, "source");
  citation.quote = required_text(node, path, "quote");
  const auto form_node = source_.require(node, path, "form");
  const auto form_text = source_.text(form_node, field_path(path, "form"));
  const auto form = citation_form_from_string(form_text);
  if (!form)
    source_.fail(form_node, field_path(path, "form"),
                 fmt::format("unknown form '{}' (expected said, reported or narrated)", form_text));
  citation.form = *form;
  citation.speaker = optional_text(node, path, "speaker");
  citation.about = optional_text(node, path, "about");
  // Who the words belong to must be unambiguous: a speaker for said/reported, an actor for narration.
  if (citation.form == CitationForm::narrated) {
    if (citation.about.empty())
      source_.fail(node, field_path(path, "about"), "a narrated citation names the actor it is 'about'");
    if (!citation.speaker.empty())
      source_.fail(node["speaker"], field_path(path, "speaker"),
                   "a narrated citation has no speaker (use form 'reported' for words attributed to someone)");
  } else {
    if (citation.speaker.empty())
      source_.fail(node, field_path(path, "speaker"),
                   fmt::format("a '{}' citation names its speaker", to_string(citation.form)));
    if (!citation.about.empty())
      source_.fail(node["about"], field_path(path, "about"), "'about' is for narrated citations; the speaker says who");
  }
  if (const auto date = node["date"]) citation.date = read_date(date, field_path(path, "date"), false);
  return citation;
}

std::vector<Citation> TimelineSectionReader::read_citations(const YAML::Node& list, const std::string& path) const {
  source_.expect_list(list, path);
  std::vector<Citation> citations;
  for (std::size_t i = 0; i < list.size(); ++i) citations.push_back(read_citation(list[i], item_path(path, i)));
  return citations;
}

std::vector<Actor> TimelineSectionReader::read_actors(const YAML::Node& list) const {
  return read_records<Actor>(source_, list, "actors", "actor",
                             {"id", "name", "role", "kind", "aliases", "description", "cites"},
                             [&](const YAML::Node& node, const std::string& path, Actor& actor) {
                               actor.name = required_text(node, path, "name");
                               actor.role = required_text(node, path, "role");
                               actor.kind = optional_text(node, path, "kind");
                               actor.aliases = text_list(node, path, "aliases");
                               actor.description = optional_text(node, path, "description");
                               if (const auto cites = node["cites"])
                                 actor.citations = read_citations(cites, field_path(path, "cites"));
                             });
}

std::vector<Person> TimelineSectionReader::read_people(const YAML::Node& list) const {
  return read_records<Person>(
      source_, list, "people", "person", {"id", "name", "party", "kind", "titles", "aliases"},
      [&](const YAML::Node& node, const std::string& path, Person& person) {
        person.name = required_text(node, path, "name");
        // The party is checked by `parley evidence verify` with the speakers it makes known.
        person.party = required_text(node, path, "party");
        if (const auto kind = node["kind"]) {
          person.kind = source_.text(kind, field_path(path, "kind"));
          if (person.kind != "person" && person.kind != "office")
            source_.fail(kind, field_path(path, "kind"),
                         fmt::format("unknown kind '{}' (expected person or office)", person.kind));
        }
        person.titles = text_list(node, path, "titles");
        person.aliases = text_list(node, path, "aliases");
      });
}

std::vector<Source> TimelineSectionReader::read_sources(const YAML::Node& list, const std::filesystem::path& folder) const {
  return read_records<Source>(
      source_, list, "sources", "source", {"id", "file", "outlet", "title", "published", "date_basis", "url", "note"},
      [&](const YAML::Node& node, const std::string& path, Source& source) {
        source.file = required_text(node, path, "file");
        const auto file_node = node["file"];
        const SourceLocation where{source_.file(), line_of(file_node), field_path(path, "file")};
        source.text = read_input_file(readable_named_file(folder, source.file, where, "source text"));
        source.outlet = required_text(node, path, "outlet");
        source.title = required_text(node, path, "title");
        source.published = read_date(source_.require(node, path, "published"), field_path(path, "published"), true);
        source.date_basis = required_text(node, path, "date_basis");
        source.url = optional_text(node, path, "url");
        source.note = optional_text(node, path, "note");
      });
}

ClaimSide TimelineSectionReader::read_claim_side(const YAML::Node& node, const std::string& path) const {
  source_.expect_keys(node, path, {"actor", "label", "claim", "cites"});
  ClaimSide side;
  if (const auto actor = node["actor"]) side.actor = actor_reference(actor, field_path(path, "actor"));
  side.label = optional_text(node, path, "label");
  if (side.actor.empty() && side.label.empty())
    source_.fail(node, path, "a side names its 'actor' or, for an outlet's view, a 'label'");
  side.claim = required_text(node, path, "claim");
  side.citations = read_citations(source_.require(node, path, "cites"), field_path(path, "cites"));
  if (side.citations.empty()) source_.fail(node["cites"], field_path(path, "cites"), "a side cites at least one source");
  return side;
}

std::vector<ContestedClaim> TimelineSectionReader::read_claims(const YAML::Node& list) const {
  return read_records<ContestedClaim>(
      source_, list, "claims", "claim", {"id", "topic", "date", "snapshot", "sides"},
      [&](const YAML::Node& node, const std::string& path, ContestedClaim& claim) {
        claim.topic = required_text(node, path, "topic");
        claim.date = read_date(source_.require(node, path, "date"), field_path(path, "date"), false);
        if (const auto snapshot = node["snapshot"]) {
          claim.snapshot = source_.text(snapshot, field_path(path, "snapshot"));
          if (!timeline_.find_snapshot_by_id(claim.snapshot))
            source_.fail(snapshot, field_path(path, "snapshot"), fmt::format("unknown snapshot '{}'{}", claim.snapshot, name_hint(claim.snapshot, snapshot_ids(timeline_), "snapshots")));
        }
        const auto sides = source_.require(node, path, "sides");
        const auto sides_path = field_path(path, "sides");
        source_.expect_list(sides, sides_path);
        if (sides.size() < 2) source_.fail(sides, sides_path, "a contested claim needs at least two sides");
        for (std::size_t s = 0; s < sides.size(); ++s) claim.sides.push_back(read_claim_side(sides[s], item_path(sides_path, s)));
      });
}

}  // namespace parley::io::detail
