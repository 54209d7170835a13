// read_additive_utility(): weights and per-value evaluations of a linear-additive profile,
// normalised as GENIUS does (profile_reader.hpp states the rules).
#include <algorithm>

#include <fmt/format.h>

#include "io/genius_common/weights.hpp"
#include "io/genius_xml/profile_parts.hpp"

namespace parley::io::detail {
namespace {

// GENIUS EvaluatorDiscrete: below this maximum every evaluation reads as 0.
constexpr double smallest_discrete_maximum = 0.00001;

std::vector<double> discrete_evaluations(const XmlFile& file, const GeniusIssue& mine, const Issue& domain_issue) {
  const auto field = issue_field(domain_issue.name());
  std::vector<double> evaluations(domain_issue.size(), 0.0);
  for (const auto item : mine.element.children("item")) {
    const std::string label = item.attribute("value").value();
    const double evaluation = file.number(item, "evaluation", field + "." + label);
    if (evaluation < 0)
      file.fail(item, field, fmt::format("evaluation {} of value '{}' is negative", evaluation, label));
    evaluations[*domain_issue.find(label)] = evaluation;  // a repeated value: the last wins
  }
  const double maximum = *std::max_element(evaluations.begin(), evaluations.end());
  for (auto& evaluation : evaluations) evaluation = maximum < smallest_discrete_maximum ? 0.0 : evaluation / maximum;
  return evaluations;
}

std::vector<double> linear_evaluations(const XmlFile& file, const GeniusIssue& mine, const Issue& domain_issue) {
  const auto field = issue_field(domain_issue.name());
  const auto evaluator = mine.element.child("evaluator");
  if (!evaluator)
    file.fail(mine.element, field, fmt::format("{} issue '{}' has no <evaluator>", to_string(domain_issue.kind()),
                                               domain_issue.name()));
  const auto ftype = file.text(evaluator, "ftype", field);
  if (ftype != "linear")
    file.fail(evaluator, field, fmt::format("evaluator ftype '{}' is not supported (only 'linear')", ftype));
  double slope = 0, offset = 0, origin = 0;
  if (evaluator.attribute("slope") || evaluator.attribute("offset")) {
    slope = file.number(evaluator, "slope", field);
    offset = file.number(evaluator, "offset", field);
    origin = domain_issue.lower();  // GENIUS EvaluatorInteger: slope · (v − lowerbound) + offset
  } else if (evaluator.attribute("parameter0") || evaluator.attribute("parameter1")) {
    offset = file.number(evaluator, "parameter0", field);
    slope = file.number(evaluator, "parameter1", field);  // older GENIUS: parameter1 · v + parameter0
  } else {
    file.fail(evaluator, field, "linear evaluator needs 'slope' and 'offset' (or 'parameter0' and 'parameter1')");
  }
  std::vector<double> evaluations(domain_issue.size());
  for (std::size_t k = 0; k < evaluations.size(); ++k)
    evaluations[k] = std::clamp(offset + slope * (domain_issue.numeric_value(k) - origin), 0.0, 1.0);
  return evaluations;
}

std::vector<double> read_weights(const XmlFile& file, pugi::xml_node container, const std::vector<GeniusIssue>& domain,
                                 const ProfileIssues& matched) {
  // Weight indices name issues. An index naming no issue but the objective itself (ANAC 2012
  // Fitness) weighs the root, which GENIUS ignores for the utility. The profile's objective
  // index may also coincide with an issue's (ANAC 2012 Amsterdam): the issue wins, because
  // GENIUS numbers the objective from the domain file.
  const auto own_index = container.attribute("index");
  std::vector<double> weights(domain.size(), -1.0);
  double total = 0;
  for (const auto element : container.children("weight")) {
    const auto number = file.integer(element, "index", "weight");
    const auto issue = matched.domain_index_of_number(number);
    if (!issue && own_index && own_index.as_llong() == number) continue;
    if (!issue) file.fail(element, "weight", fmt::format("weight index {} names no issue of this profile", number));
    const auto& name = domain[*issue].issue.name();
    const auto field = "weights." + name;
    if (weights[*issue] >= 0) file.fail(element, field, fmt::format("issue '{}' has two weights", name));
    const double weight = file.number(element, "value", field);
    if (weight < 0) file.fail(element, field, fmt::format("weight {} of issue '{}' is negative", weight, name));
    weights[*issue] = weight;
    total += weight;
  }
  for (std::size_t i = 0; i < domain.size(); ++i)
    if (weights[i] < 0)
      file.fail(container, "weights", fmt::format("issue '{}' has no <weight>", domain[i].issue.name()));
  if (!(total > 0)) file.fail(container, "weights", "all issue weights are 0");
  normalise_weights(weights);
  return weights;
}

}  // namespace

AdditiveUtility read_additive_utility(const XmlFile& file, pugi::xml_node container,
                                      const std::vector<GeniusIssue>& domain, const ProfileIssues& matched) {
  AdditiveUtility utility;
  utility.weights = read_weights(file, container, domain, matched);
  for (std::size_t i = 0; i < domain.size(); ++i) {
    const auto& mine = matched.issues[matched.profile_index[i]];
    const auto& issue = domain[i].issue;
    utility.evaluations.push_back(issue.is_numeric() ? linear_evaluations(file, mine, issue)
                                                     : discrete_evaluations(file, mine, issue));
  }
  return utility;
}

}  // namespace parley::io::detail
