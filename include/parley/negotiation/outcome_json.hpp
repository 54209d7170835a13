// parley::negotiation::outcome_json — an outcome as every machine-readable output writes it.
//
// Data flow: OutcomeSpace + Outcome (value indices) ──outcome_json()──▶ {issue name: value
// label}, in issue order. Session results, traces, analysis points, report simulations, the
// web workbench and the Python package all name outcomes through this one function.
#pragma once

#include <nlohmann/json_fwd.hpp>

#include "parley/model/outcome_space.hpp"

namespace parley::negotiation {

nlohmann::ordered_json outcome_json(const OutcomeSpace& space, const Outcome& outcome);

}  // namespace parley::negotiation
