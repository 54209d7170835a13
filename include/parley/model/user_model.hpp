// parley::UserModel — what a party knows of its own preferences when it has no utility function:
// a ranking of a few bids, pairwise comparisons, and the price of asking for more.
//
// Data flow: io readers fill it from GENIUS 10.4 `UNCERTAIN` profiles (settings only: the
// ranking is drawn from the underlying utility, see elicitation/ranked_sample.hpp) and from
// GeniusWeb `DefaultPartialOrdering` profiles (explicit comparisons, no utility);
// parley elicit adds comparisons a person states. The elicitation module learns an additive
// utility from it (elicitation/learn_utility.hpp); agents under uncertainty see only this.
// The names follow the formats: GENIUS calls the size of the ranking `comparisons`.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <vector>

#include "parley/model/outcome_space.hpp"

namespace parley {

// "better is preferred to worse", or (indifferent) "neither is preferred".
struct OutcomeComparison {
  Outcome better;
  Outcome worse;
  bool indifferent = false;
};

struct UserModel {
  // GENIUS 10.4 UNCERTAIN settings (defaults are GENIUS's when a tag is missing, except
  // `errors`: GENIUS defaults it to 10 but never uses it; parley keeps what the file says).
  std::size_t ranked_bids = 10;    // <comparisons>: size of the ranking a party is given
  std::size_t errors = 0;          // <errors>: kept for round trips; GENIUS ignores it too
  double elicitation_cost = 0.0;   // <elicitation_cost>: utility charged per elicited bid
  bool fixed_seed = true;          // <fixed_seed>: the ranking is drawn with a fixed seed
  bool experimental = false;       // <experimental>: agents may see the underlying utility

  // Explicit statements (empty for GENIUS UNCERTAIN profiles, whose ranking is drawn).
  std::vector<Outcome> ranking;                 // a full order, worst first (GENIUS BidRanking order)
  std::vector<OutcomeComparison> comparisons;   // pairwise statements (a partial order)

  // False when the party's `utility` is an estimate learnt from the statements above (a
  // GeniusWeb partial ordering has no utility); true when it is the party's true utility.
  bool utility_known = true;

  bool has_statements() const { return !ranking.empty() || !comparisons.empty(); }
};

// Every stated preference as pairwise comparisons: consecutive ranking entries (worst first)
// give "next is better than previous", followed by `comparisons` as they are.
std::vector<OutcomeComparison> stated_comparisons(const UserModel& model);

// Learns a utility for a party that has only stated preferences. Readers that meet such a
// party (a GeniusWeb partial ordering) call it when given one; elicitation::utility_estimator()
// is the one parley provides.
struct AdditiveUtility;
using UtilityEstimator = std::function<AdditiveUtility(const OutcomeSpace& space, const UserModel& model)>;

// Draws the ranking (worst first) of model.ranked_bids bids that a party with utility `truth`
// is given (agents under uncertainty, negotiation/uncertainty.hpp); `seed` is for user models
// that do not say fixed_seed. elicitation::genius_ranking_draw() is the one parley provides.
class UtilityFunction;
using RankingDraw = std::function<std::vector<Outcome>(const OutcomeSpace& space, const UtilityFunction& truth,
                                                       const UserModel& model, std::uint64_t seed)>;

}  // namespace parley
