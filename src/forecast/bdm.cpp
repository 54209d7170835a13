#include "parley/forecast/bdm.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <fmt/format.h>

#include "parley/forecast/weighted_position.hpp"
#include "parley/model/error.hpp"

namespace parley::forecast {
namespace {

// 2 − 4·base^r, the utility shape shared by every term of the model (r = 1 is risk neutral).
double shaped(double base, double r) { return 2 - 4 * (r == 1.0 ? base : std::pow(base, r)); }

// Everything one run needs, allocated once; rounds reuse the buffers. Actors are handled in
// position order ("rank") inside a round so that the voters preferring one side of a pair
// are a prefix or a suffix of the ranks.
class BdmState {
 public:
  BdmState(const ForecastIssue& issue, const BdmParameters& parameters)
      : p_(parameters), n_(issue.stances.size()) {
    x_.resize(n_);
    weight_.resize(n_);
    salience_.resize(n_);
    for (std::size_t i = 0; i < n_; ++i) {
      x_[i] = issue.stances[i].position;
      salience_[i] = issue.stances[i].salience;
      weight_[i] = issue.stances[i].capability * issue.stances[i].salience;
    }
    const auto [low, high] = std::minmax_element(x_.begin(), x_.end());
    width_ = *high - *low;
    r_.assign(n_, 1.0);
    order_.resize(n_);
    rank_of_.resize(n_);
    rank_x_.resize(n_);
    rank_weight_.resize(n_);
    rank_r_.resize(n_);
    row_.resize(n_);
    by_distance_.resize(n_);
    prefix_.resize((n_ + 1) * n_);
    win_.resize(n_ * n_);
    danger_.resize(n_);
    next_x_.resize(n_);
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

  // One round; returns true when some actor moved.
  bool play_round(std::vector<BdmMove>& moves) {
    moves.assign(n_, BdmMove{});
    if (!(width_ > 0)) return false;
    sort_by_position();
    median_ = median();
    std::fill(r_.begin(), r_.end(), 1.0);
    compute_win_probabilities();
    compute_risk_exponents();
    compute_win_probabilities();
    bool moved = false;
    for (std::size_t i = 0; i < n_; ++i) {
      moves[i] = best_offer(i);
      next_x_[i] = moves[i].kind == BdmOfferKind::none ? x_[i] : offer_position_;
      moved = moved || next_x_[i] != x_[i];
    }
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
    }
    for (std::size_t t = 0; t < n_; ++t) rank_of_[order_[t]] = t;
  }

  // prefix_[t][a] = Σ_{voters of rank < t} w·(|x_voter − x_a|/W)^r_voter (actors a by rank), and
  // win_[a][b] = P(rank a beats rank b).
  void compute_win_probabilities() {
    for (std::size_t t = 0; t < n_; ++t) rank_r_[t] = r_[order_[t]];
    std::fill_n(prefix_.begin(), n_, 0.0);
    double all_votes = 0;
    for (std::size_t t = 0; t < n_; ++t) {
      const double xv = rank_x_[t], rv = rank_r_[t], wv = rank_weight_[t];
      for (std::size_t a = 0; a < n_; ++a) {
        const double d = std::abs(xv - rank_x_[a]) / width_;
        row_[a] = rv == 1.0 ? d : std::pow(d, rv);
      }
      const double* previous = &prefix_[t * n_];
      double* current = &prefix_[(t + 1) * n_];
      for (std::size_t a = 0; a < n_; ++a) current[a] = previous[a] + wv * row_[a];
      if (p_.probability == BdmProbability::all_votes) all_votes += wv * sum_of_pair_differences(t);
    }
    const double* total = &prefix_[n_ * n_];
    for (std::size_t a = 0; a < n_; ++a) {
      win_[a * n_ + a] = 0;
      for (std::size_t b = a + 1; b < n_; ++b) {
        if (rank_x_[a] == rank_x_[b]) {
          win_[a * n_ + b] = win_[b * n_ + a] = 0;
          continue;
        }
        // Voters left of the midpoint prefer a (the lower position), voters right of it b;
        // a voter exactly at the midpoint is indifferent.
        const double mid = rank_x_[a] + (rank_x_[b] - rank_x_[a]) / 2;
        const auto first = rank_x_.begin() + static_cast<std::ptrdiff_t>(a);
        const auto last = rank_x_.begin() + static_cast<std::ptrdiff_t>(b) + 1;
        const std::size_t left = static_cast<std::size_t>(std::lower_bound(first, last, mid) - rank_x_.begin());
        const std::size_t right = static_cast<std::size_t>(std::upper_bound(first, last, mid) - rank_x_.begin());
        const double* at_left = &prefix_[left * n_];
        const double* at_right = &prefix_[right * n_];
        const double for_a = std::max(0.0, at_left[b] - at_left[a]);
        const double for_b = std::max(0.0, (total[a] - at_right[a]) - (total[b] - at_right[b]));
        const double denominator = p_.probability == BdmProbability::all_votes ? all_votes : for_a + for_b;
        win_[a * n_ + b] = denominator > 0 ? for_a / denominator : 0;
        win_[b * n_ + a] = denominator > 0 ? for_b / denominator : 0;
      }
    }
  }

