#include "parley/model/outcome_space.hpp"

#include <set>

#include <boost/multiprecision/cpp_int.hpp>
#include <fmt/format.h>

#include "parley/model/did_you_mean.hpp"
#include "parley/model/error.hpp"

namespace parley {

OutcomeCount OutcomeCount::product_of(const std::vector<std::size_t>& factors) {
  boost::multiprecision::cpp_int product = 1;
  double approx = 1;
  for (auto f : factors) {
    product *= f;
    approx *= static_cast<double>(f);
  }
  OutcomeCount count;
  count.decimal_ = product.str();
  count.approx_ = approx;
  if (product <= std::numeric_limits<std::uint64_t>::max()) count.u64_ = product.convert_to<std::uint64_t>();
  return count;
}

OutcomeSpace::OutcomeSpace(std::vector<Issue> issues) : issues_(std::move(issues)) {
  std::set<std::string_view> names;
  for (const auto& issue : issues_)
    if (!names.insert(issue.name()).second)
      throw InputError(fmt::format("issue '{}' is defined twice", issue.name()));
}

std::optional<std::size_t> OutcomeSpace::find_issue(std::string_view name) const {
  for (std::size_t i = 0; i < issues_.size(); ++i)
    if (issues_[i].name() == name) return i;
  return std::nullopt;
}

OutcomeCount OutcomeSpace::cardinality() const {
  std::vector<std::size_t> sizes;
  sizes.reserve(issues_.size());
  for (const auto& issue : issues_) sizes.push_back(issue.size());
  return OutcomeCount::product_of(sizes);
}

bool OutcomeSpace::enumerable(std::uint64_t limit) const {
  std::uint64_t product = 1;
  for (const auto& issue : issues_) {
    if (issue.size() == 0) return true;
    if (product > limit / issue.size()) return false;
    product *= issue.size();
  }
  return product <= limit;
}

std::uint64_t OutcomeSpace::to_id(const Outcome& outcome) const {
  std::uint64_t id = 0;
  for (std::size_t i = 0; i < issues_.size(); ++i) id = id * issues_[i].size() + outcome[i];
  return id;
}

Outcome OutcomeSpace::from_id(std::uint64_t id) const {
  Outcome outcome(issues_.size());
  for (std::size_t i = issues_.size(); i-- > 0;) {
    outcome[i] = static_cast<std::uint32_t>(id % issues_[i].size());
    id /= issues_[i].size();
  }
  return outcome;
}

std::string OutcomeSpace::describe(const Outcome& outcome) const {
  std::string text;
  for (std::size_t i = 0; i < issues_.size() && i < outcome.size(); ++i) {
    if (i) text += ", ";
    const auto& label = issues_[i].label(outcome[i]);
    text += issues_[i].name() + "=";
    if (label.find_first_of(",\"") == std::string::npos) {
      text += label;
      continue;
    }
    text += '"';
    for (char c : label) text += c == '"' ? std::string("\"\"") : std::string(1, c);
    text += '"';
  }
  return text;
}

std::string readable_count(const std::string& decimal) {
  constexpr std::size_t kFirstScientific = 10;  // digits
  if (decimal.size() < kFirstScientific) return decimal;
  // Three significant digits, rounded half up from the fourth (9995... carries to 1.00e+N+1).
  int mantissa = (decimal[0] - '0') * 100 + (decimal[1] - '0') * 10 + (decimal[2] - '0');
  std::size_t exponent = decimal.size() - 1;
  if (decimal[3] >= '5') ++mantissa;
  if (mantissa == 1000) mantissa = 100, ++exponent;
  return fmt::format("{} (~{}.{:02}e+{:02})", decimal, mantissa / 100, mantissa % 100, exponent);
}

bool OutcomeSpace::is_valid(const Outcome& outcome) const {
  if (outcome.size() != issues_.size()) return false;
  for (std::size_t i = 0; i < issues_.size(); ++i)
    if (outcome[i] >= issues_[i].size()) return false;
  return true;
}

std::vector<std::string> issue_names(const OutcomeSpace& space) {
  std::vector<std::string> names;
  for (const auto& issue : space.issues()) names.push_back(issue.name());
  return names;
}

std::size_t require_issue(const OutcomeSpace& space, std::string_view name, const SourceLocation& where) {
  if (const auto i = space.find_issue(name)) return *i;
  throw InputError(where, fmt::format("no issue named '{}'{}", name, name_hint(name, issue_names(space), "issues")));
}

std::size_t require_value(const Issue& issue, std::string_view label, const SourceLocation& where) {
  if (const auto k = issue.find(label)) return *k;
  if (issue.is_numeric())
    throw InputError(where, fmt::format("issue '{}' has no value '{}' (values: {} to {} in steps of {})", issue.name(),
                                        label, issue.label(0), issue.label(issue.size() - 1),
                                        issue.kind() == IssueKind::integer ? 1.0 : issue.step()));
  throw InputError(where, fmt::format("issue '{}' has no value '{}'{}", issue.name(), label,
                                      name_hint(label, issue.labels(), "values")));
}

}  // namespace parley
