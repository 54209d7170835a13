#include "parley/io/yaml_document.hpp"

#include <utility>
#include <vector>

#include <fmt/format.h>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/yaml.h>

#include "parley/io/input_file.hpp"
#include "parley/model/error.hpp"

namespace parley::io {
namespace {

// yaml-cpp's own guard stops its recursive parser at 2000 levels; this walk (an explicit
// stack, no recursion) applies parley's tighter limit so that no reader recurses deeply.
void require_shallow(const YAML::Node& root, const std::string& file) {
  const int limit = input_limits().max_nesting_depth;
  std::vector<std::pair<YAML::Node, int>> pending{{root, 0}};
  while (!pending.empty()) {
    auto [node, depth] = std::move(pending.back());
    pending.pop_back();
    if (!node.IsSequence() && !node.IsMap()) continue;
    if (depth >= limit) fail_too_deep(SourceLocation{file, node.Mark().line >= 0 ? node.Mark().line + 1 : 0, ""});
    if (node.IsSequence()) {
      for (const auto& child : node) pending.emplace_back(child, depth + 1);
    } else {
      for (const auto& entry : node) {
        pending.emplace_back(entry.first, depth + 1);
        pending.emplace_back(entry.second, depth + 1);
      }
    }
  }
}

}  // namespace

YAML::Node parse_yaml_document(const std::string& text, const std::string& file) {
  YAML::Node root;
  try {
    root = YAML::Load(text);
  } catch (const YAML::DeepRecursion& error) {  // yaml-cpp's own guard, before parley's walk
    fail_too_deep(SourceLocation{file, error.mark.line >= 0 ? error.mark.line + 1 : 0, ""});
  } catch (const YAML::Exception& error) {
    throw InputError(SourceLocation{file, error.mark.line >= 0 ? error.mark.line + 1 : 0},
                     fmt::format("malformed YAML: {}", error.msg));
  }
  require_shallow(root, file);
  return root;
}

YAML::Node load_yaml_document(const std::filesystem::path& file) {
  return parse_yaml_document(read_input_file(file), file.string());
}

}  // namespace parley::io
