// Format detection and dispatch to the readers and writers of each format (load.hpp).
#include "parley/io/load.hpp"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

#include "parley/io/genius_xml.hpp"
#include "parley/io/geniusweb_json.hpp"
#include "parley/io/yaml_scenario.hpp"
#include "parley/model/error.hpp"

namespace parley::io {
namespace {

namespace fs = std::filesystem;

constexpr ScenarioFormat all_formats[] = {ScenarioFormat::yaml, ScenarioFormat::genius_xml, ScenarioFormat::geniusweb_json};

std::string lower_case_extension(const fs::path& path) {
  auto extension = path.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return extension;
}

// The folder a single GENIUS/GeniusWeb file stands for.
fs::path folder_of(const fs::path& path) {
  if (fs::is_directory(path)) return path;
  return path.has_parent_path() ? path.parent_path() : fs::path(".");
}

[[noreturn]] void fail(const fs::path& path, std::string problem) {
  throw InputError(SourceLocation{path.string()}, std::move(problem));
}

}  // namespace

std::string_view to_string(ScenarioFormat format) {
  switch (format) {
    case ScenarioFormat::yaml: return "yaml";
    case ScenarioFormat::genius_xml: return "genius";
    case ScenarioFormat::geniusweb_json: return "geniusweb";
  }
  return "yaml";
}

std::optional<ScenarioFormat> scenario_format_from_string(std::string_view name) {
  for (const auto format : all_formats)
    if (to_string(format) == name) return format;
  return std::nullopt;
}

bool is_yaml_file_name(const fs::path& path) {
  const auto extension = lower_case_extension(path);
  return extension == ".yaml" || extension == ".yml";
}

ScenarioFormat detect_format(const fs::path& path) {
  if (!fs::exists(path)) fail(path, "no such file or folder");
  if (fs::is_directory(path)) {
    if (fs::exists(path / "scenario.yaml")) return ScenarioFormat::yaml;
    if (is_genius_folder(path)) return ScenarioFormat::genius_xml;
    if (is_geniusweb_folder(path)) return ScenarioFormat::geniusweb_json;
    fail(path, "this folder holds no scenario: expected scenario.yaml, GENIUS XML files (a domain and its profiles) "
               "or GeniusWeb JSON files (a domain and its profiles)");
  }
  if (is_yaml_file_name(path)) return ScenarioFormat::yaml;
  const auto extension = lower_case_extension(path);
  if (extension == ".xml") {
    if (!is_genius_folder(folder_of(path))) fail(path, "an XML file, but its folder holds no GENIUS domain file");
    return ScenarioFormat::genius_xml;
  }
  if (extension == ".json") {
    if (!is_geniusweb_folder(folder_of(path))) fail(path, "a JSON file, but its folder holds no GeniusWeb domain file");
    return ScenarioFormat::geniusweb_json;
  }
  fail(path, fmt::format("cannot tell the scenario format from the extension '{}' (expected .yaml or .yml, a GENIUS "
                         ".xml or GeniusWeb .json file, or a scenario folder)",
                         extension));
}

Scenario load_scenario(const fs::path& path) {
  switch (detect_format(path)) {
    case ScenarioFormat::yaml: return read_yaml_scenario(path);
    case ScenarioFormat::genius_xml: return read_genius_folder(folder_of(path));
    case ScenarioFormat::geniusweb_json: return read_geniusweb_folder(folder_of(path));
  }
  fail(path, "unknown scenario format");
}

void save_scenario(const Scenario& scenario, const fs::path& path, ScenarioFormat format, bool overwrite) {
  switch (format) {
    case ScenarioFormat::yaml:
      write_yaml_scenario(scenario, is_yaml_file_name(path) ? path : path / "scenario.yaml", overwrite);
      return;
    case ScenarioFormat::genius_xml: write_genius_folder(scenario, path, overwrite); return;
    case ScenarioFormat::geniusweb_json: write_geniusweb_folder(scenario, path, overwrite); return;
  }
}

}  // namespace parley::io
