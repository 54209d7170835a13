// parley::analysis::party_extremes — each party's best and worst outcome, and the opposition.
//
// Data flow: Scenario (+ ParetoFrontier) ──party_extremes() / opposition()──▶ per-party
// best/worst AgreementPoints, one opposition number.
//  * additive party: best/worst = per-issue argmax/argmin of the contribution (lowest value
//    index on ties); no search.
//  * nonlinear party: its best outcome is the frontier point best for it when a computed frontier
//    is passed (a maximiser of u_i that is also Pareto-optimal); otherwise, and for the worst
//    outcome, a single-objective depth-first search with bitmask bounds (exact; spaces
//    of at most kExtremesEnumerationLimit outcomes always finish, larger ones are null when
//    the search exceeds max_search_nodes).
// Opposition (after Baarslag et al., as reported for ANAC domains): the smallest Euclidean
// distance from an outcome's utility vector to the ideal point (1, ..., 1), divided by √n so
// that it lies in [0, 1]: 0 when one outcome gives everybody 1 (no conflict). For two parties
// multiply by √2 to get the raw distance GENIUS papers print. The minimum is attained on the
// frontier; null when the frontier is not computed.
#pragma once

#include <optional>
#include <vector>

#include "parley/analysis/reference_points.hpp"

namespace parley::analysis {

struct PartyExtremes {
  std::optional<AgreementPoint> best;   // maximises this party's utility
  std::optional<AgreementPoint> worst;  // minimises it
};

constexpr std::uint64_t kExtremesEnumerationLimit = 10'000'000;

// One entry per party, in party order.
std::vector<PartyExtremes> party_extremes(const Scenario& scenario, std::uint64_t max_search_nodes = 2'000'000,
                                          const ParetoFrontier* frontier = nullptr);

std::optional<double> opposition(const ParetoFrontier& frontier);

}  // namespace parley::analysis
