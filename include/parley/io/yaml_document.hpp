// Parsing a YAML document a user wrote, with parley's input checks.
//
// Data flow: file ──read_input_file (regular file, size, UTF-8)──▶ text ──yaml-cpp──▶ YAML::Node
// ──depth check──▶ the caller (scenario, timeline and evidence readers). Every failure is an
// InputError naming the file and line: malformed YAML, nesting deeper than
// input_limits().max_nesting_depth.
//
// Public API:
//   parse_yaml_document(text, file)   text already read
//   load_yaml_document(file)          read_input_file + parse_yaml_document
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

// Callers that use the node include <yaml-cpp/yaml.h>; the declaration needs only the name.
namespace YAML {
class Node;
}

namespace parley::io {

YAML::Node parse_yaml_document(const std::string& text, const std::string& file);
YAML::Node load_yaml_document(const std::filesystem::path& file);

}  // namespace parley::io
