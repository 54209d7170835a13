#include "io/yaml_utility_reader.hpp"

#include <cmath>
#include <optional>
#include <vector>

#include <fmt/format.h>

#include "io/yaml_linear_evaluation.hpp"
#include "parley/model/did_you_mean.hpp"
#include "parley/model/error.hpp"

namespace parley::io::detail {
namespace {

class UtilityReader {
 public:
  UtilityReader(const YamlSource& source, const OutcomeSpace& space) : source_(source), space_(space) {}

  UtilityFunction read(const YAML::Node& node, const std::string& path) const {
    source_.expect_map(node, path);
    std::string type = "additive";
    if (const auto type_node = node["type"]) type = source_.text(type_node, field_path(path, "type"));
    if (type == "additive") {
      source_.expect_keys(node, path, {"type", "weights", "evaluations"});
      return read_additive(node, path);
    }
    if (type == "hyper-rectangles") {
      source_.expect_keys(node, path, {"type", "normaliser", "rectangles"});
      return read_rectangles(node, path);
    }
    source_.fail(node["type"], field_path(path, "type"),
                 fmt::format("unknown utility type '{}' (expected additive or hyper-rectangles)", type));
  }

 private:
  std::size_t issue_index(const std::string& name, const YAML::Node& at, const std::string& path) const {
    const auto index = space_.find_issue(name);
    if (!index)
      source_.fail(at, path, fmt::format("unknown issue '{}'{}", name, name_hint(name, issue_names(space_), "issues")));
    return *index;
  }

  std::size_t value_index(const Issue& issue, const std::string& label, const YAML::Node& at,
                          const std::string& path) const {
    try {
      return require_value(issue, label, SourceLocation{});
    } catch (const InputError& error) {
      source_.fail(at, path, error.problem());
    }
  }

  // Additive ----------------------------------------------------------------------------

  UtilityFunction read_additive(const YAML::Node& node, const std::string& path) const {
    AdditiveUtility additive;
    additive.weights = read_weights(source_.require(node, path, "weights"), field_path(path, "weights"));
    additive.evaluations = read_evaluations(source_.require(node, path, "evaluations"), field_path(path, "evaluations"));
    return additive;
  }

  std::vector<double> read_weights(const YAML::Node& node, const std::string& path) const {
    std::vector<std::optional<double>> given(space_.issue_count());
    source_.for_each_entry(node, path, [&](const std::string& name, const YAML::Node& key, const YAML::Node& value) {
      const auto field = field_path(path, name);
      const auto i = issue_index(name, key, field);
      const double weight = source_.number(value, field);
      if (std::isnan(weight)) source_.fail(value, field, fmt::format("weight of issue '{}' is not a number", name));
      if (std::isinf(weight)) source_.fail(value, field, fmt::format("weight of issue '{}' is infinite", name));
      if (weight < 0) source_.fail(value, field, fmt::format("weight of issue '{}' is negative ({})", name, weight));
      given[i] = weight;
    });
    std::vector<double> weights;
    double sum = 0;
    for (std::size_t i = 0; i < given.size(); ++i) {
      if (!given[i]) source_.fail(node, path, fmt::format("no weight for issue '{}'", space_.issue(i).name()));
      weights.push_back(*given[i]);
      sum += *given[i];
    }
    if (sum == 0) source_.fail(node, path, "all weights are zero; at least one issue must matter");
    if (!std::isfinite(sum)) source_.fail(node, path, "the weights are too large to add up");
    if (std::abs(sum - 1.0) > weight_sum_tolerance)
      for (auto& weight : weights) weight /= sum;
    return weights;
  }

  std::vector<std::vector<double>> read_evaluations(const YAML::Node& node, const std::string& path) const {
    std::vector<std::optional<std::vector<double>>> given(space_.issue_count());
    source_.for_each_entry(node, path, [&](const std::string& name, const YAML::Node& key, const YAML::Node& value) {
      const auto field = field_path(path, name);
      const auto i = issue_index(name, key, field);
      given[i] = read_table(space_.issue(i), value, field);
    });
    std::vector<std::vector<double>> tables;
    for (std::size_t i = 0; i < given.size(); ++i) {
      if (!given[i]) source_.fail(node, path, fmt::format("no evaluations for issue '{}'", space_.issue(i).name()));
      tables.push_back(std::move(*given[i]));
    }
    return tables;
  }

  double evaluation(const YAML::Node& node, const std::string& path, const Issue& issue, std::size_t k) const {
    const double value = source_.number(node, path);
    if (!(value >= 0 && value <= 1))  // also rejects NaN
      source_.fail(node, path, fmt::format("evaluation {} of value '{}' of issue '{}' is outside [0, 1]", node.Scalar(),
                                           issue.label(k), issue.name()));
    return value;
  }

