// match_issues(): the profile's <issue> list checked against the domain's.
#include <map>

#include <fmt/format.h>

#include "io/genius_xml/profile_parts.hpp"

namespace parley::io::detail {
namespace {

void check_same_values(const XmlFile& file, const GeniusIssue& mine, const GeniusIssue& domain) {
  const auto& issue = mine.issue;
  const auto& reference = domain.issue;
  const auto field = issue_field(issue.name());
  if (issue.is_numeric() != reference.is_numeric() || issue.kind() != reference.kind())
    file.fail(mine.element, field,
              fmt::format("issue '{}' is {} here but {} in the domain", issue.name(), to_string(issue.kind()),
                          to_string(reference.kind())));
  if (issue.is_numeric()) {
    if (issue.lower() != reference.lower() || issue.upper() != reference.upper())
      file.fail(mine.element, field,
                fmt::format("issue '{}' has range [{}, {}] here but [{}, {}] in the domain", issue.name(),
                            issue.lower(), issue.upper(), reference.lower(), reference.upper()));
    return;
  }
  for (const auto item : mine.element.children("item")) {
    const std::string label = item.attribute("value").value();
    if (!reference.find(label))
      file.fail(item, field, fmt::format("value '{}' of issue '{}' is not in the domain", label, issue.name()));
  }
  for (std::size_t k = 0; k < reference.size(); ++k)
    if (!issue.find(reference.label(k)))
      file.fail(mine.element, field,
                fmt::format("value '{}' of issue '{}' in the domain is missing here", reference.label(k), issue.name()));
}

}  // namespace

std::optional<std::size_t> ProfileIssues::domain_index_of_number(std::int64_t number) const {
  for (std::size_t j = 0; j < issues.size(); ++j)
    if (issues[j].number == number) return domain_index[j];
  return std::nullopt;
}

ProfileIssues match_issues(const XmlFile& file, pugi::xml_node container, const std::vector<GeniusIssue>& domain,
                           const GeniusReadOptions& options) {
  ProfileIssues matched;
  matched.issues = read_issues(file, container, options, /*is_profile=*/true);
  std::map<std::string, std::size_t> domain_by_name;
  for (std::size_t i = 0; i < domain.size(); ++i) domain_by_name.emplace(domain[i].issue.name(), i);
  matched.profile_index.assign(domain.size(), domain.size());
  for (std::size_t j = 0; j < matched.issues.size(); ++j) {
    const auto& mine = matched.issues[j];
    const auto found = domain_by_name.find(mine.issue.name());
    if (found == domain_by_name.end())
      file.fail(mine.element, issue_field(mine.issue.name()),
                fmt::format("issue '{}' is not in the domain", mine.issue.name()));
    check_same_values(file, mine, domain[found->second]);
    matched.profile_index[found->second] = j;
    matched.domain_index.push_back(found->second);
  }
  for (std::size_t i = 0; i < domain.size(); ++i)
    if (matched.profile_index[i] == domain.size())
      file.fail(container, "issues",
                fmt::format("the profile has {} issues but the domain has {}: issue '{}' is missing",
                            matched.issues.size(), domain.size(), domain[i].issue.name()));
  return matched;
}

}  // namespace parley::io::detail
