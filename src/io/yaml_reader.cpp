// The YAML scenario reader: document ──yaml-cpp──▶ nodes ──checked field by field──▶ Scenario.
// Issues are read first (they give the names that weights and evaluations refer to), then
// parties and their utilities (yaml_utility_reader.cpp); validate_scenario() runs last.
#include <cmath>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>

#include <fmt/format.h>

#include "io/yaml_node_reader.hpp"
#include "io/yaml_timeline_reader.hpp"
#include "io/yaml_utility_reader.hpp"
#include "parley/io/input_file.hpp"
#include "parley/io/yaml_document.hpp"
#include "parley/io/yaml_scenario.hpp"
#include "parley/model/error.hpp"

namespace parley::io {
namespace {

using detail::field_path;
using detail::item_path;
using detail::line_of;
using detail::YamlSource;

constexpr std::int64_t format_version = 1;

class ScenarioReader {
 public:
  explicit ScenarioReader(const YamlSource& source) : source_(source) {}

  // The `issues:` section alone, for the timeline reader (detail::read_issues).
  std::vector<Issue> issues(const YAML::Node& list) const { return read_issues(list); }

  Scenario read(const YAML::Node& root) const {
    if (!root.IsDefined() || root.IsNull())
      source_.fail(root, "", "the file is empty; a scenario needs 'parley', 'name', 'issues' and 'parties'");
    // The timeline sections belong to the timeline reader; the core reader only admits them.
    source_.expect_keys(root, "", {"parley", "name", "description", "issues", "parties", "actors", "people", "sources",
                                   "snapshots", "claims", "lexicon", "caveats", "blocs", "issue_owners"});
    const auto version = source_.require(root, "", "parley");
    if (source_.integer(version, "parley") != format_version)
      source_.fail(version, "parley",
                   fmt::format("unsupported format version {} (this parley reads version {})", version.Scalar(),
                               format_version));
    Scenario scenario;
    scenario.source = source_.file();
    scenario.name = source_.text(source_.require(root, "", "name"), "name");
    if (const auto description = root["description"]) scenario.description = source_.text(description, "description");
    scenario.space = OutcomeSpace(read_issues(source_.require(root, "", "issues")));
    scenario.parties = read_parties(source_.require(root, "", "parties"), scenario.space);
    validate_scenario(scenario);
    return scenario;
  }

 private:
  // Fails when `name` was already used at an earlier line (issues, parties, values).
  void claim_name(std::map<std::string, int>& seen, const std::string& name, const YAML::Node& at,
                  const std::string& path, const char* what) const {
    const auto [it, fresh] = seen.emplace(name, line_of(at));
    if (!fresh) source_.fail(at, path, fmt::format("{} '{}' is defined twice (first at line {})", what, name, it->second));
  }

  std::vector<Issue> read_issues(const YAML::Node& list) const {
    source_.expect_list(list, "issues");
    if (list.size() == 0) source_.fail(list, "issues", "a scenario needs at least one issue");
    std::vector<Issue> issues;
    std::map<std::string, int> seen;
    for (std::size_t i = 0; i < list.size(); ++i) {
      const auto path = item_path("issues", i);
      issues.push_back(read_issue(list[i], path));
      claim_name(seen, issues.back().name(), list[i]["name"], field_path(path, "name"), "issue");
    }
    return issues;
  }

  Issue read_issue(const YAML::Node& node, const std::string& path) const {
    source_.expect_keys(node, path, {"name", "type", "description", "values", "range", "step"});
    const auto name = source_.text(source_.require(node, path, "name"), field_path(path, "name"));
    const auto type_node = source_.require(node, path, "type");
    const auto type = source_.text(type_node, field_path(path, "type"));
    const auto kind = issue_kind_from_string(type);
    if (!kind)
      source_.fail(type_node, field_path(path, "type"),
                   fmt::format("unknown issue type '{}' (expected categorical, ordinal, integer or real)", type));
    const auto forbid = [&](const char* key, const char* reason) {
      if (const auto extra = node[key]) source_.fail(extra, field_path(path, key), reason);
    };
    Issue issue;
    if (*kind == IssueKind::categorical || *kind == IssueKind::ordinal) {
      forbid("range", "'range' is for integer and real issues; list the values under 'values'");
      forbid("step", "'step' is for real issues only");
      issue = Issue::with_labels(name, *kind, read_labels(source_.require(node, path, "values"), field_path(path, "values")));
    } else if (*kind == IssueKind::integer) {
      forbid("values", "an integer issue takes 'range: [lower, upper]', not 'values'");
      forbid("step", "'step' is for real issues only; an integer issue holds every integer of its range");
      const auto [lower, upper] = read_range<std::int64_t>(
          node, path, [&](const YAML::Node& end, const std::string& at) { return source_.integer(end, at); });
      // Bounded so that upper - lower + 1 (the value count) cannot overflow.
      constexpr std::int64_t max_magnitude = 1'000'000'000'000'000;  // 10^18
      if (lower < -max_magnitude || upper > max_magnitude)
        source_.fail(node["range"], field_path(path, "range"), "integer range ends must lie within ±10^18");
      issue = Issue::integer_range(name, lower, upper);
    } else {
      forbid("values", "a real issue takes 'range: [lower, upper]' and 'step', not 'values'");
      const auto [lower, upper] = read_range<double>(
          node, path, [&](const YAML::Node& end, const std::string& at) { return source_.finite_number(end, at); });
      const auto step = node["step"];
      const auto step_path = field_path(path, "step");
      if (!step.IsDefined())
        source_.fail(node, step_path,
                     "missing required field 'step': a real issue needs the step that discretises it for analysis");
      const double step_size = source_.finite_number(step, step_path);
      if (step_size <= 0) source_.fail(step, step_path, fmt::format("step {} must be positive", step.Scalar()));
      try {
        issue = Issue::real_range(name, lower, upper, step_size);
      } catch (const InputError& error) {  // too many values for the step
        source_.fail(step, step_path, error.problem());
      }
    }
    if (const auto description = node["description"])
      issue.description = source_.text(description, field_path(path, "description"));
    return issue;
  }

