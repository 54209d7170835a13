// io::read_timeline: scenario.yaml ──core issues + timeline sections──▶ Timeline.
// Order matters: issues and actors first (everything refers to them), then people and
// sources, then snapshots in file order (each may inherit from an earlier one), then claims
// (they refer to snapshots). `snapshots` is a list of snapshot file names (or inline
// snapshots); `claims` is a file name or an inline list.
#include "parley/io/yaml_timeline.hpp"

#include <fmt/format.h>

#include "io/yaml_timeline_reader.hpp"
#include "parley/io/input_file.hpp"
#include "parley/io/yaml_document.hpp"
#include "parley/model/error.hpp"

namespace parley::io {
namespace detail {
namespace {

YAML::Node load_yaml(const std::filesystem::path& file) { return load_yaml_document(file); }

std::filesystem::path scenario_file(const std::filesystem::path& path) {
  if (std::filesystem::is_directory(path)) {
    const auto file = path / "scenario.yaml";
    if (!std::filesystem::exists(file)) throw InputError(SourceLocation{path.string()}, "this folder holds no scenario.yaml");
    return file;
  }
  if (!std::filesystem::exists(path)) throw InputError(SourceLocation{path.string()}, "no such file or folder");
  return path;
}

// A list item that is a file name is read from that file (relative to the scenario folder).
template <typename ReadItem>
void read_item_or_file(const YamlSource& source, const YAML::Node& item, const std::string& path,
                       const std::filesystem::path& folder, const ReadItem& read) {
  if (item.IsScalar()) {
    const auto file =
        readable_named_file(folder, source.text(item, path), SourceLocation{source.file(), line_of(item), path}, "file");
    const YamlSource file_source(file.string());
    read(file_source, load_yaml(file));
  } else {
    read(source, item);
  }
}

}  // namespace

Timeline read_timeline_document(const YAML::Node& root, const std::string& file_name) {
  const YamlSource source(file_name);
  const auto folder = std::filesystem::path(file_name).parent_path();
  source.expect_map(root, "");
  if (!root["snapshots"])
    source.fail(root, "snapshots",
                "this scenario has no timeline: dated snapshots, sources and citations live under 'snapshots' "
                "(see docs/SCENARIO_FORMAT.md, Timeline sections)");
  if (root["parties"])
    source.fail(root["parties"], "parties",
                "a scenario with 'snapshots' takes its parties from each snapshot's 'preferences'; remove 'parties'");
  Timeline timeline;
  timeline.folder = folder.empty() ? file_name : folder.string();
  timeline.name = source.text(source.require(root, "", "name"), "name");
  if (const auto description = root["description"]) timeline.description = source.text(description, "description");
  if (const auto caveats = root["caveats"]) {
    source.expect_list(caveats, "caveats");
    for (std::size_t i = 0; i < caveats.size(); ++i) timeline.caveats.push_back(source.text(caveats[i], fmt::format("caveats[{}]", i)));
  }
  timeline.space = OutcomeSpace(read_issues(source, source.require(root, "", "issues")));

  const TimelineSectionReader top(source, timeline);
  timeline.actors = top.read_actors(source.require(root, "", "actors"));
  if (const auto people = root["people"]) timeline.people = top.read_people(people);
  if (const auto sources = root["sources"]) timeline.sources = top.read_sources(sources, folder);
  if (const auto blocs = root["blocs"]) timeline.blocs = top.read_blocs(blocs);
  if (const auto owners = root["issue_owners"]) timeline.issue_owners = top.read_issue_owners(owners);

  const auto snapshots = source.require(root, "", "snapshots");
  source.expect_list(snapshots, "snapshots");
  if (snapshots.size() == 0) source.fail(snapshots, "snapshots", "a timeline needs at least one snapshot");
  for (std::size_t i = 0; i < snapshots.size(); ++i)
    read_item_or_file(source, snapshots[i], item_path("snapshots", i), folder,
                      [&](const YamlSource& file_source, const YAML::Node& node) {
                        const TimelineSectionReader reader(file_source, timeline);
                        auto snapshot = reader.read_snapshot(node);
                        timeline.snapshots.push_back(std::move(snapshot));
                      });

  if (const auto claims = root["claims"])
    read_item_or_file(source, claims, "claims", folder, [&](const YamlSource& file_source, const YAML::Node& node) {
      timeline.claims = TimelineSectionReader(file_source, timeline).read_claims(node);
    });
  return timeline;
}

Scenario read_latest_timeline_scenario(const YAML::Node& root, const std::string& file_name) {
  const auto timeline = read_timeline_document(root, file_name);
  return scenario_at(timeline, latest_snapshot(timeline));
}

}  // namespace detail

bool has_timeline(const std::filesystem::path& path) {
  std::filesystem::path file = path;
  if (std::filesystem::is_directory(path)) file /= "scenario.yaml";
  if (!std::filesystem::is_regular_file(file)) return false;
  const auto extension = file.extension();
  if (extension != ".yaml" && extension != ".yml") return false;
  try {
    const auto root = load_yaml_document(file);
    return root.IsMap() && root["snapshots"].IsDefined();
  } catch (const InputError&) {
    return false;  // not a timeline; the reader that handles it reports the syntax error
  }
}

Timeline read_timeline(const std::filesystem::path& path) {
  const auto file = detail::scenario_file(path);
  return detail::read_timeline_document(detail::load_yaml(file), file.string());
}

Scenario read_timeline_scenario(const std::filesystem::path& path, std::string_view id_or_date) {
  const auto timeline = read_timeline(path);
  return scenario_at(timeline, id_or_date.empty() ? latest_snapshot(timeline) : find_snapshot(timeline, id_or_date));
}

}  // namespace parley::io
