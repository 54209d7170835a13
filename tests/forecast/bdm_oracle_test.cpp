// run_bdm (prefix sums over position order, O(n² log n) per round) against a direct
// transcription of the model's formulas with plain O(n³) sums, on random issues.
#include <algorithm>
#include <cmath>
#include <random>

#include <gtest/gtest.h>
#include <tbb/global_control.h>

#include "parley/forecast/bdm.hpp"
#include "parley/forecast/weighted_position.hpp"
#include "parley/model/error.hpp"

namespace parley::forecast {
namespace {

struct Actor {
  double c, s, x, r = 1;
};

class DirectModel {
 public:
  DirectModel(std::vector<Actor> actors, BdmParameters p) : a_(std::move(actors)), p_(p) {
    double low = a_[0].x, high = a_[0].x;
    for (const auto& actor : a_) low = std::min(low, actor.x), high = std::max(high, actor.x);
    width_ = high - low;
  }

  double vote(const Actor& k, double xa, double xb) const {
    return k.c * k.s * (std::pow(std::abs(k.x - xb) / width_, k.r) - std::pow(std::abs(k.x - xa) / width_, k.r));
  }
  double win(double xa, double xb) const {
    if (xa == xb) return 0;
    double numerator = 0, denominator = 0;
    for (const auto& k : a_) numerator += std::max(0.0, vote(k, xa, xb));
    if (p_.probability == BdmProbability::pair_votes) {
      for (const auto& k : a_) denominator += std::abs(vote(k, xa, xb));
    } else {
      denominator = all_votes_;
    }
    return numerator / denominator;
  }
  // Σ_k Σ_a Σ_b |vote_k(a, b)|; depends on the exponents, so refreshed whenever they change.
  void refresh_all_votes() {
    all_votes_ = 0;
    if (p_.probability == BdmProbability::pair_votes) return;
    for (const auto& k : a_)
      for (const auto& a : a_)
        for (const auto& b : a_) all_votes_ += std::abs(vote(k, a.x, b.x));
  }
  double median() const {
    std::vector<ActorStance> stances;
    for (const auto& a : a_) stances.push_back({"", a.c, a.x, a.s});
    return weighted_median_position(stances);
  }
  static double u(double base, double r) { return 2 - 4 * std::pow(base, r); }
  double eu(std::size_t i, std::size_t j, double r, double mu) const {
    const double delta = std::abs(a_[i].x - a_[j].x) / width_;
    const double p = win(a_[i].x, a_[j].x), s = a_[j].s;
    double value = s * (p * u(0.5 - 0.5 * delta, r) + (1 - p) * u(0.5 + 0.5 * delta, r)) + (1 - s) * u(0.5 - 0.5 * delta, r) -
                   p_.q * u(0.5, r);
    const double spread = (std::abs(a_[i].x - mu) + std::abs(a_[i].x - a_[j].x)) / width_;
    value -= (1 - p_.q) * (p_.t * u(0.5 - 0.25 * spread, r) + (1 - p_.t) * u(0.5 + 0.25 * spread, r));
    return value;
  }

  void round() {
    const std::size_t n = a_.size();
    const double mu = median();
    for (auto& a : a_) a.r = 1;
    refresh_all_votes();
    std::vector<double> danger(n, 0);
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j)
        if (j != i) danger[i] += eu(j, i, 1.0, mu);
    const double hi = *std::max_element(danger.begin(), danger.end()), lo = *std::min_element(danger.begin(), danger.end());
    for (std::size_t i = 0; i < n; ++i) {
      const double risk = hi > lo ? (2 * danger[i] - hi - lo) / (hi - lo) : 0;
      a_[i].r = (1 - risk / 3) / (1 + risk / 3);
    }
    refresh_all_votes();
    std::vector<double> next(n);
    for (std::size_t i = 0; i < n; ++i) {
      double best_conflict = -1, conflict_x = 0, best_key = 0, compromise_x = 0, best_cap = -1, cap_x = 0;
      bool compromise = false;
      for (std::size_t j = 0; j < n; ++j) {
        if (a_[j].x == a_[i].x) continue;
        const double eij = eu(i, j, a_[i].r, mu), eji = eu(j, i, a_[i].r, mu);
        const double move = std::abs(a_[j].x - a_[i].x);
        if (eji > eij && eij > 0) {
          if (best_conflict < 0 || move < best_conflict) best_conflict = move, conflict_x = a_[j].x;
        } else if (eji > 0 && eij < 0 && eji > -eij) {
          const double target = a_[i].x + (a_[j].x - a_[i].x) * (-eij / eji);
          const double key = p_.compromise_choice == BdmCompromiseChoice::least_move
                                 ? std::abs(target - a_[i].x)
                                 : (-eij * a_[i].x + eji * a_[j].x) / (-eij + eji);
          if (!compromise || key < best_key) compromise = true, best_key = key, compromise_x = target;
        } else if (p_.capitulation && eji > 0 && eij < 0 && eji < -eij) {
          if (best_cap < 0 || move < best_cap) best_cap = move, cap_x = a_[j].x;
        }
      }
      next[i] = best_conflict >= 0 ? conflict_x : compromise ? compromise_x : best_cap >= 0 ? cap_x : a_[i].x;
    }
    for (std::size_t i = 0; i < n; ++i) a_[i].x = next[i];
  }
  const std::vector<Actor>& actors() const { return a_; }

