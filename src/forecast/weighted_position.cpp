#include "parley/forecast/weighted_position.hpp"

#include <algorithm>
#include <vector>

namespace parley::forecast {

double compromise_position(std::span<const ActorStance> stances) {
  double weighted = 0, total = 0;
  for (const auto& s : stances) {
    const double w = s.capability * s.salience;
    weighted += w * s.position;
    total += w;
  }
  return weighted / total;
}

double salience_mean_position(std::span<const ActorStance> stances) {
  double weighted = 0, total = 0;
  for (const auto& s : stances) {
    weighted += s.salience * s.position;
    total += s.salience;
  }
  return weighted / total;
}

double weighted_median_position(std::span<const ActorStance> stances) {
  // Σ w·|x_k − y| is piecewise linear with kinks at the positions, so its minimum over actor
  // positions is the first sorted position where the cumulative weight reaches half the total.
  std::vector<std::pair<double, double>> sorted;  // (position, weight)
  sorted.reserve(stances.size());
  double total = 0;
  for (const auto& s : stances) {
    sorted.emplace_back(s.position, s.capability * s.salience);
    total += s.capability * s.salience;
  }
  std::sort(sorted.begin(), sorted.end());
  double cumulative = 0;
  for (const auto& [position, weight] : sorted) {
    cumulative += weight;
    if (cumulative >= total / 2) return position;
  }
  return sorted.back().first;
}

}  // namespace parley::forecast
