// parley's native scenario format: human-editable YAML (docs/SCENARIO_FORMAT.md).
//
// A scenario is one `.yaml` file, or a folder whose `scenario.yaml` is that file (the folder
// may also hold sources and dated snapshots: see the timeline sections of the format doc).
// Reading reports every problem with the file, line and field; writing produces a file that
// reads back to an identical Scenario (round trip).
#pragma once

#include <filesystem>
#include <string>

#include "parley/model/scenario.hpp"

namespace parley::io {

Scenario read_yaml_scenario(const std::filesystem::path& path);       // file or folder
Scenario parse_yaml_scenario(const std::string& text, const std::string& file_name);

std::string to_yaml(const Scenario& scenario);
void write_yaml_scenario(const Scenario& scenario, const std::filesystem::path& file, bool overwrite);

}  // namespace parley::io
