// GeniusWeb JSON scenarios: a domain file ({"name", "issuesValues"}) and profile files
// ({"LinearAdditiveUtilitySpace": {...}}) in one folder. docs/formats/geniusweb.md is the
// full reference.
//
// Data flow: folder ──parse .json files in name order──▶ domain + profiles ──▶ Scenario
// (validated); other JSON files are skipped. Issue order is the domain file's order.
// Both spellings of value utilities are read: the older `discreteutils` and the newer
// `DiscreteValueSetUtilities` / `NumberValueSetUtilities`; number ranges
// ({"range": {low, high, step}}) become integer or real issues. Value utilities must lie in
// [0, 1] (not rescaled); weights are renormalised to sum to 1. A `reservationBid` becomes the
// party's reservation value (the utility of that bid). Party names are the profile file
// names without extension. Every problem is an InputError naming file, field and problem
// (and the line for JSON syntax errors).
#pragma once

#include <filesystem>
#include <vector>

#include "parley/model/scenario.hpp"

namespace parley::io {

// DefaultPartialOrdering profiles (bids compared, no utility; see docs/formats/geniusweb.md)
// need a utility estimated from their comparisons: without `estimate_utility` reading one is
// an InputError that says how to estimate it; with it the party gets the estimate and keeps
// the comparisons in `user_model` (utility_known = false).
struct GeniusWebReadOptions {
  UtilityEstimator estimate_utility;
};

// True when the folder holds a GeniusWeb domain file.
bool is_geniusweb_folder(const std::filesystem::path& folder);

Scenario read_geniusweb_folder(const std::filesystem::path& folder, const GeniusWebReadOptions& options = {});

// Reads a domain file and the given profile files (in that party order).
Scenario read_geniusweb(const std::filesystem::path& domain_file, const std::vector<std::filesystem::path>& profile_files,
                        const GeniusWebReadOptions& options = {});

// Writes `<folder>/<name>.json` (domain) and `<folder>/<party>.json` per party; a party whose
// utility is an estimate from stated comparisons (user_model->utility_known false) is written
// back as the DefaultPartialOrdering it came from. Refuses to
// replace existing files unless `overwrite`. Throws InputError for what GeniusWeb cannot
// hold: hyper-rectangle utilities, a discount factor other than 1, or a reservation value
// that no outcome's utility equals (GeniusWeb stores a reservation as a bid).
void write_geniusweb_folder(const Scenario& scenario, const std::filesystem::path& folder, bool overwrite);

}  // namespace parley::io
