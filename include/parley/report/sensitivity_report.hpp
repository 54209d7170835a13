// parley::report sensitivity output — the sweep of `parley analyze --sweep` as text and JSON.
//
// Data flow: Scenario + analysis::SensitivitySweep ──sweep_text()──▶ aligned lines
//                                                  ──sweep_json()──▶ JSON object:
//   {"margin": m | null, "zopa": "open" | "empty" | null,
//    "reservation_thresholds": [{"party", "reservation", "threshold" | null, "change" | null}],
//    "issues": [{"issue", "margin_if_neutral" | null, "blocks"}], "reason": "..." | null}
// (definitions: parley/analysis/sensitivity.hpp, docs/algorithms/sensitivity.md).
#pragma once

#include <string>

#include <nlohmann/json_fwd.hpp>

#include "parley/analysis/sensitivity.hpp"

namespace parley::report {

std::string sweep_text(const Scenario& scenario, const analysis::SensitivitySweep& sweep);
nlohmann::ordered_json sweep_json(const Scenario& scenario, const analysis::SensitivitySweep& sweep);

}  // namespace parley::report
