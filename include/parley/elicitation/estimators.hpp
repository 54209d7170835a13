// parley::elicitation estimators for agents under uncertainty — the two functions the
// negotiation module needs injected (negotiation/uncertainty.hpp), by name.
//
// Data flow: "lp" | "counting" ──utility_estimator_named()──▶ UtilityEstimator (user model ──▶
// additive estimate); genius_ranking_draw() ──▶ RankingDraw (true utility + user model ──▶ the
// GENIUS ranked sample, ranked_sample.hpp). A caller (CLI, tournament, library user) puts both
// into negotiation::UncertaintyOptions.
//  * lp:       learn_utility on every stated comparison (the ranking's consecutive pairs and
//              any explicit comparisons);
//  * counting: count_utility on the ranking (needs one of at least two bids; explicit
//              comparisons are not used: InputError when there is no such ranking).
#pragma once

#include <string_view>

#include "parley/elicitation/learn_utility.hpp"

namespace parley::elicitation {

// InputError naming `field` for an unknown name (the names are listed in the message).
UtilityEstimator utility_estimator_named(std::string_view name, std::string_view field = "--estimator");

// The GENIUS ranked sample of model.ranked_bids bids with ranking_seed(model, seed).
RankingDraw genius_ranking_draw();

}  // namespace parley::elicitation
