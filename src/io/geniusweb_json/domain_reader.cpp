#include "io/geniusweb_json/domain_reader.hpp"

#include <cmath>

#include <fmt/format.h>

namespace parley::io::detail {
namespace {

Issue number_issue(const JsonFile& file, const std::string& name, const Json& range, const std::string& field) {
  const double low = file.number(file.member(range, "low", field), join_field(field, "low"));
  const double high = file.number(file.member(range, "high", field), join_field(field, "high"));
  const double step = file.number(file.member(range, "step", field), join_field(field, "step"));
  if (!(step > 0)) file.fail(field, fmt::format("step {} must be positive", step));
  if (high < low) file.fail(field, fmt::format("high {} is below low {}", high, low));
  const auto integral = [](double x) { return std::floor(x) == x && std::abs(x) < 9e15; };
  if (integral(low) && integral(high) && step == 1)
    return Issue::integer_range(name, static_cast<std::int64_t>(low), static_cast<std::int64_t>(high));
  // GeniusWeb's range holds low + k·step <= high only; parley's real range always ends at its
  // upper bound, so the upper bound is the last grid point.
  const double steps = std::floor((high - low) / step + 1e-9);
  return Issue::real_range(name, low, low + steps * step, step);
}

}  // namespace

bool is_geniusweb_domain(const Json& root) { return root.is_object() && root.contains("issuesValues"); }

GeniusWebDomain read_geniusweb_domain(const JsonFile& file, const Json& domain, const std::string& field) {
  GeniusWebDomain result;
  result.name = file.text(file.member(domain, "name", field), join_field(field, "name"));
  const auto issues_field = join_field(field, "issuesValues");
  const auto& issues = file.object(file.member(domain, "issuesValues", field), issues_field);
  if (issues.empty()) file.fail(issues_field, "the domain has no issues");
  for (const auto& [name, value_set] : issues.items()) {
    const auto issue_field = join_field(issues_field, name);
    file.object(value_set, issue_field);
    try {
      if (value_set.contains("values")) {
        const auto& values = value_set["values"];
        if (!values.is_array()) file.fail(issue_field, "'values' must be a list");
        std::vector<std::string> labels;
        for (const auto& value : values) labels.push_back(file.text(value, join_field(issue_field, "values")));
        if (labels.empty()) file.fail(issue_field, fmt::format("issue '{}' has no values", name));
        result.issues.push_back(Issue::with_labels(name, IssueKind::categorical, std::move(labels)));
      } else if (value_set.contains("range")) {
        result.issues.push_back(number_issue(file, name, value_set["range"], join_field(issue_field, "range")));
      } else {
        file.fail(issue_field, "a value set needs 'values' (a list) or 'range' ({low, high, step})");
      }
    } catch (const InputError& error) {
      if (!error.where().file.empty()) throw;
      file.fail(issue_field, error.problem());  // a model check: add the file
    }
  }
  return result;
}

}  // namespace parley::io::detail
