// parley::elicitation::genius_ranked_sample — the ranking a party under preference uncertainty
// is given, drawn as GENIUS 10.4 draws it for ANAC 2019 (docs/elicitation.md, "The ranked sample").
//
// Data flow: OutcomeSpace + the party's true UtilityFunction + n + seed ──▶ n outcomes, worst
// first (GENIUS BidRanking order) ──▶ UserModel::ranking / learn_utility.
//
// The rule (GENIUS ComparisonGenerator.generateRankingByAmount): the worst and the best outcome
// are always in the ranking (so that an agent cannot learn the extremes by asking); the other
// n − 2 are drawn uniformly without replacement from the remaining outcomes; all n are sorted by
// true utility, ascending. n ≤ 2 gives just the worst and the best; n ≥ the number of outcomes
// gives every outcome. GENIUS uses seed 314 when the profile says `fixed_seed` (true in every
// shipped profile), else an unseeded shuffle.
// parley draws with its own portable generator (seeded_draws.hpp), so the bids differ from the
// ones Java's Random picks; the rule, the size and the seed are GENIUS's. Details:
//  * worst/best: analysis::party_extremes (additive: per-issue argmin/argmax, lowest value index
//    on ties; nonlinear: exact search);
//  * spaces of at most 4n + 10^5 outcomes: a partial Fisher–Yates shuffle of the outcome ids
//    (mixed radix) without the two extremes; larger spaces: outcomes drawn issue by issue,
//    rejecting repeats and the extremes (the expected number of rejections is below 1/3 per draw);
//  * ties in utility are ordered by outcome (value indices, lexicographically).
// Throws InputError when a nonlinear party's extremes cannot be found within the search budget.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "parley/model/scenario.hpp"

namespace parley::elicitation {

constexpr std::uint64_t genius_fixed_seed = 314;  // GENIUS UncertainAdditiveUtilitySpace.SEED

std::vector<Outcome> genius_ranked_sample(const OutcomeSpace& space, const UtilityFunction& utility, std::size_t bids,
                                          std::uint64_t seed);

// The seed GENIUS would use for this user model: 314 when fixed_seed, else `session_seed`.
inline std::uint64_t ranking_seed(const UserModel& model, std::uint64_t session_seed) {
  return model.fixed_seed ? genius_fixed_seed : session_seed;
}

}  // namespace parley::elicitation
