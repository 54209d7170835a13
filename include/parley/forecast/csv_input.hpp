// Reading forecasting inputs from CSV files.
//
// Data flow: file ──reader──▶ ForecastIssues (validated with validate_issue) ──▶ the models.
//  * stance CSV: a header naming the columns `actor`, `capability`, `position`, `salience`
//    (any order, any case; an optional `issue` column groups rows into several issues, in
//    order of first appearance; other columns are ignored). Salience is on a 0–100 scale,
//    capability >= 0, position any number. The 1994 EC car-emissions file is of this kind.
//  * KTAB CSV (KAPSARC's SMP/BDM inputs): line 1 `name, description, actors, dimensions, …`;
//    line 2 `Actor, Description, <influence>, <dim> Position, <dim> Salience, …`; then one
//    row per actor. Each dimension becomes an issue on the 0–100 scale named after its
//    position column (a trailing " Position" dropped); salience 0–100; capability = influence.
// Every problem is an InputError naming the file, the line and the column.
#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "parley/forecast/stance.hpp"

namespace parley::forecast {

enum class ForecastInputFormat { stance_csv, ktab_csv, deu_tsv, scenario };
std::string_view to_string(ForecastInputFormat format);

// A folder or a .yaml/.yml/.xml/.json file → scenario (io::load_scenario). Otherwise the
// first line decides: a header with actor/capability/position/salience → stance CSV; a
// tab-separated header with "out" → DEU; anything else → KTAB CSV. Throws InputError for an
// unreadable or empty file.
ForecastInputFormat detect_forecast_input(const std::filesystem::path& path);

std::vector<ForecastIssue> read_stance_csv(const std::filesystem::path& path);
std::vector<ForecastIssue> read_ktab_csv(const std::filesystem::path& path);

}  // namespace parley::forecast
