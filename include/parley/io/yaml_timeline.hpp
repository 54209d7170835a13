// Reading a scenario folder's timeline sections (docs/SCENARIO_FORMAT.md, "Timeline sections").
//
// Data flow: scenario.yaml (issues, actors, people, sources, `snapshots`, `claims`) + the
// snapshot and claims files it names + the source texts ──read_timeline──▶ Timeline
// ──scenario_at (parley/model/timeline.hpp)──▶ one Scenario per snapshot.
//
// Reading checks structure and every reference a Scenario depends on (issues, options,
// preference parties, inheritance, dates) and fails with an InputError naming the file, line
// and field. Whether citations hold up (quotes found in their source, speakers known, dates
// in range) is checked by evidence::verify_citations, which lists every broken citation.
#pragma once

#include <filesystem>
#include <string_view>

#include "parley/model/scenario.hpp"
#include "parley/model/timeline.hpp"

namespace parley::io {

// True when `path` (a folder or a YAML file) is a scenario whose file has `snapshots`.
bool has_timeline(const std::filesystem::path& path);

// Reads the timeline of a scenario folder (or of its scenario.yaml).
Timeline read_timeline(const std::filesystem::path& path);

// The Scenario of one snapshot (an id or a date, see find_snapshot); an empty
// `id_or_date` means the latest snapshot, which is what load_scenario() gives.
Scenario read_timeline_scenario(const std::filesystem::path& path, std::string_view id_or_date = {});

}  // namespace parley::io
