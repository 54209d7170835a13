// Forecasting inputs from a Scenario: one ForecastIssue per ordered issue.
//
// Data flow: Scenario (io::load_scenario) ──issues_from_scenario──▶ ForecastIssues ──▶ models.
// For every ordinal, integer or real issue with two or more values (categorical issues have
// no order and are skipped), each party's position is its most preferred value of that
// issue — the value with the highest evaluation in its additive utility (the first one on a
// tie) — mapped to a 0–100 scale: value k of an ordinal issue with m labels sits at
// 100·k/(m−1); a numeric value v at 100·(v − lower)/(upper − lower).
// Capability is Party::capability; salience is Party::salience when set, otherwise the
// party's weight on the issue divided by its largest issue weight (so the issue it cares most
// about has salience 1). A party without a capability, or with a non-additive utility, is an
// InputError naming the party.
#pragma once

#include <vector>

#include "parley/forecast/stance.hpp"
#include "parley/model/scenario.hpp"

namespace parley::forecast {

std::vector<ForecastIssue> issues_from_scenario(const Scenario& scenario);

// Where value k of an ordered issue sits on the 0–100 scale.
double scale_position(const Issue& issue, std::size_t k);

// The value of an ordered issue nearest to a point of its 0–100 scale (the lower one on a tie):
// the option a forecast lands on.
std::size_t nearest_value(const Issue& issue, double scale_point);

}  // namespace parley::forecast
