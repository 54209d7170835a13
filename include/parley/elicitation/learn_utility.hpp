// parley::elicitation::learn_utility — an additive utility estimated from stated preferences.
//
// Data flow: OutcomeSpace + comparisons (a GENIUS ranking via stated_comparisons, a GeniusWeb
// partial ordering, a person's answers) ──learn_utility (LP)──▶ LearnedUtility
//                                         ──count_utility (baseline)──▶ AdditiveUtility
// ──▶ fit.hpp (against the true utility), Party::utility, agents under uncertainty.
//
// learn_utility: UTA-style linear program (after Jacquet-Lagrèze & Siskos' UTA and its
// ordinal-regression variants), solved with GLPK. Variables: a part-worth x[i][k] >= 0 per value
// of each issue, a cap m[i] >= x[i][k] per issue with sum m[i] = 1 (the scale), the margin e,
// and a slack s[c] >= 0 per statement. With d_c = u(better) − u(worse) = sum over the issues
// where the two differ of x[i][better_i] − x[i][worse_i]:
//   strict statement:       d_c + s_c >= e
//   indifference statement: −τ − s_c <= d_c <= τ + s_c      (τ = tie_tolerance)
// Two phases (as UTA-STAR handles inconsistent judgements, then UTA's max-margin):
//   1. e fixed at phase_one_margin (10^-4), minimise sum s_c: the least total violation;
//   2. statements with s_c > phase_one_margin / 10 are set aside (no additive utility holds
//      them together with the rest); the others get s_c = 0, and e (0 <= e <= 1) is maximised:
//      the largest smallest margin by which the kept statements hold.
// Consistent statements (every GENIUS ranking of an additive utility) set nothing aside. The
// phase-1 margin must be below the best achievable margin (a chain of n strict steps allows at
// most 1/n), which holds for rankings of up to 10^4 bids. The part-worths become an AdditiveUtility in GENIUS form:
// per issue x[i][k] − min_k x[i][k], weight ∝ the largest shifted part-worth,
// evaluations = shifted part-worth / that maximum (an issue the statements never separate
// gets weight 0 and evaluations 1). Shifting and scaling change no comparison.
// Every issue value is a variable: spaces with more than max_values values in all are refused
// (InputError). No statements: every weight 1/n and every evaluation 1 (nothing is known).
//
// count_utility: the frequency baseline ANAC 2019 entrants used (docs/elicitation.md): in a
// ranking of n bids (worst first) bid r scores r/(n−1); a value's evaluation is the mean score
// of the ranked bids that contain it, rescaled so that the best value has 1 and its
// worst 0 (values never seen get the mean); an issue's weight is proportional to the
// spread (max − min) of its value means. It needs a ranking, not arbitrary comparisons.
#pragma once

#include <cstddef>
#include <vector>

#include "parley/model/scenario.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::elicitation {

struct LearnOptions {
  double tie_tolerance = tolerance::kUtilityTolerance;  // |u(a) − u(b)| an indifference allows
  double phase_one_margin = 1e-4;  // the fixed margin of phase 1
  std::size_t max_values = 20000;  // LP columns: values over all issues
};

struct LearnedUtility {
  AdditiveUtility utility;
  double margin = 0;            // the smallest margin of a strict statement, in the LP's scale
  std::size_t violated = 0;     // statements the estimate does not satisfy (0: consistent)
  std::size_t statements = 0;
  std::vector<std::size_t> set_aside;  // indices of statements phase 1 found inconsistent
};

LearnedUtility learn_utility(const OutcomeSpace& space, const std::vector<OutcomeComparison>& statements,
                             const LearnOptions& options = {});

// The counting baseline on a ranking (worst first, at least two bids).
AdditiveUtility count_utility(const OutcomeSpace& space, const std::vector<Outcome>& ranking);

// learn_utility as an io UtilityEstimator (for readers of GeniusWeb partial orderings).
UtilityEstimator utility_estimator(const LearnOptions& options = {});

// Turns per-value part-worths (any scale, any offset per issue) into a GENIUS-form additive
// utility as described above.
AdditiveUtility utility_from_part_worths(const std::vector<std::vector<double>>& part_worths);

}  // namespace parley::elicitation
