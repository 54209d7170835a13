// parley::negotiation::model_quality — how well an opponent model knows the opponent, by the
// measures of Baarslag, Hendrikx, Hindriks and Jonker ("Measuring the performance of online
// opponent models in automated bilateral negotiation", AI 2012; "Predicting the performance of
// opponent models in automated negotiation", WI-IAT 2013).
//
// Data flow: OutcomeSpace + the opponent's true UtilityFunction + an OpponentModel's predict()
// ──model_quality──▶ ModelQuality over a set of outcomes: every outcome when the space has at
// most `limit` of them, else `limit` seeded uniform draws (the same set for a given seed).
//  * pearson: Pearson correlation of predicted and true utility over the set (0 when either
//    is constant);
//  * ranking_distance: the fraction of ordered pairs (ω, ω') of the set on which the model and
//    the truth disagree about ω being worth less than ω' (beyond model/tolerance.hpp's
//    tolerance) — 0 for a model that orders every outcome as the opponent does, and the share
//    of pairs of different utility for one that orders them all the wrong way round.
//    O(set²): keep `limit` in the low thousands.
// Only the evaluation code (tests, studies) sees the true utility; agents never call this.
// NOT YET wired into session traces or tournament results (issue 11).
#pragma once

#include <cstdint>

#include "parley/model/outcome_space.hpp"
#include "parley/model/utility.hpp"
#include "parley/negotiation/boa.hpp"

namespace parley::negotiation {

struct ModelQuality {
  double pearson = 0;
  double ranking_distance = 0;
  std::size_t outcomes = 0;  // size of the evaluated set
  bool sampled = false;      // the set is a sample, not the whole space
};

ModelQuality model_quality(const OutcomeSpace& space, const UtilityFunction& truth, const OpponentModel& model,
                           std::size_t limit = 2000, std::uint64_t seed = 1);

}  // namespace parley::negotiation
