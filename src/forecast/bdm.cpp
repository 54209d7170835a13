#include "parley/forecast/bdm.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>

#include <fmt/format.h>
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>

#include "parley/forecast/weighted_position.hpp"
#include "parley/model/error.hpp"

namespace parley::forecast {
namespace {

// base^r for base >= 0 and r > 0. exp(r·ln base) costs about half of std::pow and differs
// from it by a few units in the last place; this is the model's hottest operation.
double power(double base, double r) {
  if (r == 1.0) return base;
  return base > 0 ? std::exp(r * std::log(base)) : 0.0;
}

// Runs body(first, last) over [0, count) in chunks of at least `grain`, in parallel when the
// issue has enough actors to pay for it. Every index is computed by exactly one chunk with
// the same arithmetic, so results do not depend on the number of threads.
constexpr std::size_t parallel_from_actors = 256;

template <typename Body>
void for_each_chunk(std::size_t actors, std::size_t count, std::size_t grain, const Body& body) {
  if (actors < parallel_from_actors) {
    body(std::size_t{0}, count);
    return;
  }
  tbb::parallel_for(tbb::blocked_range<std::size_t>(0, count, grain),
                    [&](const tbb::blocked_range<std::size_t>& range) { body(range.begin(), range.end()); });
}

// 2 − 4·base^r, the utility shape shared by every term of the model (r = 1 is risk neutral).
double shaped(double base, double r) { return 2 - 4 * power(base, r); }

// Everything one run needs, allocated once; rounds reuse the buffers. Within a round the
// actors are handled in position order ("rank"): the voters preferring one side of a pair
// are then a prefix or a suffix of the ranks, and every pairwise table is read row by row.
// Ties between equally good offers go to the actor listed first in the input, as if the
// offers were examined in input order.
class BdmState {
 public:
  static constexpr std::size_t tile = 64;  // pairs are visited in tile x tile blocks for locality

  BdmState(const ForecastIssue& issue, const BdmParameters& parameters) : p_(parameters), n_(issue.stances.size()) {
    for (auto* v : {&x_, &weight_, &salience_, &r_, &next_x_, &rank_x_, &rank_weight_, &rank_salience_, &rank_r_, &danger_,
                    &voter_votes_})
      v->resize(n_);
    order_.resize(n_);
    prefix_.resize((n_ + 1) * n_);
    win_.resize(n_ * n_);
    lose_.resize(n_ * n_);
    for (std::size_t i = 0; i < n_; ++i) {
      x_[i] = issue.stances[i].position;
      salience_[i] = issue.stances[i].salience;
      weight_[i] = issue.stances[i].capability * issue.stances[i].salience;
    }
    const auto [low, high] = std::minmax_element(x_.begin(), x_.end());
    width_ = *high - *low;
    std::fill(r_.begin(), r_.end(), 1.0);
    stances_.assign(issue.stances.begin(), issue.stances.end());
  }

  const std::vector<double>& positions() const { return x_; }
  const std::vector<double>& exponents() const { return r_; }

  double median() {
    for (std::size_t i = 0; i < n_; ++i) stances_[i].position = x_[i];
    return weighted_median_position(stances_);
  }
  double mean() {
    for (std::size_t i = 0; i < n_; ++i) stances_[i].position = x_[i];
    return compromise_position(stances_);
  }

  // One round; fills `moves` (input order) and returns true when some actor moved.
  bool play_round(std::vector<BdmMove>& moves) {
    moves.assign(n_, BdmMove{});
    if (!(width_ > 0)) return false;
    median_ = median();
    sort_by_position();
    std::fill(rank_r_.begin(), rank_r_.end(), 1.0);
    compute_win_probabilities();
    compute_risk_exponents();
    compute_win_probabilities();
    for_each_chunk(n_, n_, 16, [&](std::size_t first, std::size_t last) {
      for (std::size_t a = first; a < last; ++a) {
        const std::size_t i = order_[a];
        r_[i] = rank_r_[a];
        const auto [move, position] = best_offer(a);
        next_x_[i] = move.kind == BdmOfferKind::none ? x_[i] : position;
        moves[i] = move;
        if (move.from_actor >= 0) moves[i].from_actor = static_cast<int>(order_[static_cast<std::size_t>(move.from_actor)]);
      }
    });
    const bool moved = next_x_ != x_;
    x_.swap(next_x_);
    return moved;
  }

 private:
  void sort_by_position() {
    std::iota(order_.begin(), order_.end(), std::size_t{0});
    std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) { return x_[a] < x_[b]; });
    for (std::size_t t = 0; t < n_; ++t) {
      rank_x_[t] = x_[order_[t]];
      rank_weight_[t] = weight_[order_[t]];
      rank_salience_[t] = salience_[order_[t]];
    }
  }

