// Internal: small checked accessors for the evidence module's YAML inputs (people, lexicon).
// Every failure is an InputError naming the file, the line and the field.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include <yaml-cpp/yaml.h>

namespace parley::evidence::detail {

// Loads `path` (a YAML file, or a folder holding scenario.yaml); InputError on failure.
YAML::Node load_yaml_file(const std::filesystem::path& path, std::string& file_name);

std::string required_string(const YAML::Node& node, const std::string& file, const std::string& field);
// A scalar or a list of scalars; an absent node gives an empty list.
std::vector<std::string> string_list(const YAML::Node& node, const std::string& file, const std::string& field);

}  // namespace parley::evidence::detail
