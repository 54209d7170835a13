#include "parley/elicitation/fit.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include "parley/analysis/pareto_frontier.hpp"
#include "parley/analysis/reference_points.hpp"
#include "parley/elicitation/seeded_draws.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::elicitation {
namespace {

// Utilities within the tolerance are ties: they are compared on its grid.
double on_grid(double u) { return std::round(u / tolerance::kUtilityTolerance) * tolerance::kUtilityTolerance; }

std::vector<double> average_ranks(const std::vector<double>& x) {
  std::vector<std::size_t> order(x.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return x[a] < x[b]; });
  std::vector<double> ranks(x.size());
  for (std::size_t start = 0; start < order.size();) {
    std::size_t end = start;
    while (end < order.size() && x[order[end]] == x[order[start]]) ++end;
    const double rank = (static_cast<double>(start) + static_cast<double>(end - 1)) / 2.0;
    for (std::size_t k = start; k < end; ++k) ranks[order[k]] = rank;
    start = end;
  }
  return ranks;
}

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  const double mx = std::accumulate(x.begin(), x.end(), 0.0) / n, my = std::accumulate(y.begin(), y.end(), 0.0) / n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    sxy += (x[k] - mx) * (y[k] - my);
    sxx += (x[k] - mx) * (x[k] - mx);
    syy += (y[k] - my) * (y[k] - my);
  }
  if (sxx <= 0 || syy <= 0) return 0.0;  // a constant series correlates with nothing
  return sxy / std::sqrt(sxx * syy);
}

// Pairs tied within runs of equal values of a sorted series.
std::uint64_t tied_pairs(const std::vector<double>& sorted) {
  std::uint64_t pairs = 0;
  for (std::size_t start = 0; start < sorted.size();) {
    std::size_t end = start;
    while (end < sorted.size() && sorted[end] == sorted[start]) ++end;
    const std::uint64_t run = end - start;
    pairs += run * (run - 1) / 2;
    start = end;
  }
  return pairs;
}

// Sorts y[lo, hi) by merge sort, returning the number of inversions (strictly greater before).
std::uint64_t merge_count(std::vector<double>& y, std::vector<double>& buffer, std::size_t lo, std::size_t hi) {
  if (hi - lo < 2) return 0;
  const std::size_t mid = lo + (hi - lo) / 2;
  std::uint64_t swaps = merge_count(y, buffer, lo, mid) + merge_count(y, buffer, mid, hi);
  std::size_t a = lo, b = mid, out = lo;
  while (a < mid && b < hi) {
    if (y[b] < y[a]) {
      swaps += mid - a;
      buffer[out++] = y[b++];
    } else {
      buffer[out++] = y[a++];
    }
  }
  while (a < mid) buffer[out++] = y[a++];
  while (b < hi) buffer[out++] = y[b++];
  std::copy(buffer.begin() + static_cast<std::ptrdiff_t>(lo), buffer.begin() + static_cast<std::ptrdiff_t>(hi),
            y.begin() + static_cast<std::ptrdiff_t>(lo));
  return swaps;
}

}  // namespace

double spearman_correlation(const std::vector<double>& x, const std::vector<double>& y) {
  return pearson(average_ranks(x), average_ranks(y));
}

double kendall_tau_b(const std::vector<double>& x, const std::vector<double>& y) {
  const std::size_t n = x.size();
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return x[a] != x[b] ? x[a] < x[b] : y[a] < y[b];
  });
  std::vector<double> xs(n), ys(n);
  for (std::size_t k = 0; k < n; ++k) {
    xs[k] = x[order[k]];
    ys[k] = y[order[k]];
  }
  const std::uint64_t total = static_cast<std::uint64_t>(n) * (n - 1) / 2;
  const std::uint64_t ties_x = tied_pairs(xs);
  std::uint64_t ties_xy = 0;  // pairs tied in both
  for (std::size_t start = 0; start < n;) {
    std::size_t end = start;
    while (end < n && xs[end] == xs[start] && ys[end] == ys[start]) ++end;
    const std::uint64_t run = end - start;
    ties_xy += run * (run - 1) / 2;
    start = end;
  }
  std::vector<double> buffer(n);
  const std::uint64_t swaps = merge_count(ys, buffer, 0, n);  // ys is sorted afterwards
  const std::uint64_t ties_y = tied_pairs(ys);
  const double numerator = static_cast<double>(total) - static_cast<double>(ties_x) - static_cast<double>(ties_y) +
                           static_cast<double>(ties_xy) - 2.0 * static_cast<double>(swaps);
  const double denominator = std::sqrt(static_cast<double>(total - ties_x) * static_cast<double>(total - ties_y));
  return denominator > 0 ? numerator / denominator : 0.0;
}

RankFit rank_fit(const OutcomeSpace& space, const UtilityFunction& truth, const UtilityFunction& estimate,
                 const FitOptions& options) {
  RankFit fit;
  fit.sampled = !space.enumerable(options.max_outcomes);
  fit.outcomes = fit.sampled ? options.samples : *space.cardinality().as_u64();
  std::vector<double> x, y;
  x.reserve(fit.outcomes);
  y.reserve(fit.outcomes);
  SeededDraws draws(options.seed);
  Outcome outcome(space.issue_count());
  for (std::uint64_t n = 0; n < fit.outcomes; ++n) {
    if (fit.sampled) {
      for (std::size_t i = 0; i < space.issue_count(); ++i)
        outcome[i] = static_cast<std::uint32_t>(draws.below(space.issue(i).size()));
    } else {
      outcome = space.from_id(n);
    }
    x.push_back(on_grid(truth(outcome)));
    y.push_back(on_grid(estimate(outcome)));
  }
  fit.spearman = spearman_correlation(x, y);
  fit.kendall = kendall_tau_b(x, y);
  return fit;
}

FrontierFit frontier_fit(const Scenario& scenario, std::size_t party, const AdditiveUtility& estimate) {
  FrontierFit fit;
  const auto truth = analysis::pareto_frontier(scenario);
  Scenario estimated = scenario;
  estimated.parties[party].utility = estimate;
  const auto guess = analysis::pareto_frontier(estimated);
  if (!truth.computed() || !guess.computed()) {
    fit.reason = truth.computed() ? guess.reason : truth.reason;
    return fit;
  }
  fit.estimated_frontier_size = guess.size();
  double total = 0;
  for (std::size_t k = 0; k < guess.size(); ++k) {
    const auto utilities = utilities_of(scenario, guess.outcome(k));
    total += analysis::distance_to_frontier(truth, utilities);
  }
  fit.frontier_error = guess.size() ? total / static_cast<double>(guess.size()) : 0.0;
  const auto true_points = analysis::reference_points(scenario, truth);
  const auto guessed_points = analysis::reference_points(estimated, guess);
  if (!true_points.nash || !guessed_points.nash) {
    fit.reason = "no rational outcome, so no Nash point";
    return fit;
  }
  const auto guessed_nash = utilities_of(scenario, guessed_points.nash->outcome);
  double squared = 0;
  for (std::size_t p = 0; p < guessed_nash.size(); ++p)
    squared += std::pow(guessed_nash[p] - true_points.nash->utilities[p], 2);
  fit.nash_error = std::sqrt(squared);
  return fit;
}

}  // namespace parley::elicitation
