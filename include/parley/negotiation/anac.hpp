// parley::negotiation published-agent formulas — the pure functions behind the ANAC agents
// (src/negotiation/agents/), exposed so that tests can check them against the papers and
// users can reuse them in their own agents. docs/agents/ describes each agent.
#pragma once

namespace parley::negotiation {

// HardHeaded's concession p(t) (van Krimpen et al. 2013): Ka = e = 0.05; with a discount
// factor below 0.9 the curve reaches P_min + (P_max − P_min)·d at t = d and then falls to
// P_min with exponent 1/30. `discount` outside (0, 1] counts as 1.
double hardheaded_target(double t, double discount, double p_min, double p_max);

// AgentK's statistics of the opponent's offers and the targets it derives from them
// (Kawaguchi, Fujita and Ito 2012). update() takes one received offer's utility for AgentK,
// the time, AgentK's tremor τ and a uniform draw in [0, 1) for its randomised exponent β:
//   μ, σ² = mean and variance of the offers so far; d = √(12σ²); e_max = μ + (1 − μ)d
//   α = 1 + τ + 10μ − 2τμ, β = α + τ·draw − τ/2
//   pre = 1 − t^α(1 − e_max), ratio = min(2, (d + 0.1)/(1 − pre)), target = ratio·pre + 1 − ratio
//   (bid_target the same with β), each then pulled towards e_max: with m = 400 − 300t³ and
//   r = target − e_max > 0, target −= r·min(m, 1/r²)/m; target = e_max when r ≤ 0.
//   acceptance probability p = t^α/5 + (x − e_max) + (x − target), 0 when below 0.1,
//   clamped to [0, 1].
struct AgentKStatistics {
  double sum = 0, sum_squares = 0;
  int count = 0;
  // results of the last update
  double estimate_max = 1, target = 1, bid_target = 1, acceptance = 0;
  void update(double offered, double t, double tremor, double draw);
};

// Gahboninho's demand (Ben Adar, Sofy and Elimelech 2013): each call advances its state, as
// the original's GetNextRecommendedOfferUtility does (it is called for the acceptance threshold
// and again for the offer). With d the discount factor, Min = d^(2t), Max = Min(1 + 6·noise·d^5):
// Min is raised to at least 0.9125 before t = 0.85d, 0.84 to 0.92d, 0.775 to 0.94d, 0.7 in the
// pre-panic phase, then the best utility received (panic) and finally exactly that (frenzy:
// offer the opponent's best bid); the demand is Max − (Max − Min)·t, moving at most
// `max_decrease` down (0.0009, rising in the panic) or 0.005 up per call. `compromise` is the
// share of the demand it accepts (0.95 falling to 0.91 and 0.8–0.95 in the panic).
struct GahboninhoTarget {
  bool first_given = false, frenzy = false;
  double previous = 1, compromise = 0.95, max_decrease = 0.0009;
  double panic_start = -1, panic_end = -1, panic_rounds = 1;
  double next(double t, double discount, double noise, double best_received);
};

// Atlas3's acceptance threshold (Mori and Ito 2017): the expected utility of the evolutionarily
// stable strategy of a two-strategy accept/reject game is the lower limit of its concession.
// With reservation value r, discount factor d, C the best utility an agreement with everyone
// else is known to give it (bilateral: the best opponent offer; multilateral: the best bid
// every other party supported), TF = 1 and PF = 0.5:
//   A11 = r·d, A12 = d^TF, A21 = C·d^TF (r·d when C < r), A22 = PF·A21 + (1 − PF)·A12
//   q = 1 / (1 − (A11 − A21)/(A12 − A22)), 1 when undefined or outside [0, 1]
//   target = (q·A21 + (1 − q)·A22) / d^t
//   threshold = target + (1 − target)(1 − t) when d = 1, else max(1 − t/d, target).
double atlas3_threshold(double t, double reservation, double discount, double best_supported);

// PonPokoAgent's offer band (T. Matsune, ANAC 2017 winner; Aydoğan et al., "ANAC 2017:
// Repeated Multilateral Negotiation League", 2021): each session draws one of five patterns;
// it offers a random bid with utility in [low, high] and accepts an offer above low:
//   0: high = 1 − 0.1t,          low = 1 − 0.1t − 0.1|sin 40t|
//   1: high = 1,                 low = 1 − 0.22t
//   2: high = 1 − 0.1t,          low = 1 − 0.1t − 0.15|sin 20t|
//   3: high = 1 − 0.05t,         low = 1 − 0.1t, or 1 − 0.3t when t > 0.99
//   4: high = 1 − 0.15t|sin 20t|, low = 1 − 0.21t|sin 20t|
struct PonPokoBand {
  double low, high;
};
PonPokoBand ponpoko_band(int pattern, double t);

}  // namespace parley::negotiation
