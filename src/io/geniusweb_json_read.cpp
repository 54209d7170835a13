// Reading GeniusWeb scenarios: folder ──scan .json files──▶ domain + profiles ──▶ Scenario.
//
// Files are scanned in file-name order and each is parsed (malformed JSON is an error). A file
// whose root has "issuesValues" is the domain (exactly one); a file whose root is a single
// "...UtilitySpace" member is a profile (only LinearAdditiveUtilitySpace is supported), one
// whose root is "DefaultPartialOrdering" a partial ordering (geniusweb_json/partial_ordering.hpp); other
// JSON files (e.g. settings) are skipped.
#include <memory>

#include <fmt/format.h>

#include "io/geniusweb_json/partial_ordering.hpp"
#include "io/geniusweb_json/profile_reader.hpp"
#include "parley/io/geniusweb_json.hpp"

namespace parley::io {
namespace {

namespace fs = std::filesystem;
using detail::JsonFile;

Party estimated_party(const JsonFile& file, const detail::GeniusWebDomain& domain, const OutcomeSpace& space,
                      const GeniusWebReadOptions& options) {
  auto profile = detail::read_partial_ordering(file, domain, space);
  if (!options.estimate_utility)
    file.fail(detail::partial_ordering_key,
              fmt::format("'{}' is a partial ordering (compared bids, no utility function) and this command needs a "
                          "utility for every party; estimate one with `parley learn <folder> --party {} --write "
                          "<scenario.yaml>` (docs/elicitation.md)",
                          fs::path(file.path()).filename().string(), profile.name));
  Party party;
  party.name = profile.name;
  AdditiveUtility estimate = options.estimate_utility(space, profile.user_model);
  if (profile.reservation) party.reservation_value = std::min(1.0, estimate.utility(*profile.reservation));
  party.utility = std::move(estimate);
  party.user_model = std::move(profile.user_model);
  return party;
}

Scenario build_scenario(const JsonFile& domain_file, const std::vector<std::unique_ptr<JsonFile>>& profiles,
                        std::string source, const GeniusWebReadOptions& options) {
  if (!detail::is_geniusweb_domain(domain_file.root()))
    domain_file.fail("", "expected a GeniusWeb domain ({\"name\", \"issuesValues\"})");
  const auto domain = detail::read_geniusweb_domain(domain_file, domain_file.root(), "");
  Scenario scenario;
  scenario.name = domain.name;
  scenario.source = std::move(source);
  scenario.space = OutcomeSpace(domain.issues);
  for (const auto& profile : profiles) {
    if (detail::is_geniusweb_partial_ordering(profile->root())) {
      scenario.parties.push_back(estimated_party(*profile, domain, scenario.space, options));
      continue;
    }
    if (!detail::is_geniusweb_profile(profile->root()))
      profile->fail("", "expected a GeniusWeb profile ({\"LinearAdditiveUtilitySpace\": {...}})");
    scenario.parties.push_back(detail::read_geniusweb_profile(*profile, domain, scenario.space));
  }
  validate_scenario(scenario);
  return scenario;
}

}  // namespace

bool is_geniusweb_folder(const fs::path& folder) {
  return detail::folder_has_domain(folder, ".json", [](detail::SourceText text) {
    return detail::is_geniusweb_domain(JsonFile(std::move(text)).root());
  });
}

Scenario read_geniusweb_folder(const fs::path& folder, const GeniusWebReadOptions& options) {
  std::unique_ptr<JsonFile> domain;
  std::vector<std::unique_ptr<JsonFile>> profiles;
  for (const auto& file : detail::files_in_folder(folder, ".json")) {
    auto parsed = std::make_unique<JsonFile>(detail::read_source_text(file));
    if (detail::is_geniusweb_domain(parsed->root())) {
      if (domain)
        throw InputError(SourceLocation{folder.string(), 0, ""},
                         fmt::format("two GeniusWeb domain files: '{}' and '{}'",
                                     fs::path(domain->path()).filename().string(), file.filename().string()));
      domain = std::move(parsed);
    } else if (detail::is_geniusweb_profile(parsed->root()) || detail::is_geniusweb_partial_ordering(parsed->root())) {
      profiles.push_back(std::move(parsed));
    }
  }
  if (!domain)
    throw InputError(SourceLocation{folder.string(), 0, ""},
                     "no GeniusWeb domain file (a .json file with \"issuesValues\") in this folder");
  return build_scenario(*domain, profiles, folder.string(), options);
}

Scenario read_geniusweb(const fs::path& domain_file, const std::vector<fs::path>& profile_files,
                        const GeniusWebReadOptions& options) {
  const JsonFile domain(detail::read_source_text(domain_file));
  std::vector<std::unique_ptr<JsonFile>> profiles;
  for (const auto& file : profile_files) profiles.push_back(std::make_unique<JsonFile>(detail::read_source_text(file)));
  return build_scenario(domain, profiles, domain_file.string(), options);
}

}  // namespace parley::io
