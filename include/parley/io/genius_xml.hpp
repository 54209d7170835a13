// GENIUS XML scenarios: a domain file (<negotiation_template>) and one profile file per party.
//
// Reading normalises additive profiles as GENIUS does: each issue's evaluations are divided
// by that issue's maximum evaluation, weights are renormalised to sum to 1; integer and
// real issues with linear evaluators are tabulated per value (real issues discretised with
// `real_issue_steps` intervals). Nonlinear profiles (`hyperRectangle`, ANAC 2014) become
// HyperRectangleUtility. `reservation` and `discount_factor` are read. Party names are the
// profile file names without extension.
#pragma once

#include <filesystem>
#include <vector>

#include "parley/model/scenario.hpp"

namespace parley::io {

struct GeniusReadOptions {
  int real_issue_steps = 10;  // a real issue [a, b] becomes 11 values a, a+(b-a)/10, ..., b
};

// True when the folder holds at least one GENIUS domain XML file.
bool is_genius_folder(const std::filesystem::path& folder);

// Reads the folder: finds the domain file and every profile file that refers to it.
Scenario read_genius_folder(const std::filesystem::path& folder, const GeniusReadOptions& options = {});

// Reads a domain file and the given profile files (in that party order).
Scenario read_genius(const std::filesystem::path& domain_file, const std::vector<std::filesystem::path>& profile_files,
                     const GeniusReadOptions& options = {});

// Writes `<folder>/<name>_domain.xml` and `<folder>/<party>.xml` for each party.
void write_genius_folder(const Scenario& scenario, const std::filesystem::path& folder, bool overwrite);

}  // namespace parley::io
