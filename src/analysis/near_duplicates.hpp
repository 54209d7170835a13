// Internal: one frontier point per utility vector, under the tolerance policy.
//
// Data flow: ParetoFrontier in frontier order, exactly filtered (no point exactly dominated by
// another) ──merge_near_duplicates()──▶ the same frontier, order kept, after two steps applied
// once (never while filtering, where the loss would add up over issues):
//  1. rounding noise: points weakly dominated by another on the tolerance::noise_key grid
//     (2^-40) leave — e.g. (0.77, 0.655625 + 1e-16) next to (0.81, 0.655625). Dominance on a
//     grid is transitive, so every dropped point is within 2^-40 per coordinate of a kept one.
//  2. duplicates: points whose utilities have equal tolerance::merge_key (1e-9) in every
//     coordinate are one point.
// In both steps the first point in frontier order among equals stays.
#pragma once

#include "parley/analysis/pareto_frontier.hpp"

namespace parley::analysis::detail {

void merge_near_duplicates(ParetoFrontier& frontier);

}  // namespace parley::analysis::detail
