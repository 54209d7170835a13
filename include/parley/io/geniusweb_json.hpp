// GeniusWeb JSON scenarios: a domain file ({"name", "issuesValues"}) and profile files
// ({"LinearAdditiveUtilitySpace": {...}}) in one folder.
//
// Both spellings of value utilities are read: the older `discreteutils` and the newer
// `DiscreteValueSetUtilities` / `NumberValueSetUtilities`. A `reservationBid` becomes the
// party's reservation value (the utility of that bid). Party names are the profile file
// names without extension.
#pragma once

#include <filesystem>
#include <vector>

#include "parley/model/scenario.hpp"

namespace parley::io {

bool is_geniusweb_folder(const std::filesystem::path& folder);

Scenario read_geniusweb_folder(const std::filesystem::path& folder);

Scenario read_geniusweb(const std::filesystem::path& domain_file, const std::vector<std::filesystem::path>& profile_files);

// Writes `<folder>/<name>.json` (domain) and `<folder>/<party>.json` per party.
void write_geniusweb_folder(const Scenario& scenario, const std::filesystem::path& folder, bool overwrite);

}  // namespace parley::io
