#include "evidence/yaml_helpers.hpp"

#include "parley/io/yaml_document.hpp"
#include "parley/model/error.hpp"

namespace parley::evidence::detail {

namespace {
int line_of(const YAML::Node& node) { return node.Mark().line >= 0 ? node.Mark().line + 1 : 0; }
}  // namespace

YAML::Node load_yaml_file(const std::filesystem::path& path, std::string& file_name) {
  std::filesystem::path file = path;
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) file = path / "scenario.yaml";
  file_name = file.string();
  return io::load_yaml_document(file);
}

std::string required_string(const YAML::Node& node, const std::string& file, const std::string& field) {
  if (!node || !node.IsScalar() || node.Scalar().empty()) {
    throw InputError(SourceLocation{file, node ? line_of(node) : 0, field}, "expected a non-empty string");
  }
  return node.Scalar();
}

std::vector<std::string> string_list(const YAML::Node& node, const std::string& file, const std::string& field) {
  std::vector<std::string> values;
  if (!node || node.IsNull()) return values;
  if (node.IsScalar()) {
    values.push_back(required_string(node, file, field));
    return values;
  }
  if (!node.IsSequence()) throw InputError(SourceLocation{file, line_of(node), field}, "expected a string or a list of strings");
  for (std::size_t i = 0; i < node.size(); ++i) {
    values.push_back(required_string(node[i], file, field + "[" + std::to_string(i) + "]"));
  }
  return values;
}

}  // namespace parley::evidence::detail
