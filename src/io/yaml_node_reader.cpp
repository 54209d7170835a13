#include "io/yaml_node_reader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>
#include <vector>

#include <fmt/format.h>

#include "parley/model/did_you_mean.hpp"
#include "parley/model/error.hpp"

namespace parley::io::detail {
namespace {

std::string_view kind_of(const YAML::Node& node) {
  switch (node.Type()) {
    case YAML::NodeType::Null: return "nothing";
    case YAML::NodeType::Scalar: return "a single value";
    case YAML::NodeType::Sequence: return "a list";
    case YAML::NodeType::Map: return "a map";
    case YAML::NodeType::Undefined: break;
  }
  return "nothing";
}

}  // namespace

std::string field_path(const std::string& parent, std::string_view child) {
  return parent.empty() ? std::string(child) : fmt::format("{}.{}", parent, child);
}

std::string item_path(const std::string& parent, std::size_t index) { return fmt::format("{}[{}]", parent, index); }

int line_of(const YAML::Node& node) {
  const auto mark = node.Mark();
  return mark.line >= 0 ? mark.line + 1 : 0;
}

void YamlSource::fail(const YAML::Node& at, const std::string& path, std::string problem) const {
  throw InputError(SourceLocation{file_, line_of(at), path}, std::move(problem));
}

void YamlSource::expect_map(const YAML::Node& node, const std::string& path) const {
  if (!node.IsMap()) fail(node, path, fmt::format("expected a map (key: value lines), found {}", kind_of(node)));
}

void YamlSource::expect_list(const YAML::Node& node, const std::string& path) const {
  if (!node.IsSequence()) fail(node, path, fmt::format("expected a list, found {}", kind_of(node)));
}

void YamlSource::expect_list_of(const YAML::Node& node, const std::string& path, std::size_t size,
                                const char* what) const {
  if (!node.IsSequence() || node.size() != size)
    fail(node, path, fmt::format("expected {}, found {}", what,
                                 node.IsSequence() ? fmt::format("a list of {}", node.size()) : std::string(kind_of(node))));
}

void YamlSource::for_each_entry(const YAML::Node& map, const std::string& path, const EntryVisitor& visit) const {
  expect_map(map, path);
  std::set<std::string> seen;
  for (const auto& entry : map) {
    const YAML::Node key_node = entry.first;  // a copy: the iterator's pair is a temporary
    if (!key_node.IsScalar()) fail(key_node, path, fmt::format("a key must be a single value, found {}", kind_of(key_node)));
    const std::string key = key_node.Scalar();
    if (!seen.insert(key).second) fail(key_node, field_path(path, key), fmt::format("key '{}' appears twice", key));
    visit(key, key_node, entry.second);
  }
}

void YamlSource::expect_keys(const YAML::Node& map, const std::string& path,
                             std::initializer_list<std::string_view> allowed) const {
  for_each_entry(map, path, [&](const std::string& key, const YAML::Node& key_node, const YAML::Node&) {
    if (std::find(allowed.begin(), allowed.end(), key) != allowed.end()) return;
    const std::vector<std::string> keys(allowed.begin(), allowed.end());
    const auto closest = nearest_name(key, keys);
    const std::string hint = closest ? fmt::format("did you mean '{}'?", *closest)
                                     : fmt::format("expected one of: {}", fmt::join(allowed, ", "));
    fail(key_node, field_path(path, key), fmt::format("unknown key '{}' ({})", key, hint));
  });
}

YAML::Node YamlSource::require(const YAML::Node& map, const std::string& path, const char* key) const {
  expect_map(map, path);
  YAML::Node value = map[key];
  if (!value.IsDefined()) fail(map, field_path(path, key), fmt::format("missing required field '{}'", key));
  return value;
}

std::string YamlSource::text(const YAML::Node& node, const std::string& path) const {
  if (node.IsNull()) fail(node, path, "is empty; expected a value (quote it if it is the word null or ~)");
  if (!node.IsScalar()) fail(node, path, fmt::format("expected a single value, found {}", kind_of(node)));
  if (node.Scalar().empty()) fail(node, path, "is empty");
  require_printable(node, path);
  return node.Scalar();
}

// A "\0" or "\t" escape in a quoted scalar puts control characters into names and labels,
// which later become file names and table cells; parley refuses them where they are written.
void YamlSource::require_printable(const YAML::Node& node, const std::string& path) const {
  for (const char c : node.Scalar())
    if (c == '\0' || (static_cast<unsigned char>(c) < 0x20 && c != '\n' && c != '\t' && c != '\r'))
      fail(node, path, fmt::format("holds the control character U+{:04X} (a \\x or \\0 escape?)",
                                   static_cast<unsigned>(static_cast<unsigned char>(c))));
}

std::string YamlSource::label(const YAML::Node& node, const std::string& path) const {
  if (node.IsNull()) fail(node, path, "is empty; expected a value (quote it if it is the word null or ~, or empty)");
  if (!node.IsScalar()) fail(node, path, fmt::format("expected a single value, found {}", kind_of(node)));
  require_printable(node, path);
  return node.Scalar();
}

double YamlSource::number(const YAML::Node& node, const std::string& path) const {
  if (!node.IsScalar()) fail(node, path, fmt::format("expected a number, found {}", kind_of(node)));
  std::string_view digits = node.Scalar();
  // YAML's own spellings of the special values, so that the caller can say what is wrong.
  if (digits == ".nan" || digits == ".NaN" || digits == ".NAN") return std::nan("");
  for (std::string_view infinity : {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"})
    if (digits == infinity) return HUGE_VAL;
  for (std::string_view infinity : {"-.inf", "-.Inf", "-.INF"})
    if (digits == infinity) return -HUGE_VAL;
  if (digits.starts_with('+')) digits.remove_prefix(1);
  double value = 0;
  const auto* end = digits.data() + digits.size();
  const auto [stop, error] = std::from_chars(digits.data(), end, value);
  if (error != std::errc() || stop != end || digits.empty())
    fail(node, path, fmt::format("expected a number, found '{}'", node.Scalar()));
  return value;
}

double YamlSource::finite_number(const YAML::Node& node, const std::string& path) const {
  const double value = number(node, path);
  if (!std::isfinite(value)) fail(node, path, fmt::format("{} is not a finite number", node.Scalar()));
  return value;
}

std::int64_t YamlSource::integer(const YAML::Node& node, const std::string& path) const {
  if (!node.IsScalar()) fail(node, path, fmt::format("expected an integer, found {}", kind_of(node)));
  std::string_view digits = node.Scalar();
  if (digits.starts_with('+')) digits.remove_prefix(1);
  std::int64_t value = 0;
  const auto* end = digits.data() + digits.size();
  const auto [stop, error] = std::from_chars(digits.data(), end, value);
  if (error != std::errc() || stop != end || digits.empty())
    fail(node, path, fmt::format("expected an integer, found '{}'", node.Scalar()));
  return value;
}

}  // namespace parley::io::detail
