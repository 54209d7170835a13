// parley::report::report_to_json — `parley report --json`: what the HTML report shows, as data.
//
// Data flow: TimelineReport (build_timeline_report) ──report_to_json()──▶ one JSON object whose
// schema (`"schema": "parley.report/2"`) is documented field by field in docs/cli/report.md:
// the citation check, the shocks, and per snapshot the positions with their citations, the
// model's numbers with their `why`, the red lines and what they do to the ZOPA, the analysis
// (analyze --json's object), the sensitivity sweep, the forecasts with their input and the
// simulations. Every number that comes from a judgement travels with its reason.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "parley/report/flagship_report.hpp"

namespace parley::report {

nlohmann::ordered_json report_to_json(const TimelineReport& report);

}  // namespace parley::report
