// parley::tolerance — THE tolerance policy: how every module compares utilities.
//
// Data flow: utilities u_i(o) ∈ [0, 1] and reservation values r_i ──these functions──▶ the
// decisions every module makes: is an outcome rational (analysis zopa / reference points /
// sensitivity, negotiation's mediator, report), is a frontier point dominated, are two utility
// vectors the same point, does a score beat another. docs/ALGORITHMS.md states the policy.
//
// Public API (all header-only, no I/O):
//   kUtilityTolerance                       1e-9: utilities this close count as equal
//   reservation_margin(u, r), meets_reservation(u, r), meets_reservations(u[], r[])
//   same_utility(a, b), clearly_greater(a, b)
//   weakly_dominates(a[], b[]), dominates(a[], b[])        exact, transitive
//   covers(a[], b[])                                       within the tolerance (checks only)
//   merge_key(u)                                           grid key for merging duplicates
//   kRoundingNoise, noise_key(u)                           2^-40: below this, float rounding
//
// Why dominance is exact and only equality has a tolerance: "a beats b by more than ε" is not
// transitive, so a filter built on it can drop a point for a rival that is itself dropped, and
// the loss adds up over issues (issue 12). Algorithms therefore filter with exact double
// comparisons and merge near-duplicate vectors (same merge_key in every coordinate) once, at
// the end; tests check coverage (every outcome covered by some frontier point) with covers().
// Rationality has the tolerance in the outcome's favour, so an outcome a rounding error short of
// a reservation value is rational everywhere.
#pragma once

#include <cmath>
#include <cstdint>
#include <span>

namespace parley::tolerance {

inline constexpr double kUtilityTolerance = 1e-9;

// How far u is above the reservation value r (negative: below). Sensitivity margins are minima
// of this, so "margin >= -kUtilityTolerance" and meets_reservation() agree exactly.
constexpr double reservation_margin(double utility, double reservation) { return utility - reservation; }

// True when a party getting `utility` accepts the outcome on utility grounds: u ≥ r − ε.
// Red lines (hard constraints on outcomes) are a separate check composed with this one.
constexpr bool meets_reservation(double utility, double reservation) {
  return reservation_margin(utility, reservation) >= -kUtilityTolerance;
}

// True when a margin (a reservation_margin, or a minimum of them) counts as "not below".
constexpr bool margin_open(double margin) { return margin >= -kUtilityTolerance; }

// Every party meets its reservation value (utilities and reservations in party order).
inline bool meets_reservations(std::span<const double> utilities, std::span<const double> reservations) {
  for (std::size_t p = 0; p < utilities.size(); ++p)
    if (!meets_reservation(utilities[p], reservations[p])) return false;
  return true;
}

// Two utilities (or scores) closer than the tolerance are a tie.
constexpr bool same_utility(double a, double b) { return a - b <= kUtilityTolerance && b - a <= kUtilityTolerance; }

// a beats b by more than the tolerance: argmax searches replace their best only on this, so ties
// go to the earliest candidate in the search's documented order.
constexpr bool clearly_greater(double a, double b) { return a > b + kUtilityTolerance; }

// Exact: a_i ≥ b_i in every coordinate (equal vectors included). Transitive.
inline bool weakly_dominates(std::span<const double> a, std::span<const double> b) {
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] < b[i]) return false;
  return true;
}

// Exact strict dominance: weakly dominates and differs in some coordinate.
inline bool dominates(std::span<const double> a, std::span<const double> b) {
  bool better = false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (a[i] < b[i]) return false;
    better = better || a[i] > b[i];
  }
  return better;
}

// a is at least b within the tolerance in every coordinate. Not transitive: for checking that a
// computed frontier covers every outcome, never for filtering.
inline bool covers(std::span<const double> a, std::span<const double> b) {
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] < b[i] - kUtilityTolerance) return false;
  return true;
}

// Differences below 2^-40 (≈ 9.1e-13, a thousandth of ε) are the rounding of double sums taken
// in different orders (0.77 + 0.1 vs 0.67 + 0.2), not preferences: a frontier point that beats
// another only by such noise is not a trade-off. Frontier algorithms filter exactly, then drop
// points weakly dominated on noise_key grids (transitive, applied once, so a dropped point is
// covered within kRoundingNoise per coordinate by a kept one), then merge equal merge_keys.
inline constexpr double kRoundingNoise = 0x1p-40;
inline std::int64_t noise_key(double utility) { return std::llround(std::ldexp(utility, 40)); }

// Grid key round(u / ε): vectors with equal keys in every coordinate are one frontier point
// (near-duplicates produced by floating-point sums in different orders). Only for merging.
inline std::int64_t merge_key(double utility) { return std::llround(utility / kUtilityTolerance); }

}  // namespace parley::tolerance
