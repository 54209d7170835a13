// Internal: the readers behind io::read_timeline (parley/io/yaml_timeline.hpp).
//
// Data flow: yaml_timeline.cpp loads scenario.yaml and asks the core reader for the issues
// (detail::read_issues, defined in yaml_reader.cpp); a TimelineSectionReader per file then
// reads actors, people and sources (yaml_timeline_sections.cpp), each snapshot file with its
// positions and preferences (yaml_timeline_snapshot.cpp) and the claims. Every problem is an
// InputError with the file, line and field path (YamlSource).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

#include "io/yaml_node_reader.hpp"
#include "parley/model/scenario.hpp"
#include "parley/model/timeline.hpp"

namespace parley::io::detail {

// The core reader's `issues:` section (yaml_reader.cpp), shared so both read issues alike.
std::vector<Issue> read_issues(const YamlSource& source, const YAML::Node& list);

// Reads a whole timeline from an already parsed scenario.yaml; files it names are resolved
// against the folder of `file_name`.
Timeline read_timeline_document(const YAML::Node& root, const std::string& file_name);

// The hook for the core reader: a scenario.yaml with `snapshots` reads as the Scenario of
// its latest snapshot.
Scenario read_latest_timeline_scenario(const YAML::Node& root, const std::string& file_name);

class TimelineSectionReader {
 public:
  TimelineSectionReader(const YamlSource& source, const Timeline& timeline) : source_(source), timeline_(timeline) {}

  std::vector<Actor> read_actors(const YAML::Node& list) const;
  std::vector<Person> read_people(const YAML::Node& list) const;
  // Loads each source's text from `folder` / its `file`.
  std::vector<Source> read_sources(const YAML::Node& list, const std::filesystem::path& folder) const;
  // Needs the actors and the snapshots of `timeline_` (claims refer to both).
  std::vector<ContestedClaim> read_claims(const YAML::Node& list) const;
  // Needs the actors (blocs group them; ids must not clash with actor ids).
  std::vector<Bloc> read_blocs(const YAML::Node& list) const;
  // Needs the actors, blocs and the space.
  std::vector<IssueOwners> read_issue_owners(const YAML::Node& list) const;
  // Needs the actors, the space and the earlier snapshots of `timeline_` (for `inherits`).
  Snapshot read_snapshot(const YAML::Node& node) const;

  const YamlSource& source() const { return source_; }

 private:
  std::vector<Citation> read_citations(const YAML::Node& list, const std::string& path) const;
  Citation read_citation(const YAML::Node& node, const std::string& path) const;
  ClaimSide read_claim_side(const YAML::Node& node, const std::string& path) const;
  Position read_position(const YAML::Node& node, const std::string& path) const;
  struct CitedStance {
    Stance stance = Stance::stated;
    std::string summary, because;
    std::vector<Citation> citations;
  };
  CitedStance read_cited_stance(const YAML::Node& node, const std::string& path, const std::string& what) const;
  ActorInfluence read_influence(const YAML::Node& node, const std::string& path) const;
  RedLine read_red_line(const YAML::Node& node, const std::string& path) const;
  // `wider`: an entry of `wider_table` (party may be a bloc; inherits from an earlier wider_table).
  PartyPreferences read_preferences(const YAML::Node& node, const std::string& path, bool wider = false) const;
  void read_preference_list(const YAML::Node& list, const char* section, const std::string& snapshot_id, bool wider,
                            std::vector<PartyPreferences>& into) const;
  void read_issue_preference(const YAML::Node& node, const std::string& path, const Issue& issue,
                             IssuePreference& preference) const;
  Judgement read_judgement(const YAML::Node& node, const std::string& path, double low, bool open_low,
                           double high) const;

  Date read_date(const YAML::Node& node, const std::string& path, bool full) const;
  std::string required_text(const YAML::Node& map, const std::string& path, const char* key) const;
  std::string optional_text(const YAML::Node& map, const std::string& path, const char* key) const;
  std::vector<std::string> text_list(const YAML::Node& map, const std::string& path, const char* key) const;
  // An actor id that must name an actor of the timeline.
  std::string actor_reference(const YAML::Node& node, const std::string& path) const;
  // An id that names an actor or a bloc of the timeline.
  std::string actor_or_bloc_reference(const YAML::Node& node, const std::string& path) const;

  const YamlSource& source_;
  const Timeline& timeline_;
};

}  // namespace parley::io::detail
