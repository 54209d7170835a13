#include "parley/model/utility.hpp"

#include <algorithm>

namespace parley {

double AdditiveUtility::utility(const Outcome& outcome) const {
  double sum = 0;
  for (std::size_t i = 0; i < weights.size(); ++i) sum += weights[i] * evaluations[i][outcome[i]];
  return sum;
}

bool HyperRectangle::contains(const Outcome& outcome) const {
  for (const auto& bound : bounds) {
    const auto value = outcome[bound.issue];
    const bool inside = value >= bound.first && value <= bound.last;
    if (inside == bound.excluded) return false;
  }
  return true;
}

double HyperRectangleUtility::utility(const Outcome& outcome) const {
  double sum = 0;
  for (const auto& rectangle : rectangles)
    if (rectangle.contains(outcome)) sum += rectangle.utility;
  return std::clamp(sum / normaliser, 0.0, 1.0);
}

double UtilityFunction::utility(const Outcome& outcome) const {
  return std::visit([&](const auto& model) { return model.utility(outcome); }, model_);
}

}  // namespace parley