  // prefix_[t][a] = Σ_{voters of rank < t} w·(|x_voter − x_a|/W)^r_voter; then
  // win_[a][b] = P(rank a beats rank b) and lose_[a][b] = P(rank b beats rank a).
  void compute_win_probabilities() {
    // Row t+1 of prefix_ first holds voter t's weighted distances; a column-wise running sum
    // then turns the rows into prefix sums.
    std::fill_n(prefix_.begin(), n_, 0.0);
    for_each_chunk(n_, n_, 16, [&](std::size_t first, std::size_t last) {
      for (std::size_t t = first; t < last; ++t) {
        const double xv = rank_x_[t], rv = rank_r_[t], wv = rank_weight_[t];
        double* row = &prefix_[(t + 1) * n_];
        for (std::size_t a = 0; a < n_; ++a) row[a] = power(std::abs(xv - rank_x_[a]) / width_, rv);
        voter_votes_[t] = p_.probability == BdmProbability::all_votes ? wv * sum_of_pair_differences(t, row) : 0;
        for (std::size_t a = 0; a < n_; ++a) row[a] *= wv;
      }
    });
    for_each_chunk(n_, n_, 16, [&](std::size_t first, std::size_t last) {
      for (std::size_t t = 0; t < n_; ++t) {
        const double* previous = &prefix_[t * n_];
        double* current = &prefix_[(t + 1) * n_];
        for (std::size_t a = first; a < last; ++a) current[a] += previous[a];
      }
    });
    double all_votes = 0;
    for (double votes : voter_votes_) all_votes += votes;  // fixed order: deterministic
    for (std::size_t a = 0; a < n_; ++a) win_[a * n_ + a] = lose_[a * n_ + a] = 0;
    // Tile rows write disjoint blocks of win_ and lose_, so they can run in parallel.
    const std::size_t tile_rows = (n_ + tile - 1) / tile;
    for_each_chunk(n_, tile_rows, 1, [&](std::size_t first, std::size_t last) {
      for (std::size_t row = first; row < last; ++row)
        for (std::size_t b0 = row * tile; b0 < n_; b0 += tile) pairs_of_tile(row * tile, b0, all_votes);
    });
  }

  void pairs_of_tile(std::size_t a0, std::size_t b0, double all_votes) {
    for (std::size_t a = a0; a < std::min(a0 + tile, n_); ++a) {
      // The midpoint grows with b, so the split ranks only move right along a tile row.
      const std::size_t first_b = std::max(b0, a + 1);
      if (first_b >= std::min(b0 + tile, n_)) continue;
      const double first_mid = rank_x_[a] + (rank_x_[first_b] - rank_x_[a]) / 2;
      std::size_t left = static_cast<std::size_t>(
          std::lower_bound(rank_x_.begin() + static_cast<std::ptrdiff_t>(a), rank_x_.begin() + static_cast<std::ptrdiff_t>(first_b),
                           first_mid) -
          rank_x_.begin());
      std::size_t right = left;
      for (std::size_t b = first_b; b < std::min(b0 + tile, n_); ++b) {
        const double mid = rank_x_[a] + (rank_x_[b] - rank_x_[a]) / 2;
        while (left < b && rank_x_[left] < mid) ++left;  // first rank with x >= mid
        right = std::max(right, left);
        while (right < b && rank_x_[right] <= mid) ++right;  // first rank with x > mid
        set_pair(a, b, left, right, all_votes);
      }
    }
  }

  // Probabilities of the pair of ranks a < b (so x_a <= x_b). Voters of rank < left sit
  // left of the midpoint and prefer a; voters of rank >= right sit right of it and prefer b;
  // voters exactly at the midpoint are indifferent.
  void set_pair(std::size_t a, std::size_t b, std::size_t left, std::size_t right, double all_votes) {
    double for_a = 0, for_b = 0, denominator = 0;
    if (rank_x_[a] != rank_x_[b]) {
      const double* at_left = &prefix_[left * n_];
      const double* at_right = &prefix_[right * n_];
      const double* total = &prefix_[n_ * n_];
      for_a = std::max(0.0, at_left[b] - at_left[a]);
      for_b = std::max(0.0, (total[a] - at_right[a]) - (total[b] - at_right[b]));
      denominator = p_.probability == BdmProbability::all_votes ? all_votes : for_a + for_b;
    }
    const double p_a = denominator > 0 ? for_a / denominator : 0, p_b = denominator > 0 ? for_b / denominator : 0;
    win_[a * n_ + b] = lose_[b * n_ + a] = p_a;
    win_[b * n_ + a] = lose_[a * n_ + b] = p_b;
  }

