// parley::elicitation fit measures — how well an estimated utility matches the true one, as
// ANAC 2019 reported it (docs/elicitation.md, "Fit measures").
//
// Data flow: OutcomeSpace + true UtilityFunction + estimated AdditiveUtility ──rank_fit──▶
// Spearman ρ and Kendall τ_b over all outcomes (or a seeded uniform sample of outcomes, with
// replacement, when the space has more than max_outcomes); Scenario + party + estimate
// ──frontier_fit──▶ the error of the Pareto frontier and Nash point computed with the estimate
// in place of the party's true utility, measured in true utilities.
//  * ρ: Pearson correlation of the average ranks (ties get the mean of their ranks);
//  * τ_b: Kendall's tau-b with ties, by Knight's O(n log n) algorithm;
//  * utilities are rounded to the grid of tolerance::kUtilityTolerance (1e-9) first: ties;
//  * frontier error: the mean, over the outcomes on the estimated frontier, of the Euclidean
//    distance of their true utility vectors to the true frontier (0: every outcome the estimate
//    calls Pareto-optimal is); nash error: the Euclidean distance between the true utilities of
//    the estimated Nash outcome and those of the true Nash outcome. Both need computed frontiers.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "parley/model/scenario.hpp"

namespace parley::elicitation {

struct FitOptions {
  std::uint64_t max_outcomes = 200'000;  // enumerate up to this many outcomes
  std::uint64_t samples = 50'000;        // otherwise draw this many
  std::uint64_t seed = 1;
};

struct RankFit {
  double spearman = 0;
  double kendall = 0;
  std::uint64_t outcomes = 0;  // outcomes compared
  bool sampled = false;
};

RankFit rank_fit(const OutcomeSpace& space, const UtilityFunction& truth, const UtilityFunction& estimate,
                 const FitOptions& options = {});

struct FrontierFit {
  std::optional<double> frontier_error;  // nullopt when a frontier could not be computed
  std::optional<double> nash_error;      // nullopt when either Nash point is missing
  std::size_t estimated_frontier_size = 0;
  std::string reason;                    // why a measure is missing
};

FrontierFit frontier_fit(const Scenario& scenario, std::size_t party, const AdditiveUtility& estimate);

// The two correlations of two equally long series (exposed for tests against brute force).
double spearman_correlation(const std::vector<double>& x, const std::vector<double>& y);
double kendall_tau_b(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace parley::elicitation
