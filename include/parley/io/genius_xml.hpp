// GENIUS XML scenarios: a domain file (<negotiation_template>) and one profile file
// (<utility_space>) per party, in one folder. docs/formats/genius.md is the full reference.
//
// Data flow: folder ──scan .xml files in name order──▶ domain + profiles ──▶ Scenario
// (validated). Non-XML files with an .xml name (ANAC 2014 pareto.xml) and XML with other
// roots are skipped; malformed XML and any profile that does not match the domain are
// InputErrors naming the file, line and element.
//
// Reading normalises additive profiles as GENIUS does: each discrete issue's evaluations are
// divided by that issue's maximum evaluation; integer and real issues with linear
// evaluators (`slope`/`offset` relative to the lower bound, or the older
// `parameter0`/`parameter1` on the value itself) are tabulated per value and clamped to
// [0, 1] without rescaling (real issues discretised with `real_issue_steps` intervals);
// weights are renormalised to sum to 1. Nonlinear profiles (`hyperRectangle`, ANAC 2014)
// become HyperRectangleUtility with normaliser = maxutility (EXCLUDES rectangles count when
// any bound is violated, as in GENIUS). `reservation` and `discount_factor` are read
// (discount 0 means none). Party names are the profile file names without extension; the
// scenario name is the domain file name without extension and `_domain`/`-domain`.
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

// Writes `<folder>/<name>_domain.xml` and `<folder>/<party>.xml` for each party, creating the
// folder. Refuses to replace existing files unless `overwrite` (nothing is written then).
// Throws InputError for what GENIUS cannot hold exactly (a discrete table whose best value is
// not 1, hyper-rectangles on non-integer issues, names unusable as file names).
void write_genius_folder(const Scenario& scenario, const std::filesystem::path& folder, bool overwrite);

}  // namespace parley::io