  // Σ_a Σ_b |row[a] − row[b]| for the voter of rank t: its row grows with the distance from
  // x_t, so the values in ascending order come from merging the ranks outward from t; the
  // m-th smallest of n values appears with sign + in m pairs and − in n−1−m pairs.
  double sum_of_pair_differences(std::size_t t, const double* row) const {
    std::size_t lo = t, hi = t + 1;
    double sum = row[t] * (1.0 - static_cast<double>(n_));
    for (std::size_t m = 1; m < n_; ++m) {
      const bool take_low = hi >= n_ || (lo > 0 && rank_x_[t] - rank_x_[lo - 1] <= rank_x_[hi] - rank_x_[t]);
      const double value = take_low ? row[--lo] : row[hi++];
      sum += value * (2.0 * static_cast<double>(m) - static_cast<double>(n_) + 1.0);
    }
    return 2 * sum;
  }

  // Expected utility of rank `challenger` challenging rank `target` when the challenger wins
  // with probability p, seen by an actor with exponent r.
  double expected_utility(std::size_t challenger, std::size_t target, double p, double r, double u_success,
                          double u_failure, double u_status_quo) const {
    const double s = rank_salience_[target];
    double eu = s * (p * u_success + (1 - p) * u_failure) + (1 - s) * u_success - p_.q * u_status_quo;
    if (p_.q < 1) {
      const double spread =
          (std::abs(rank_x_[challenger] - median_) + std::abs(rank_x_[challenger] - rank_x_[target])) / width_;
      eu -= (1 - p_.q) * (p_.t * shaped(0.5 - 0.25 * spread, r) + (1 - p_.t) * shaped(0.5 + 0.25 * spread, r));
    }
    return eu;
  }

  // Risk exponents from the danger each actor faces, every exponent taken as 1.
  void compute_risk_exponents() {
    for_each_chunk(n_, n_, 16, [&](std::size_t first, std::size_t last) {
      for (std::size_t a = first; a < last; ++a) {
        const double* beaten_by = &lose_[a * n_];  // P(b beats a)
        double danger = 0;
        for (std::size_t b = 0; b < n_; ++b) {
          if (b == a) continue;
          const double delta = std::abs(rank_x_[a] - rank_x_[b]) / width_;
          danger += expected_utility(b, a, beaten_by[b], 1.0, shaped(0.5 - 0.5 * delta, 1.0),
                                     shaped(0.5 + 0.5 * delta, 1.0), shaped(0.5, 1.0));
        }
        danger_[a] = danger;
      }
    });
    const auto [low, high] = std::minmax_element(danger_.begin(), danger_.end());
    const double min_danger = *low, max_danger = *high;
    for (std::size_t a = 0; a < n_; ++a) {
      const double risk = max_danger > min_danger ? (2 * danger_[a] - max_danger - min_danger) / (max_danger - min_danger) : 0;
      rank_r_[a] = (1 - risk / 3) / (1 + risk / 3);
    }
  }

  // The offer rank a adopts this round and where it moves; from_actor is a rank.
  std::pair<BdmMove, double> best_offer(std::size_t a) const {
    const double r = rank_r_[a], xa = rank_x_[a];
    const double u_status_quo = shaped(0.5, r);
    const double* wins = &win_[a * n_];
    const double* losses = &lose_[a * n_];
    Candidate confrontation, compromise, capitulation;
    for (std::size_t b = 0; b < n_; ++b) {
      const double xb = rank_x_[b];
      if (xb == xa) continue;
      const double delta = std::abs(xa - xb) / width_;
      const double u_success = shaped(0.5 - 0.5 * delta, r), u_failure = shaped(0.5 + 0.5 * delta, r);
      const double eu_ab = expected_utility(a, b, wins[b], r, u_success, u_failure, u_status_quo);
      const double eu_ba = expected_utility(b, a, losses[b], r, u_success, u_failure, u_status_quo);
      const double move = std::abs(xb - xa);
      if (eu_ba > eu_ab && eu_ab > 0) {
        consider(confrontation, move, xb, b);
      } else if (eu_ba > 0 && eu_ab < 0 && eu_ba > -eu_ab) {
        const double target = xa + (xb - xa) * (-eu_ab / eu_ba);
        const double key = p_.compromise_choice == BdmCompromiseChoice::least_move
                               ? std::abs(target - xa)
                               : (-eu_ab * xa + eu_ba * xb) / (-eu_ab + eu_ba);
        consider(compromise, key, target, b);
      } else if (p_.capitulation && eu_ba > 0 && eu_ab < 0 && eu_ba < -eu_ab) {
        consider(capitulation, move, xb, b);
      }
    }
    for (const auto& [candidate, kind] : {std::pair{&confrontation, BdmOfferKind::confrontation},
                                          std::pair{&compromise, BdmOfferKind::compromise},
                                          std::pair{&capitulation, BdmOfferKind::capitulation}}) {
      if (candidate->from == npos) continue;
      return {BdmMove{kind, static_cast<int>(candidate->from)}, candidate->position};
    }
    return {BdmMove{}, rank_x_[a]};
  }