 private:
  std::vector<Actor> a_;
  BdmParameters p_;
  double width_ = 0;
  double all_votes_ = 0;
};

ForecastIssue random_issue(std::mt19937_64& rng, std::size_t n) {
  std::uniform_real_distribution<double> unit(0, 1);
  ForecastIssue issue{"random", {}, std::nullopt, "test"};
  for (std::size_t i = 0; i < n; ++i)
    issue.stances.push_back({"a" + std::to_string(i), 0.05 + unit(rng), 100 * unit(rng), 0.05 + 0.95 * unit(rng)});
  return issue;
}

void expect_same_as_direct(const BdmParameters& parameters, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  for (int trial = 0; trial < 5; ++trial) {
    const auto issue = random_issue(rng, 12);
    std::vector<Actor> actors;
    for (const auto& s : issue.stances) actors.push_back({s.capability, s.salience, s.position});
    DirectModel direct(actors, parameters);
    const auto run = run_bdm(issue, parameters);
    for (int round = 1; round <= parameters.rounds; ++round) {
      direct.round();
      for (std::size_t i = 0; i < actors.size(); ++i) {
        ASSERT_NEAR(run.rounds[static_cast<std::size_t>(round)].positions[i], direct.actors()[i].x, 1e-9)
            << "trial " << trial << " round " << round << " actor " << i;
        ASSERT_NEAR(run.rounds[static_cast<std::size_t>(round)].risk_exponents[i], direct.actors()[i].r, 1e-9);
      }
    }
  }
}

TEST(BdmOracle, ScholzCodeReadingMatchesDirectFormulas) { expect_same_as_direct(BdmParameters{.rounds = 4}, 1); }

TEST(BdmOracle, PaperReadingMatchesDirectFormulas) {
  expect_same_as_direct(BdmParameters{.rounds = 4,
                                      .probability = BdmProbability::pair_votes,
                                      .compromise_choice = BdmCompromiseChoice::least_move,
                                      .capitulation = true},
                        2);
}

TEST(BdmOracle, StatusQuoTermsMatchDirectFormulas) {
  expect_same_as_direct(BdmParameters{.rounds = 3, .q = 0.5, .t = 0.25}, 3);
}

// 400 actors take the parallel path (tiles of pairs, chunks of rows); its chunk bodies are
// the code the direct-formula tests above check on small issues.
TEST(Bdm, SameResultsAtAnyThreadCount) {
  std::mt19937_64 rng(6);
  const auto issue = random_issue(rng, 400);
  const BdmParameters parameters{.rounds = 3};
  BdmRun one_thread;
  {
    tbb::global_control limit(tbb::global_control::max_allowed_parallelism, 1);
    one_thread = run_bdm(issue, parameters);
  }
  const auto many_threads = run_bdm(issue, parameters);
  for (std::size_t r = 0; r < one_thread.rounds.size(); ++r) {
    EXPECT_EQ(one_thread.rounds[r].positions, many_threads.rounds[r].positions) << "round " << r;
    EXPECT_EQ(one_thread.rounds[r].risk_exponents, many_threads.rounds[r].risk_exponents) << "round " << r;
  }
}

TEST(Bdm, StableRoundsRepeatAndForecastIsLastMedian) {
  ForecastIssue same{"same", {{"a", 1, 50, 0.5}, {"b", 2, 50, 0.5}}, std::nullopt, "test"};
  const auto run = run_bdm(same, BdmParameters{.rounds = 3});
  ASSERT_EQ(run.rounds.size(), 4u);
  for (const auto& round : run.rounds) EXPECT_EQ(round.positions, (std::vector<double>{50, 50}));
  EXPECT_EQ(run.forecast(), 50);
}

TEST(Bdm, RejectsBadParameters) {
  ForecastIssue issue{"i", {{"a", 1, 0, 0.5}, {"b", 1, 1, 0.5}}, std::nullopt, "test"};
  EXPECT_THROW(run_bdm(issue, BdmParameters{.rounds = 0}), InputError);
  EXPECT_THROW(run_bdm(issue, BdmParameters{.q = 1.5}), InputError);
  EXPECT_THROW(run_bdm(issue, BdmParameters{.t = -0.1}), InputError);
  ForecastIssue crowd{"crowd", {}, std::nullopt, "test"};
  for (int i = 0; i <= 10000; ++i) crowd.stances.push_back({"a" + std::to_string(i), 1, static_cast<double>(i), 0.5});
  EXPECT_THROW(run_bdm(crowd, BdmParameters{}), InputError);
}

}  // namespace
}  // namespace parley::forecast
