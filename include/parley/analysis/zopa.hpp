// parley::analysis::zopa — the zone of possible agreement (the rational outcomes).
//
// Data flow: Scenario + ParetoFrontier ──zopa()──▶ ZopaSummary.
// A rational outcome gives every party at least its reservation value: u_i ≥ r_i under
// tolerance::meets_reservation (parley/model/tolerance.hpp, 1e-9 in the outcome's favour). `nonempty` is exact whenever the
// frontier is computed (a rational outcome exists iff a rational frontier point does). The count
// is exact and may exceed 2^64; it is found by the cheapest exact method that applies:
//  * all_outcomes: every r_i ≤ the party's worst utility, so every outcome is rational;
//  * meet_in_the_middle: additive, two parties: the issues are split in two halves whose
//    partial sums are enumerated and paired by a sweep with a Fenwick tree;
//  * search: a depth-first count over issue values that adds whole subtrees once they are
//    certainly rational and skips them once they certainly are not (spaces up to
//    max_enumerated_outcomes always finish; larger ones within max_search_nodes);
// otherwise the count is not computed and `reason` says why.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "parley/analysis/pareto_frontier.hpp"

namespace parley::analysis {

// An exact non-negative integer that may exceed 64 bits.
struct ExactCount {
  std::string decimal;                // always set, e.g. "10000000000"
  std::optional<std::uint64_t> u64;   // when it fits
  double approx = 0;                  // nearest double
};

enum class ZopaCountMethod { all_outcomes, meet_in_the_middle, search, not_computed };

std::string_view to_string(ZopaCountMethod method);

struct ZopaOptions {
  std::uint64_t max_half_outcomes = 4'000'000;    // meet in the middle: partial sums per half
  std::uint64_t max_search_nodes = 2'000'000;   // depth-first count budget (larger spaces)
  std::uint64_t max_enumerated_outcomes = 10'000'000;  // spaces this small are counted without budget
};

struct ZopaSummary {
  std::optional<ExactCount> rational_outcomes;  // null when not computed
  std::optional<bool> nonempty;                 // null only when neither frontier nor count is known
  ZopaCountMethod method = ZopaCountMethod::not_computed;
  std::string reason;                           // why the count is missing; empty otherwise
};

ZopaSummary zopa(const Scenario& scenario, const ParetoFrontier& frontier, const ZopaOptions& options = {});

}  // namespace parley::analysis
