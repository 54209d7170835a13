#include "io/genius_xml/issue_list.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

namespace parley::io::detail {
namespace {

// Above this many values an issue cannot be tabulated per value (evaluation tables would not
// fit in memory); GENIUS data stays far below it (largest: 2001 values).

std::string issue_type(const XmlFile& file, pugi::xml_node element, const std::string& field) {
  for (const char* attribute : {"etype", "type", "vtype"})
    if (const auto value = element.attribute(attribute)) return value.value();
  // Old files (AMPOvsCity) leave the type out of issues that list <item> values.
  if (element.child("item")) return "discrete";
  file.fail(element, field, "<issue> has no 'etype' (or 'type') attribute saying discrete, integer or real");
}

// Bounds live on <issue> (GENIUS 5+) or on a <range> child (older files, and real issues).
pugi::xml_node bounds_element(pugi::xml_node element) {
  if (element.attribute("lowerbound") || element.attribute("upperbound")) return element;
  if (const auto range = element.child("range")) return range;
  return element;
}

Issue discrete_issue(const XmlFile& file, pugi::xml_node element, const std::string& name, const std::string& field,
                     bool is_profile) {
  std::vector<std::string> labels;
  std::set<std::string> seen;
  for (const auto item : element.children("item")) {
    auto label = file.text(item, "value", field);
    if (seen.insert(label).second)
      labels.push_back(std::move(label));
    else if (!is_profile)
      file.fail(item, field, fmt::format("value '{}' is listed twice", label));
  }
  if (labels.empty()) file.fail(element, field, fmt::format("issue '{}' has no <item> values", name));
  return Issue::with_labels(name, IssueKind::categorical, std::move(labels));
}

Issue integer_issue(const XmlFile& file, pugi::xml_node element, const std::string& name, const std::string& field) {
  const auto bounds = bounds_element(element);
  const auto lower = file.integer(bounds, "lowerbound", field);
  const auto upper = file.integer(bounds, "upperbound", field);
  if (upper < lower) file.fail(bounds, field, fmt::format("upperbound {} is below lowerbound {}", upper, lower));
  try {
    return Issue::integer_range(name, lower, upper);  // checks the size without overflow
  } catch (const InputError& error) {
    file.fail(bounds, field, error.problem());
  }
}

Issue real_issue(const XmlFile& file, pugi::xml_node element, const std::string& name, const std::string& field,
                 const GeniusReadOptions& options) {
  const auto bounds = bounds_element(element);
  const double lower = file.number(bounds, "lowerbound", field);
  const double upper = file.number(bounds, "upperbound", field);
  if (upper < lower) file.fail(bounds, field, fmt::format("upperbound {} is below lowerbound {}", upper, lower));
  if (options.real_issue_steps < 1)
    throw InputError(fmt::format("real_issue_steps must be at least 1, not {}", options.real_issue_steps));
  const double step = upper > lower ? (upper - lower) / options.real_issue_steps : 1.0;
  return Issue::real_range(name, lower, upper, step);
}

}  // namespace

std::string issue_field(const std::string& name) { return "issues." + name; }

pugi::xml_node issue_container(const XmlFile& file, pugi::xml_node utility_space) {
  const auto objective = utility_space.child("objective");
  if (!objective) return utility_space;
  if (objective.next_sibling("objective"))
    file.fail(objective.next_sibling("objective"), "objective", "several <objective> elements; GENIUS reads one");
  if (objective.child("objective"))
    file.fail(objective.child("objective"), "objective", "nested objectives are not supported; list the issues directly");
  return objective;
}

std::vector<GeniusIssue> read_issues(const XmlFile& file, pugi::xml_node container, const GeniusReadOptions& options,
                                     bool is_profile) {
  std::vector<GeniusIssue> issues;
  std::map<std::string, int> names;             // name → line of first definition
  std::map<std::int64_t, std::string> numbers;  // index → issue name
  for (const auto element : container.children("issue")) {
    const auto name = file.text(element, "name", "issue");
    const auto field = issue_field(name);
    const int line = file.source().line_of(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, element.offset_debug())));
    if (const auto [it, fresh] = names.emplace(name, line); !fresh)
      file.fail(element, field, fmt::format("issue '{}' is defined twice (first at line {})", name, it->second));
    const auto number = file.integer(element, "index", field);
    if (const auto [it, fresh] = numbers.emplace(number, name); !fresh)
      file.fail(element, field, fmt::format("issue index {} is also used by issue '{}'", number, it->second));
    const auto type = issue_type(file, element, field);
    GeniusIssue parsed{.number = number, .element = element};
    try {
      if (type == "discrete")
        parsed.issue = discrete_issue(file, element, name, field, is_profile);
      else if (type == "integer")
        parsed.issue = integer_issue(file, element, name, field);
      else if (type == "real")
        parsed.issue = real_issue(file, element, name, field, options);
      else
        file.fail(element, field, fmt::format("issue type '{}' is not supported (discrete, integer or real)", type));
    } catch (const InputError& error) {
      if (!error.where().file.empty()) throw;
      file.fail(element, field, error.problem());  // a model check: add the file and line
    }
    issues.push_back(std::move(parsed));
  }
  if (issues.empty()) file.fail(container, "issues", "no <issue> elements found");
  return issues;
}

}  // namespace parley::io::detail
