// Loading scenarios from any supported format.
//
// Data flow: path ──detect format──▶ the format's reader ──▶ Scenario (validated).
//  * a `.yaml`/`.yml` file, or a folder holding `scenario.yaml`  → native YAML (yaml_scenario.hpp)
//  * a folder of GENIUS XML files (a domain + profiles)          → genius_xml.hpp
//  * a folder of GeniusWeb JSON files (a domain + profiles)      → geniusweb_json.hpp
//  * a single GENIUS domain `.xml` or GeniusWeb `.json` file: its folder is read.
// Every failure is an InputError naming the file, the place and the problem.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model/scenario.hpp"

namespace parley::io {

enum class ScenarioFormat { yaml, genius_xml, geniusweb_json };

// "yaml", "genius", "geniusweb" (the names the CLI's --to accepts), and back.
std::string_view to_string(ScenarioFormat format);
std::optional<ScenarioFormat> scenario_format_from_string(std::string_view name);

// True for a path that names a YAML file (extension .yaml or .yml, any case).
bool is_yaml_file_name(const std::filesystem::path& path);

// The format of what is at `path` (file or folder); throws InputError when it is none.
ScenarioFormat detect_format(const std::filesystem::path& path);

struct LoadOptions {
  // Learns a utility for parties that only compare bids (GeniusWeb partial orderings); without
  // it such a party is an InputError saying how to estimate one (geniusweb_json.hpp).
  UtilityEstimator estimate_utility;
};

Scenario load_scenario(const std::filesystem::path& path, const LoadOptions& options = {});

// The scenarios a path names when several are expected (tournaments): the path itself when it
// is a scenario (a file, or a folder detect_format recognises); otherwise, for a folder, every
// scenario directly inside it, by file name: its .yaml/.yml files and its sub-folders that are
// scenarios (other files and folders are not scenarios and are passed over). InputError when
// the path does not exist (a path holding ',' that does not exist is told that several
// scenarios are separate paths) or the folder holds no scenario.
std::vector<std::filesystem::path> scenario_paths(const std::filesystem::path& path);

// Writes `scenario` at `path` in `format`: for YAML a file when `path` ends in .yaml/.yml,
// else `<path>/scenario.yaml`; for GENIUS and GeniusWeb a folder. Refuses to overwrite
// existing files unless `overwrite` is true.
void save_scenario(const Scenario& scenario, const std::filesystem::path& path, ScenarioFormat format,
                   bool overwrite);

// What a conversion changed: compares a scenario with what was read back from its written
// copy and describes every difference in words: metadata the target format cannot hold
// (descriptions, roles, capability, salience, ordinal/real issue kinds, user models and their
// comparisons), renamed or reshaped
// issues, and each party whose utility of some outcome moved by more than `tolerance` (exact
// maximum for additive utilities, enumeration or 10^4 seeded samples otherwise). Empty when
// the round trip kept everything.
std::vector<std::string> conversion_differences(const Scenario& original, const Scenario& read_back,
                                                double tolerance = 1e-9);

}  // namespace parley::io
