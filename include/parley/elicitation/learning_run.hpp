// parley::elicitation::run_learning — what `parley learn` computes, as a library call.
//
// Data flow: Scenario + party + LearningRunOptions ──▶ the party's statements (its stated
// ranking / comparisons, or a GENIUS ranked sample of `bids` outcomes drawn from its true
// utility) ──learn_utility (LP) and count_utility (baseline)──▶ estimates ──fit.hpp──▶ Spearman,
// Kendall, frontier and Nash error of each estimate against the true utility (when the true
// utility is known: not for a GeniusWeb partial ordering).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "parley/elicitation/fit.hpp"
#include "parley/elicitation/learn_utility.hpp"

namespace parley::elicitation {

struct LearningRunOptions {
  std::optional<std::size_t> bids;     // ranking size; default: the user model's, else required
  std::optional<std::uint64_t> seed;   // default: GENIUS's (314 when the user model says fixed_seed)
  bool frontier = true;                // compute frontier and Nash errors (needs the frontiers)
  FitOptions fit;
};

struct EstimateReport {
  std::string method;                  // "lp" or "counting"
  AdditiveUtility utility;
  std::optional<RankFit> rank;         // against the true utility, when it is known
  std::optional<FrontierFit> frontier;
  std::size_t violated = 0;            // statements the estimate contradicts
};

struct LearningRun {
  std::string party;
  std::string statements_from;         // "GENIUS ranked sample of 20 bids, seed 314" / "stated comparisons"
  std::size_t statements = 0;
  std::vector<Outcome> ranking;        // the ranking learnt from, when there is one (worst first)
  bool truth_known = true;
  std::vector<EstimateReport> estimates;  // lp first, then counting when a ranking is available
};

// Throws InputError for an unknown party or a missing ranking size.
LearningRun run_learning(const Scenario& scenario, std::string_view party, const LearningRunOptions& options = {});

}  // namespace parley::elicitation
