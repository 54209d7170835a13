// The Bueno de Mesquita expected-utility model of group decisions, as specified by Scholz,
// Calbert & Smith (2011), "Unravelling Bueno De Mesquita's group decision model".
//
// Data flow: ForecastIssue + BdmParameters ──run_bdm──▶ BdmRun (positions, risk exponents,
// median and mean of every round). The forecast is the median position of the last round.
//
// One round (full definitions and the choices between readings in docs/algorithms/forecast.md):
//  1. risk: with every exponent at 1, actor i's "danger" is Σ_j EU(j challenges i); its risk
//     attitude R_i = (2·danger_i − max − min)/(max − min) and exponent r_i = (1 − R_i/3)/(1 + R_i/3);
//  2. votes of k for x_a over x_b: c_k·s_k·((|x_k−x_b|/W)^r_k − (|x_k−x_a|/W)^r_k), W the
//     span of the initial positions; P(a beats b) = Σ_k max(0, vote) / denominator;
//  3. expected utility of a challenging b, from the perspective of an actor with exponent r:
//     EU = s_b·(P·U_s + (1−P)·U_f) + (1−s_b)·U_s − Q·U_sq − (1−Q)·(T·U_b + (1−T)·U_w) with
//     U_s = 2 − 4(½ − ½δ)^r, U_f = 2 − 4(½ + ½δ)^r, δ = |x_a − x_b|/W, U_sq = 2 − 4·½^r,
//     U_b/U_w = 2 − 4(½ ∓ ¼(|x_a − μ| + |x_a − x_b|)/W)^r, μ the median;
//  4. every actor i weighs each j's offer with its own exponent: conflict it loses, compromise
//     or capitulation; it adopts one offer (confrontations first, then compromises, then
//     capitulations), and all actors move at once.
// Cost per round: O(n²) time after an O(n log n) sort; O(n²) memory, allocated once per run
// and reused by every round (no allocation in the pairwise loops).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "parley/forecast/stance.hpp"

namespace parley::forecast {

// How the probability of success is normalised.
enum class BdmProbability {
  all_votes,   // divided by Σ_k Σ_a Σ_b |vote_k(a, b)| over all actor pairs (Scholz et al.'s code)
  pair_votes,  // divided by Σ_k |vote_k(a, b)| for the contested pair only (the paper's equation)
};

// Which compromise an actor adopts when it has only compromise offers.
enum class BdmCompromiseChoice {
  lowest_weighted_position,  // the offer minimising (|EU_ij|·x_i + |EU_ji|·x_j)/(|EU_ij|+|EU_ji|) (Scholz et al.'s code)
  least_move,                // the offer that moves the actor least (the paper's text)
};

struct BdmParameters {
  int rounds = 8;            // rounds of offers after the initial positions (>= 1)
  double q = 1.0;            // Q: probability that the status quo persists if nobody challenges, in [0, 1]
  double t = 1.0;            // T: probability that a changing status quo gets better for the challenger, in [0, 1]
  BdmProbability probability = BdmProbability::all_votes;
  BdmCompromiseChoice compromise_choice = BdmCompromiseChoice::lowest_weighted_position;
  bool capitulation = false;  // also consider capitulation offers (EU_ji > 0 > EU_ij, EU_ji < |EU_ij|)
};

enum class BdmOfferKind : std::uint8_t { none, confrontation, compromise, capitulation };
std::string_view to_string(BdmOfferKind kind);

struct BdmMove {
  BdmOfferKind kind = BdmOfferKind::none;  // the offer the actor adopted this round
  int from_actor = -1;                     // index of the actor who made it; -1 when none
};

struct BdmRound {
  std::vector<double> positions;       // each actor's position after the round (round 0: the input)
  std::vector<double> risk_exponents;  // r_i used in the round (round 0: all 1)
  std::vector<BdmMove> moves;          // what each actor did in the round (round 0: none)
  double median = 0;                   // weighted_median_position of `positions`
  double mean = 0;                     // compromise_position of `positions`
};

struct BdmRun {
  std::vector<std::string> actors;
  std::vector<BdmRound> rounds;  // rounds[0] holds the input; rounds[1..] the model's rounds
  double forecast() const { return rounds.back().median; }
};

// Throws InputError for an invalid issue (validate_issue), more than 10,000 actors, or
// out-of-range parameters.
BdmRun run_bdm(const ForecastIssue& issue, const BdmParameters& parameters = {});

void validate_parameters(const BdmParameters& parameters);

// "8 rounds, Q=1, T=1, all-votes probability, lowest-weighted compromise, no capitulation".
std::string describe(const BdmParameters& parameters);

}  // namespace parley::forecast