  static constexpr std::size_t npos = static_cast<std::size_t>(-1);
  struct Candidate {
    double key = 0;
    double position = 0;
    std::size_t from = npos;  // rank of the proposer
  };
  // Keeps the offer with the smallest key; on a tie, the proposer listed first in the input.
  void consider(Candidate& best, double key, double position, std::size_t from) const {
    if (best.from == npos || key < best.key || (key == best.key && order_[from] < order_[best.from])) best = {key, position, from};
  }

  BdmParameters p_;
  std::size_t n_;
  double width_ = 0;
  double median_ = 0;
  std::vector<double> x_, weight_, salience_, r_, next_x_;  // input order
  std::vector<std::size_t> order_;                          // rank -> input index
  std::vector<double> rank_x_, rank_weight_, rank_salience_, rank_r_, danger_, voter_votes_;
  std::vector<double> prefix_, win_, lose_;
  std::vector<ActorStance> stances_;
};

}  // namespace

std::string_view to_string(BdmOfferKind kind) {
  switch (kind) {
    case BdmOfferKind::none: return "none";
    case BdmOfferKind::confrontation: return "confrontation";
    case BdmOfferKind::compromise: return "compromise";
    case BdmOfferKind::capitulation: return "capitulation";
  }
  return "none";
}

void validate_parameters(const BdmParameters& parameters) {
  if (parameters.rounds < 1) throw InputError(SourceLocation{"", 0, "rounds"}, fmt::format("rounds {} must be >= 1", parameters.rounds));
  if (!(parameters.q >= 0 && parameters.q <= 1))
    throw InputError(SourceLocation{"", 0, "q"}, fmt::format("Q {} is not in [0, 1]", parameters.q));
  if (!(parameters.t >= 0 && parameters.t <= 1))
    throw InputError(SourceLocation{"", 0, "t"}, fmt::format("T {} is not in [0, 1]", parameters.t));
}

std::string describe(const BdmParameters& p) {
  return fmt::format("{} rounds, Q={}, T={}, {} probability, {} compromise, {}", p.rounds, p.q, p.t,
                     p.probability == BdmProbability::all_votes ? "all-votes" : "pair-votes",
                     p.compromise_choice == BdmCompromiseChoice::least_move ? "least-move" : "lowest-weighted",
                     p.capitulation ? "capitulation offers" : "no capitulation");
}

BdmRun run_bdm(const ForecastIssue& issue, const BdmParameters& parameters) {
  validate_issue(issue);
  validate_parameters(parameters);
  // Three n x n tables of doubles: 2.4 GB at the limit.
  constexpr std::size_t max_actors = 10000;
  if (issue.stances.size() > max_actors)
    throw InputError(SourceLocation{issue.source, 0, ""},
                     fmt::format("issue '{}': the BDM model handles at most {} actors, not {} (its pairwise tables grow "
                                 "with the square of the number of actors)",
                                 issue.name, max_actors, issue.stances.size()));
  // Every round is kept (positions, exponents, moves per actor: about 40 bytes each), so the
  // run's memory is rounds x actors; a forecast settles within tens of rounds.
  constexpr std::uint64_t max_actor_rounds = 20'000'000;  // about 1 GB
  const auto actor_rounds = (static_cast<std::uint64_t>(parameters.rounds) + 1) * issue.stances.size();
  if (actor_rounds > max_actor_rounds)
    throw InputError(SourceLocation{issue.source, 0, "rounds"},
                     fmt::format("issue '{}': {} rounds x {} actors would keep {} actor positions; the limit is {} "
                                 "(about 1 GB): ask for at most {} rounds",
                                 issue.name, parameters.rounds, issue.stances.size(), actor_rounds, max_actor_rounds,
                                 max_actor_rounds / std::max<std::size_t>(issue.stances.size(), 1) - 1));
  BdmState state(issue, parameters);
  BdmRun run;
  for (const auto& stance : issue.stances) run.actors.push_back(stance.actor);
  run.rounds.reserve(static_cast<std::size_t>(parameters.rounds) + 1);
  run.rounds.push_back(BdmRound{state.positions(), std::vector<double>(issue.stances.size(), 1.0),
                                std::vector<BdmMove>(issue.stances.size()), state.median(), state.mean()});
  bool stable = false;
  for (int round = 1; round <= parameters.rounds; ++round) {
    BdmRound result;
    if (stable) {
      // Nothing moved last round: the state, hence every later round, is unchanged.
      result = run.rounds.back();
    } else {
      stable = !state.play_round(result.moves);
      result.positions = state.positions();
      result.risk_exponents = state.exponents();
      result.median = state.median();
      result.mean = state.mean();
    }
    run.rounds.push_back(std::move(result));
  }
  return run;
}

}  // namespace parley::forecast
