// parley::report::analysis_to_json — the machine-readable form of an agreement-space analysis.
//
// Data flow: Scenario + analysis::AnalysisResult ──analysis_to_json()──▶ JSON object, the
// contract of `parley analyze --json` (schema in docs/cli/analyze.md): parties, issues,
// outcomes (+ outcomes_exact above 2^53), reservation, pareto (points or null) with
// pareto_method / pareto_size / pareto_reason, nash, kalai_smorodinsky, kalai, max_welfare,
// egalitarian (point or null), zopa {outcomes, nonempty, method, reason}, opposition, extremes.
// A point is {"outcome": {"issue": "value", ...}, "utilities": [u_1, ..., u_n]}.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "parley/analysis/analyze.hpp"
#include "parley/analysis/red_lines.hpp"

namespace parley::report {

nlohmann::ordered_json analysis_to_json(const Scenario& scenario, const analysis::AnalysisResult& result);

// One point: {"outcome": {issue: value label}, "utilities": [...]}.
nlohmann::ordered_json agreement_point_json(const OutcomeSpace& space, const analysis::AgreementPoint& point);

// What a session did with the scenario's red lines (negotiate --json, serve's /api/negotiate):
// {"dropped_all": bool, "dropped": ["Russia.crimea", ...], "in_force": [keys respected]}.
nlohmann::ordered_json red_line_choice_json(const Scenario& scenario, const analysis::RedLineChoice& choice);

}  // namespace parley::report