  // Σ_a Σ_b |row_[a] − row_[b]| for the voter of rank t: its row grows with the distance from
  // x_t, so the values sorted ascending come from merging the ranks outward from t.
  double sum_of_pair_differences(std::size_t t) {
    std::size_t lo = t, hi = t + 1, k = 0;
    by_distance_[k++] = row_[t];
    while (k < n_) {
      const bool take_low = hi >= n_ || (lo > 0 && rank_x_[t] - rank_x_[lo - 1] <= rank_x_[hi] - rank_x_[t]);
      by_distance_[k++] = take_low ? row_[--lo] : row_[hi++];
    }
    double sum = 0;
    for (std::size_t m = 0; m < n_; ++m)
      sum += by_distance_[m] * (2.0 * static_cast<double>(m) - static_cast<double>(n_) + 1.0);
    return 2 * sum;
  }

  // Expected utility of `challenger` challenging `target` (original indices), seen by an
  // actor with exponent r.
  double expected_utility(std::size_t challenger, std::size_t target, double r, double u_success, double u_failure,
                          double u_status_quo) const {
    const double p = win_[rank_of_[challenger] * n_ + rank_of_[target]];
    const double s = salience_[target];
    double eu = s * (p * u_success + (1 - p) * u_failure) + (1 - s) * u_success - p_.q * u_status_quo;
    if (p_.q < 1) {
      const double spread = (std::abs(x_[challenger] - median_) + std::abs(x_[challenger] - x_[target])) / width_;
      const double better = shaped(0.5 - 0.25 * spread, r), worse = shaped(0.5 + 0.25 * spread, r);
      eu -= (1 - p_.q) * (p_.t * better + (1 - p_.t) * worse);
    }
    return eu;
  }

  void compute_risk_exponents() {
    for (std::size_t i = 0; i < n_; ++i) {
      double danger = 0;
      for (std::size_t j = 0; j < n_; ++j) {
        if (j == i) continue;
        const double delta = std::abs(x_[i] - x_[j]) / width_;
        danger += expected_utility(j, i, 1.0, shaped(0.5 - 0.5 * delta, 1.0), shaped(0.5 + 0.5 * delta, 1.0), 0.0);
      }
      danger_[i] = danger;
    }
    const auto [low, high] = std::minmax_element(danger_.begin(), danger_.end());
    const double min_danger = *low, max_danger = *high;
    for (std::size_t i = 0; i < n_; ++i) {
      const double risk = max_danger > min_danger ? (2 * danger_[i] - max_danger - min_danger) / (max_danger - min_danger) : 0;
      r_[i] = (1 - risk / 3) / (1 + risk / 3);
    }
  }

  // The offer actor i adopts this round; sets offer_position_.
  BdmMove best_offer(std::size_t i) {
    const double r = r_[i];
    const double u_status_quo = shaped(0.5, r);
    BdmMove confrontation, compromise, capitulation;
    double confrontation_move = 0, compromise_key = 0, capitulation_move = 0;
    double confrontation_x = 0, compromise_x = 0, capitulation_x = 0;
    for (std::size_t j = 0; j < n_; ++j) {
      if (x_[j] == x_[i]) continue;
      const double delta = std::abs(x_[i] - x_[j]) / width_;
      const double u_success = shaped(0.5 - 0.5 * delta, r), u_failure = shaped(0.5 + 0.5 * delta, r);
      const double eu_ij = expected_utility(i, j, r, u_success, u_failure, u_status_quo);
      const double eu_ji = expected_utility(j, i, r, u_success, u_failure, u_status_quo);
      const double move = std::abs(x_[j] - x_[i]);
      const int from = static_cast<int>(j);
      if (eu_ji > eu_ij && eu_ij > 0) {
        if (confrontation.kind == BdmOfferKind::none || move < confrontation_move) {
          confrontation = {BdmOfferKind::confrontation, from};
          confrontation_move = move;
          confrontation_x = x_[j];
        }
      } else if (eu_ji > 0 && eu_ij < 0 && eu_ji > -eu_ij) {
        const double target = x_[i] + (x_[j] - x_[i]) * (-eu_ij / eu_ji);
        const double key = p_.compromise_choice == BdmCompromiseChoice::least_move
                               ? std::abs(target - x_[i])
                               : (-eu_ij * x_[i] + eu_ji * x_[j]) / (-eu_ij + eu_ji);
        if (compromise.kind == BdmOfferKind::none || key < compromise_key) {
          compromise = {BdmOfferKind::compromise, from};
          compromise_key = key;
          compromise_x = target;
        }
      } else if (p_.capitulation && eu_ji > 0 && eu_ij < 0 && eu_ji < -eu_ij) {
        if (capitulation.kind == BdmOfferKind::none || move < capitulation_move) {
          capitulation = {BdmOfferKind::capitulation, from};
          capitulation_move = move;
          capitulation_x = x_[j];
        }
      }
    }
    if (confrontation.kind != BdmOfferKind::none) {
      offer_position_ = confrontation_x;
      return confrontation;
    }
    if (compromise.kind != BdmOfferKind::none) {
      offer_position_ = compromise_x;
      return compromise;
    }
    offer_position_ = capitulation_x;
    return capitulation;
  }

  BdmParameters p_;
  std::size_t n_;
  double width_ = 0;
  double median_ = 0;
  double offer_position_ = 0;
  std::vector<double> x_, weight_, salience_, r_;
  std::vector<std::size_t> order_, rank_of_;
  std::vector<double> rank_x_, rank_weight_, rank_r_, row_, by_distance_;
  std::vector<double> prefix_, win_, danger_, next_x_;
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

BdmRun run_bdm(const ForecastIssue& issue, const BdmParameters& parameters) {
  validate_issue(issue);
  validate_parameters(parameters);
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
