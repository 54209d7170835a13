// Closed-form forecasts of one issue from actors' stances.
//
// Data flow: ForecastIssue stances ──▶ one position on the scale.
//  * compromise_position: the compromise (weighted-mean) model, Σ c·s·x / Σ c·s.
//  * salience_mean_position: Σ s·x / Σ s (the same model without capabilities).
//  * weighted_median_position: the actor position minimising Σ c·s·|x_k − y| — the position
//    that beats every other actor position in a pairwise vote where each actor casts c·s
//    votes for the nearer one (the "median voter" of BDM's model). Ties go to the lower
//    position.
// All functions expect a validated issue (validate_issue); they run in O(n) or O(n log n).
#pragma once

#include <span>

#include "parley/forecast/stance.hpp"

namespace parley::forecast {

double compromise_position(std::span<const ActorStance> stances);
double salience_mean_position(std::span<const ActorStance> stances);
double weighted_median_position(std::span<const ActorStance> stances);

}  // namespace parley::forecast
