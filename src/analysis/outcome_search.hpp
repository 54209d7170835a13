// Internal: depth-first search over issue values for nonlinear (hyper-rectangle) and mixed
// scenarios — the engine behind the frontier of non-additive scenarios, the ZOPA count and
// the best/worst outcome of a nonlinear party.
//
// Data flow: Scenario + chosen parties ──SearchSpace──▶ levels (one issue each, its values grouped
// into classes that no chosen party can tell apart) ──search_frontier()/count_rational()──▶ result.
// At every node (a partial assignment) each party's utility is bounded:
//  * hyper-rectangles: a bitmask of the rectangles still satisfiable ("alive"; AND of the
//    per-value masks of the assigned issues) and of those already certain (all their issues
//    assigned): upper = alive positives + certain alive negatives, lower the other way round;
//  * additive: partial sum + the best / worst contributions of the remaining issues.
// Frontier search prunes a node whose upper bounds are weakly dominated (exactly) by a point found, and
// visits children best bound first. Counting adds whole subtrees once every lower bound is
// rational (tolerance::meets_reservation) and drops them once an upper bound is not, memoising subtrees by their masks.
// Both stop with SearchBudgetExceeded after `max_nodes` nodes.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "parley/analysis/pareto_frontier.hpp"
#include "parley/analysis/zopa.hpp"

namespace parley::analysis::detail {

struct SearchBudgetExceeded : std::runtime_error {
  explicit SearchBudgetExceeded(std::uint64_t nodes);
  std::uint64_t nodes;
};

// The objective of one searched party: its utility, or its negation (to search for a minimum).
struct SearchObjective {
  std::size_t party = 0;
  bool minimise = false;
};

// Frontier of the objectives' values (utilities as in pareto_frontier; negated objectives
// reported as utilities too). `method` must be enumeration or branch_and_bound (the label put on
// the result). Throws SearchBudgetExceeded.
ParetoFrontier search_frontier(const Scenario& scenario, const std::vector<SearchObjective>& objectives,
                               std::uint64_t max_nodes, FrontierMethod method);

// Exact number of outcomes rational for every party. Throws SearchBudgetExceeded.
ExactCount count_rational(const Scenario& scenario, std::uint64_t max_nodes);

}  // namespace parley::analysis::detail