  // `range: [lower, upper]` with lower <= upper, each end read by `read_end`.
  template <typename Number, typename ReadEnd>
  std::pair<Number, Number> read_range(const YAML::Node& node, const std::string& path, ReadEnd read_end) const {
    const auto range = source_.require(node, path, "range");
    const auto range_path = field_path(path, "range");
    source_.expect_list_of(range, range_path, 2, "[lower, upper]");
    const Number lower = read_end(range[0], item_path(range_path, 0));
    const Number upper = read_end(range[1], item_path(range_path, 1));
    if (upper < lower) source_.fail(range, range_path, fmt::format("upper end {} is below lower end {}", upper, lower));
    return {lower, upper};
  }

  std::vector<std::string> read_labels(const YAML::Node& list, const std::string& path) const {
    source_.expect_list(list, path);
    if (list.size() == 0) source_.fail(list, path, "an issue needs at least one value");
    std::vector<std::string> labels;
    std::map<std::string, int> seen;
    for (std::size_t k = 0; k < list.size(); ++k) {
      labels.push_back(source_.label(list[k], item_path(path, k)));
      claim_name(seen, labels.back(), list[k], item_path(path, k), "value");
    }
    return labels;
  }

  std::vector<Party> read_parties(const YAML::Node& list, const OutcomeSpace& space) const {
    source_.expect_list(list, "parties");
    if (list.size() < 2)
      source_.fail(list, "parties", fmt::format("a negotiation needs at least 2 parties, found {}", list.size()));
    std::vector<Party> parties;
    std::map<std::string, int> seen;
    for (std::size_t p = 0; p < list.size(); ++p) {
      const auto path = item_path("parties", p);
      parties.push_back(read_party(list[p], path, space));
      claim_name(seen, parties.back().name, list[p]["name"], field_path(path, "name"), "party");
    }
    return parties;
  }

  // An optional number that must lie in [low, high] (`open_low`: strictly above low).
  std::optional<double> bounded(const YAML::Node& node, const std::string& path, const char* key, double low,
                                bool open_low, double high, const char* what) const {
    const auto value_node = node[key];
    if (!value_node.IsDefined()) return std::nullopt;
    const auto field = field_path(path, key);
    const double value = source_.number(value_node, field);
    const bool fits = (open_low ? value > low : value >= low) && value <= high;  // false for NaN
    if (!fits)
      source_.fail(value_node, field,
                   fmt::format("{} {} is not in {}{}, {}]", what, value_node.Scalar(), open_low ? "(" : "[", low,
                               high == HUGE_VAL ? std::string("inf") : fmt::format("{}", high)));
    return value;
  }

  Party read_party(const YAML::Node& node, const std::string& path, const OutcomeSpace& space) const {
    source_.expect_keys(node, path,
                        {"name", "role", "description", "reservation", "discount", "capability", "salience", "utility"});
    Party party;
    party.name = source_.text(source_.require(node, path, "name"), field_path(path, "name"));
    if (const auto role = node["role"]) party.role = source_.text(role, field_path(path, "role"));
    if (const auto description = node["description"])
      party.description = source_.text(description, field_path(path, "description"));
    party.reservation_value = bounded(node, path, "reservation", 0, false, 1, "reservation value").value_or(0.0);
    party.discount_factor = bounded(node, path, "discount", 0, true, 1, "discount factor").value_or(1.0);
    if (auto capability = bounded(node, path, "capability", 0, true, HUGE_VAL, "capability")) {
      if (std::isinf(*capability)) source_.fail(node["capability"], field_path(path, "capability"), "capability is infinite");
      party.capability = capability;
    }
    party.salience = bounded(node, path, "salience", 0, false, 1, "salience");
    party.utility = detail::read_utility(source_, source_.require(node, path, "utility"), field_path(path, "utility"), space);
    return party;
  }

  const YamlSource& source_;
};

}  // namespace

std::vector<Issue> detail::read_issues(const YamlSource& source, const YAML::Node& list) {
  return ScenarioReader(source).issues(list);
}

Scenario parse_yaml_scenario(const std::string& text, const std::string& file_name) {
  const YAML::Node root = parse_yaml_document(text, file_name);
  // A scenario with dated snapshots (the timeline sections) reads as its latest snapshot.
  if (root.IsMap() && root["snapshots"]) return detail::read_latest_timeline_scenario(root, file_name);
  return ScenarioReader(YamlSource(file_name)).read(root);
}

Scenario read_yaml_scenario(const std::filesystem::path& path) {
  std::filesystem::path file = path;
  if (std::filesystem::is_directory(path)) {
    file = path / "scenario.yaml";
    if (!std::filesystem::exists(file))
      throw InputError(SourceLocation{path.string()}, "this folder holds no scenario.yaml");
  } else if (!std::filesystem::exists(path)) {
    throw InputError(SourceLocation{path.string()}, "no such file or folder");
  }
  return parse_yaml_scenario(read_input_file(file), file.string());
}

}  // namespace parley::io
