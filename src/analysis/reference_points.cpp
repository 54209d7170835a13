#include "parley/analysis/reference_points.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "parley/model/tolerance.hpp"

namespace parley::analysis {
namespace {


// The earliest frontier point (among those `eligible`) maximising `score`.
std::optional<AgreementPoint> best_point(const ParetoFrontier& frontier,
                                         const std::function<bool(std::span<const double>)>& eligible,
                                         const std::function<double(std::span<const double>)>& score) {
  std::optional<std::size_t> best;
  double best_score = -std::numeric_limits<double>::infinity();
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    const auto u = frontier.utilities(k);
    if (!eligible(u)) continue;
    const double s = score(u);
    if (!best || tolerance::clearly_greater(s, best_score)) {
      best = k;
      best_score = s;
    }
  }
  if (!best) return std::nullopt;
  return frontier_point(frontier, *best);
}

}  // namespace

AgreementPoint frontier_point(const ParetoFrontier& frontier, std::size_t k) {
  const auto u = frontier.utilities(k);
  return AgreementPoint{frontier.outcome(k), std::vector<double>(u.begin(), u.end())};
}

ReferencePoints reference_points(const Scenario& scenario, const ParetoFrontier& frontier) {
  ReferencePoints points;
  if (!frontier.computed()) return points;
  const std::size_t n = scenario.parties.size();
  std::vector<double> reservation(n);
  for (std::size_t p = 0; p < n; ++p) reservation[p] = scenario.parties[p].reservation_value;
  const auto is_rational = [&](std::span<const double> u) { return tolerance::meets_reservations(u, reservation); };
  const auto any = [](std::span<const double>) { return true; };

  points.nash = best_point(frontier, is_rational, [&](std::span<const double> u) {
    double product = 1;
    for (std::size_t p = 0; p < n; ++p) product *= std::max(0.0, u[p] - reservation[p]);
    return product;
  });

  // Ideal point of the rational set: attained on the frontier.
  std::vector<double> ideal(reservation);
  for (std::size_t k = 0; k < frontier.size(); ++k) {
    const auto u = frontier.utilities(k);
    if (!is_rational(u)) continue;
    for (std::size_t p = 0; p < n; ++p) ideal[p] = std::max(ideal[p], u[p]);
  }
  points.kalai_smorodinsky = best_point(frontier, is_rational, [&](std::span<const double> u) {
    double worst = std::numeric_limits<double>::infinity();
    for (std::size_t p = 0; p < n; ++p) {
      const double range = ideal[p] - reservation[p];
      worst = std::min(worst, range > 0 ? (u[p] - reservation[p]) / range : 1.0);
    }
    return worst;
  });

  points.kalai = best_point(frontier, any, [&](std::span<const double> u) {
    double spread = 0;
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = i + 1; j < n; ++j) spread += std::abs(u[i] - u[j]);
    return -spread;
  });
  points.max_welfare = best_point(frontier, any, [&](std::span<const double> u) {
    double sum = 0;
    for (double x : u) sum += x;
    return sum;
  });
  points.egalitarian = best_point(frontier, any, [&](std::span<const double> u) {
    return *std::min_element(u.begin(), u.end());
  });
  return points;
}

}  // namespace parley::analysis