  // A list in value order, a map value -> evaluation, or (numeric issues) {linear: [a, b]}.
  std::vector<double> read_table(const Issue& issue, const YAML::Node& node, const std::string& path) const {
    if (issue.is_numeric() && issue.size() > max_tabulated_values)
      source_.fail(node, path, fmt::format("issue '{}' has {} values, too many to evaluate one by one (at most {})",
                                           issue.name(), issue.size(), max_tabulated_values));
    if (node.IsSequence()) {
      if (node.size() != issue.size())
        source_.fail(node, path, fmt::format("{} evaluations for the {} values of issue '{}'", node.size(), issue.size(),
                                             issue.name()));
      std::vector<double> table(issue.size());
      for (std::size_t k = 0; k < table.size(); ++k) table[k] = evaluation(node[k], item_path(path, k), issue, k);
      return table;
    }
    source_.expect_map(node, path);
    if (issue.is_numeric() && node["linear"].IsDefined()) return read_linear(issue, node, path);
    std::vector<std::optional<double>> given(issue.size());
    source_.for_each_entry(node, path, [&](const std::string& label, const YAML::Node& key, const YAML::Node& value) {
      const auto field = field_path(path, label);
      const auto k = value_index(issue, label, key, field);
      if (given[k])
        source_.fail(key, field, fmt::format("value '{}' of issue '{}' is evaluated twice", issue.label(k), issue.name()));
      given[k] = evaluation(value, field, issue, k);
    });
    std::vector<double> table;
    for (std::size_t k = 0; k < given.size(); ++k) {
      if (!given[k])
        source_.fail(node, path, fmt::format("no evaluation for value '{}' of issue '{}'", issue.label(k), issue.name()));
      table.push_back(*given[k]);
    }
    return table;
  }

  std::vector<double> read_linear(const Issue& issue, const YAML::Node& node, const std::string& path) const {
    source_.expect_keys(node, path, {"linear"});
    const auto field = field_path(path, "linear");
    const auto ends = node["linear"];
    source_.expect_list_of(ends, field, 2, "[evaluation at the lower end, evaluation at the upper end]");
    const double at_lower = evaluation(ends[0], item_path(field, 0), issue, 0);
    const double at_upper = evaluation(ends[1], item_path(field, 1), issue, issue.size() - 1);
    return tabulate_linear(issue, at_lower, at_upper);
  }

  // Hyper-rectangles --------------------------------------------------------------------

  UtilityFunction read_rectangles(const YAML::Node& node, const std::string& path) const {
    HyperRectangleUtility utility;
    const auto normaliser_path = field_path(path, "normaliser");
    const auto normaliser = source_.require(node, path, "normaliser");
    utility.normaliser = source_.finite_number(normaliser, normaliser_path);
    if (utility.normaliser <= 0)
      source_.fail(normaliser, normaliser_path, fmt::format("normaliser {} must be positive", utility.normaliser));
    const auto list_path = field_path(path, "rectangles");
    const auto list = source_.require(node, path, "rectangles");
    source_.expect_list(list, list_path);
    for (std::size_t r = 0; r < list.size(); ++r) utility.rectangles.push_back(read_rectangle(list[r], item_path(list_path, r)));
    return utility;
  }

  HyperRectangle read_rectangle(const YAML::Node& node, const std::string& path) const {
    source_.expect_keys(node, path, {"utility", "where", "except"});
    HyperRectangle rectangle;
    rectangle.utility = source_.finite_number(source_.require(node, path, "utility"), field_path(path, "utility"));
    for (const bool excluded : {false, true}) {
      const char* key = excluded ? "except" : "where";
      const auto conditions = node[key];
      if (!conditions.IsDefined()) continue;
      const auto conditions_path = field_path(path, key);
      source_.for_each_entry(conditions, conditions_path,
                             [&](const std::string& name, const YAML::Node& key_node, const YAML::Node& value) {
                               const auto field = field_path(conditions_path, name);
                               const auto i = issue_index(name, key_node, field);
                               read_ranges(rectangle, static_cast<std::uint32_t>(i), excluded, value, field);
                             });
    }
    return rectangle;
  }

  // `label`, `[first, last]`, or a list of such (each one more condition). Only one level of
  // lists: deeper nesting (or YAML aliases of aliases) cannot multiply the work.
  void read_ranges(HyperRectangle& rectangle, std::uint32_t i, bool excluded, const YAML::Node& node,
                   const std::string& path) const {
    if (node.IsSequence() && node.size() > 0 && node[0].IsSequence()) {
      for (std::size_t r = 0; r < node.size(); ++r) read_range(rectangle, i, excluded, node[r], item_path(path, r));
      return;
    }
    read_range(rectangle, i, excluded, node, path);
  }

  void read_range(HyperRectangle& rectangle, std::uint32_t i, bool excluded, const YAML::Node& node,
                  const std::string& path) const {
    const Issue& issue = space_.issue(i);
    RectangleBound bound{.issue = i, .excluded = excluded};
    if (node.IsScalar()) {
      bound.first = bound.last = static_cast<std::uint32_t>(value_index(issue, source_.label(node, path), node, path));
    } else {
      source_.expect_list_of(node, path, 2, "[first value, last value]");
      bound.first = static_cast<std::uint32_t>(value_index(issue, source_.label(node[0], item_path(path, 0)), node[0], path));
      bound.last = static_cast<std::uint32_t>(value_index(issue, source_.label(node[1], item_path(path, 1)), node[1], path));
      if (bound.first > bound.last)
        source_.fail(node, path, fmt::format("range [{}, {}] of issue '{}' is reversed: the first value comes after the last",
                                             issue.label(bound.first), issue.label(bound.last), issue.name()));
    }
    rectangle.bounds.push_back(bound);
  }

  const YamlSource& source_;
  const OutcomeSpace& space_;
};

}  // namespace

UtilityFunction read_utility(const YamlSource& source, const YAML::Node& node, const std::string& path,
                             const OutcomeSpace& space) {
  return UtilityReader(source, space).read(node, path);
}

}  // namespace parley::io::detail
