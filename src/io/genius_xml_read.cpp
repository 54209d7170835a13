// Reading GENIUS scenarios: folder ──scan──▶ domain file + profile files ──▶ Scenario.
//
// A folder is scanned in file-name order. Files whose name ends in .xml are considered; those
// that do not open like XML (ANAC 2014 `pareto.xml` is a CSV list) and XML files whose root
// is neither <negotiation_template> (domain) nor <utility_space> (profile) — tournament logs,
// style sheets — are skipped. Malformed XML is an error: it might be a broken profile.
// Exactly one domain must be present; every profile must match it (profile_reader.hpp).
#include <cstring>
#include <memory>

#include <fmt/format.h>

#include "io/genius_xml/issue_list.hpp"
#include "io/genius_xml/profile_reader.hpp"
#include "parley/io/genius_xml.hpp"

namespace parley::io {
namespace {

namespace fs = std::filesystem;
using detail::XmlFile;

bool is_domain(const XmlFile& file) { return std::strcmp(file.root().name(), "negotiation_template") == 0; }
bool is_profile(const XmlFile& file) { return std::strcmp(file.root().name(), "utility_space") == 0; }

// "laptop_domain" → "laptop", "10issues-domain" → "10issues"; other stems unchanged.
std::string scenario_name_of(const fs::path& domain_file) {
  const auto stem = domain_file.stem().string();
  for (const std::string suffix : {"_domain", "-domain"})
    if (stem.size() > suffix.size() && stem.compare(stem.size() - suffix.size(), suffix.size(), suffix) == 0)
      return stem.substr(0, stem.size() - suffix.size());
  return stem;
}

Scenario build_scenario(const XmlFile& domain_file, const std::vector<std::unique_ptr<XmlFile>>& profiles,
                        const GeniusReadOptions& options, std::string source) {
  const auto root = domain_file.root();
  if (!is_domain(domain_file))
    domain_file.fail(root, "", fmt::format("expected a GENIUS domain (<negotiation_template>), found <{}>", root.name()));
  const auto utility_space = root.child("utility_space");
  if (!utility_space) domain_file.fail(root, "", "the domain has no <utility_space> element");
  const auto domain = detail::read_issues(domain_file, detail::issue_container(domain_file, utility_space), options);
  std::vector<Issue> issues;
  for (const auto& issue : domain) issues.push_back(issue.issue);

  Scenario scenario;
  scenario.name = scenario_name_of(domain_file.path());
  scenario.source = std::move(source);
  scenario.space = OutcomeSpace(std::move(issues));
  for (const auto& profile : profiles) scenario.parties.push_back(detail::read_profile(*profile, domain, options));
  validate_scenario(scenario);
  return scenario;
}

}  // namespace

bool is_genius_folder(const fs::path& folder) {
  return detail::folder_has_domain(folder, ".xml", [](detail::SourceText text) {
    return detail::looks_like_xml(text.text()) && is_domain(XmlFile(std::move(text)));
  });
}

Scenario read_genius_folder(const fs::path& folder, const GeniusReadOptions& options) {
  std::unique_ptr<XmlFile> domain;
  std::vector<std::unique_ptr<XmlFile>> profiles;
  for (const auto& file : detail::files_in_folder(folder, ".xml")) {
    auto text = detail::read_source_text(file);
    if (!detail::looks_like_xml(text.text())) continue;
    auto parsed = std::make_unique<XmlFile>(std::move(text));
    if (is_domain(*parsed)) {
      if (domain)
        throw InputError(SourceLocation{folder.string(), 0, ""},
                         fmt::format("two GENIUS domain files: '{}' and '{}'", fs::path(domain->path()).filename().string(),
                                     file.filename().string()));
      domain = std::move(parsed);
    } else if (is_profile(*parsed)) {
      profiles.push_back(std::move(parsed));
    }
  }
  if (!domain)
    throw InputError(SourceLocation{folder.string(), 0, ""},
                     "no GENIUS domain file (an .xml file whose root is <negotiation_template>) in this folder");
  return build_scenario(*domain, profiles, options, folder.string());
}

Scenario read_genius(const fs::path& domain_file, const std::vector<fs::path>& profile_files,
                     const GeniusReadOptions& options) {
  const auto domain = detail::parse_xml_file(domain_file);
  std::vector<std::unique_ptr<XmlFile>> profiles;
  for (const auto& file : profile_files) profiles.push_back(detail::parse_xml_file(file));
  return build_scenario(*domain, profiles, options, domain_file.string());
}

}  // namespace parley::io
