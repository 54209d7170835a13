// parley::analysis::pareto_frontier — the exact Pareto frontier of a scenario.
//
// Data flow: Scenario ──pareto_frontier()──▶ ParetoFrontier (outcomes + utilities, flat tables)
//            ──▶ reference_points(), zopa(), opposition(), the negotiation module's distances.
//
// Which algorithm runs (see docs/algorithms/analysis.md):
//  * every party additive        → `additive_merge`: issues are merged one by one, keeping only
//    non-dominated partial utility vectors; the product space is never enumerated.
//  * any party nonlinear (hyper-rectangles, or a mix of kinds), space ≤ max_enumerated_outcomes
//    → `enumeration`: every outcome is visited (a depth-first walk over issue values with
//    bitmask rectangle evaluation; dominated subtrees are skipped since that cannot change the
//    result), so it always finishes.
//  * nonlinear and larger        → `branch_and_bound`: the same walk, pruning partial
//    assignments whose optimistic utility bounds are weakly dominated by a found outcome,
//    within a budget of max_search_nodes; exact when it finishes.
//  * otherwise                   → `not_computed`, with `reason` saying why (never a hang).
// A frontier larger than max_frontier_points (at any merge stage) is also `not_computed`.
//
// Ties (the tolerance policy, parley/model/tolerance.hpp): dominance is exact — every algorithm
// compares utilities as exact fixed-point integers (u · 2^60, sums exact), so an outcome better
// for a party by any representable amount is kept however small. After filtering, points whose
// utilities have equal tolerance::merge_key (round(u / 1e-9)) in every coordinate are one point:
// the first in frontier order stays. Points are ordered by utilities, lexicographically
// descending (party 0 first; for two parties u_0 falls while u_1 rises). Results do not depend
// on the number of threads.
//
// Memory: the merge keeps the frontier before every ceil(sqrt(m))-th issue (a checkpoint), not
// every stage's back-pointers; the outcomes are rebuilt by replaying one segment of issues at a
// time from its checkpoint, last segment first. Besides the result it holds O(|F| sqrt(m))
// values instead of O(|F| m) (ParetoFrontier::merge_bytes); the replay costs one more merge.
//
// Budget: the additive merge counts its work in `comparisons` — for two parties every candidate
// taken from the heap, for three the candidates swept, for four or more the skyline's
// comparisons and elements sorted — plus one unit per value of the outcome table (points ×
// issues), charged before the table is allocated, so the budget bounds time and memory alike.
// Beyond max_comparisons the frontier is `not_computed` with a reason naming the issue or the
// table and the budget (never a hang or an out-of-memory kill). The replay is not charged.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "parley/model/scenario.hpp"

namespace parley::analysis {

enum class FrontierMethod { additive_merge, enumeration, branch_and_bound, not_computed };

std::string_view to_string(FrontierMethod method);

struct FrontierOptions {
  std::size_t max_frontier_points = 2'000'000;        // cap on points held at any stage
  std::uint64_t max_enumerated_outcomes = 10'000'000;  // nonlinear: walk every outcome up to this
  std::uint64_t max_search_nodes = 2'000'000;       // nonlinear, larger spaces: B&B budget
  std::uint64_t max_comparisons = 500'000'000;       // additive merge: work budget (see above)
};

// Frontier points in flat, contiguous tables: row k of `utility_table` holds the utilities of
// point k in party order, row k of `outcome_table` its value index per issue.
struct ParetoFrontier {
  FrontierMethod method = FrontierMethod::not_computed;
  std::string reason;  // why the frontier was not computed; empty otherwise
  std::size_t party_count = 0;
  std::size_t issue_count = 0;
  std::vector<double> utility_table;
  std::vector<std::uint32_t> outcome_table;
  std::uint64_t search_nodes = 0;  // nodes visited by enumeration / branch and bound (0 for merge)
  std::uint64_t comparisons = 0;   // work of the additive merge (see max_comparisons)
  std::uint64_t merge_bytes = 0;   // additive merge: peak bytes held besides the result (checkpoints, back-pointers)

  bool computed() const { return method != FrontierMethod::not_computed; }
  std::size_t size() const { return party_count == 0 ? 0 : utility_table.size() / party_count; }
  std::span<const double> utilities(std::size_t k) const {
    return {utility_table.data() + k * party_count, party_count};
  }
  std::span<const std::uint32_t> outcome_values(std::size_t k) const {
    return {outcome_table.data() + k * issue_count, issue_count};
  }
  Outcome outcome(std::size_t k) const {
    auto values = outcome_values(k);
    return Outcome(values.begin(), values.end());
  }
};

// The exact Pareto frontier (strict dominance, ties as above). Never throws for a valid
// scenario: when a limit stops the computation the result is `not_computed` with a reason.
ParetoFrontier pareto_frontier(const Scenario& scenario, const FrontierOptions& options = {});

// Smallest Euclidean distance from `utilities` (party order) to a frontier point; 0 for a point
// on the frontier. Throws std::invalid_argument when the frontier is not computed or empty, or
// when the number of utilities differs from the number of parties.
double distance_to_frontier(const ParetoFrontier& frontier, std::span<const double> utilities);

// True when some frontier point is at least as good as `utilities` within the tolerance in
// every coordinate and clearly better (by more than the tolerance) in one — i.e. the utilities
// are not Pareto-optimal (tolerance::covers plus tolerance::clearly_greater). Same
// preconditions as distance_to_frontier.
bool is_dominated_by_frontier(const ParetoFrontier& frontier, std::span<const double> utilities);

}  // namespace parley::analysis
