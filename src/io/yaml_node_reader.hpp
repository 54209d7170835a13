// Typed, error-reporting access to yaml-cpp nodes for the YAML scenario reader.
//
// Data flow: yaml_reader.cpp / yaml_utility_reader.cpp walk the parsed document through a
// YamlSource, which turns every mismatch between what the file holds and what the format
// expects into one InputError naming the file, the 1-based line (yaml-cpp Mark) and the
// field path ("parties[0].utility.weights.price"). Nothing here knows about scenarios.
#pragma once

#include <cstdint>
#include <functional>
#include <initializer_list>
#include <string>
#include <string_view>

#include <yaml-cpp/yaml.h>

namespace parley::io::detail {

// "parent.child" (or "child" at the top) and "parent[index]".
std::string field_path(const std::string& parent, std::string_view child);
std::string item_path(const std::string& parent, std::size_t index);

// 1-based line of a node, 0 when yaml-cpp does not know it.
int line_of(const YAML::Node& node);

class YamlSource {
 public:
  explicit YamlSource(std::string file) : file_(std::move(file)) {}
  const std::string& file() const { return file_; }

  [[noreturn]] void fail(const YAML::Node& at, const std::string& path, std::string problem) const;
  // InputError when a scalar holds a NUL or another control character (tab and newlines allowed).
  void require_printable(const YAML::Node& node, const std::string& path) const;

  // Calls `visit(key, key_node, value)` for every entry of a map whose keys are scalars,
  // each appearing once (yaml-cpp itself accepts repeated keys silently).
  using EntryVisitor = std::function<void(const std::string& key, const YAML::Node& key_node, const YAML::Node& value)>;
  void for_each_entry(const YAML::Node& map, const std::string& path, const EntryVisitor& visit) const;

  // A map whose keys are all in `allowed`; an unknown key (a typo) is an error that
  // suggests the closest allowed key.
  void expect_keys(const YAML::Node& map, const std::string& path, std::initializer_list<std::string_view> allowed) const;
  void expect_map(const YAML::Node& node, const std::string& path) const;
  void expect_list(const YAML::Node& node, const std::string& path) const;
  // A list of exactly `size` items.
  void expect_list_of(const YAML::Node& node, const std::string& path, std::size_t size, const char* what) const;

  // The value of `key` in `map`; an error names the missing field.
  YAML::Node require(const YAML::Node& map, const std::string& path, const char* key) const;

  std::string text(const YAML::Node& node, const std::string& path) const;   // a non-empty scalar
  std::string label(const YAML::Node& node, const std::string& path) const;  // a scalar, "" allowed when quoted
  double number(const YAML::Node& node, const std::string& path) const;      // any double, NaN included
  double finite_number(const YAML::Node& node, const std::string& path) const;
  std::int64_t integer(const YAML::Node& node, const std::string& path) const;

 private:
  std::string file_;
};

}  // namespace parley::io::detail
