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
#include <vector>

#include "parley/model/outcome_space.hpp"
#include "parley/model/utility.hpp"
#include "parley/negotiation/opponent_model.hpp"

namespace parley::negotiation {

struct ModelQuality {
  double pearson = 0;
  double ranking_distance = 0;
  std::size_t outcomes = 0;  // size of the evaluated set
  bool sampled = false;      // the set is a sample, not the whole space
};

// What a session measures (SessionConfig::model_quality). The evaluated set is the same for
// every session on a space (sample seed 1), so measures of different sessions compare.
struct ModelQualityConfig {
  bool enabled = false;
  std::vector<double> times;  // besides the end: at the first round whose t reaches each (ascending, in (0, 1))
  std::size_t limit = 2000;   // outcomes evaluated: the whole space up to this size, else a sample of it
};

struct ModelQualityMeasure {
  int round = 0;
  double t = 0;
  ModelQuality quality;
};

// InputError (field "model-quality") unless times ascend strictly inside (0, 1) and limit >= 2.
void check_model_quality(const ModelQualityConfig& config);

// One agent's model of one opponent over a session.
struct OpponentModelReport {
  std::size_t party = 0;     // scenario index of the party whose agent keeps the model
  std::size_t opponent = 0;  // scenario index of the party modelled
  std::vector<ModelQualityMeasure> measures;  // in time order; the last one at the end of the session
};

ModelQuality model_quality(const OutcomeSpace& space, const UtilityFunction& truth, const OpponentModel& model,
                           std::size_t limit = 2000, std::uint64_t seed = 1);

}  // namespace parley::negotiation
