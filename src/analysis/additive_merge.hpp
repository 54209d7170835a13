// Internal: exact Pareto frontier of an all-additive scenario by issue-by-issue merging.
//
// Data flow: Scenario (every party additive) ──additive_merge_frontier()──▶ ParetoFrontier.
// Each issue is first reduced to its own non-dominated values (a dominated value can never be
// part of a Pareto outcome). Then frontier_k+1 = skyline(frontier_k ⊕ values_k+1): the frontier
// of a sum of independent issues lies inside the sum of the issues' frontiers. Only the frontier
// before every ceil(sqrt(m))-th issue is kept; the outcomes are rebuilt at the end by replaying
// one segment at a time from its checkpoint with (parent, value) back-pointers, so memory
// besides the result is O(|F| sqrt(m)), not O(|F| m) (issue 13). Two parties
// merge the sorted shifted copies of the frontier with a heap and one sweep (no candidate array);
// more parties materialise the candidates and filter them (skyline.hpp). All the work and the
// outcome table count against FrontierOptions::max_comparisons. Every comparison is
// exact on the double sums in issue order (utility_keys.hpp); near-duplicate points are merged
// once, after the last issue (near_duplicates.hpp).
#pragma once

#include "parley/analysis/pareto_frontier.hpp"

namespace parley::analysis::detail {

ParetoFrontier additive_merge_frontier(const Scenario& scenario, const FrontierOptions& options);

}  // namespace parley::analysis::detail
