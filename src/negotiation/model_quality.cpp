#include "parley/negotiation/model_quality.hpp"

#include <cmath>
#include <vector>

#include "parley/model/random.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::negotiation {

namespace {

double pearson(const std::vector<double>& x, const std::vector<double>& y) {
  const auto n = static_cast<double>(x.size());
  double mx = 0, my = 0;
  for (std::size_t k = 0; k < x.size(); ++k) mx += x[k], my += y[k];
  mx /= n, my /= n;
  double sxy = 0, sxx = 0, syy = 0;
  for (std::size_t k = 0; k < x.size(); ++k) {
    sxy += (x[k] - mx) * (y[k] - my);
    sxx += (x[k] - mx) * (x[k] - mx);
    syy += (y[k] - my) * (y[k] - my);
  }
  return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

}  // namespace

ModelQuality model_quality(const OutcomeSpace& space, const UtilityFunction& truth, const OpponentModel& model,
                           std::size_t limit, std::uint64_t seed) {
  ModelQuality quality;
  std::vector<double> real, predicted;
  const auto add = [&](const Outcome& outcome) {
    real.push_back(truth.utility(outcome));
    predicted.push_back(model.predict(outcome.data()));
  };
  if (space.enumerable(limit)) {
    const std::uint64_t count = space.cardinality().as_u64().value_or(0);
    for (std::uint64_t id = 0; id < count; ++id) add(space.from_id(id));
  } else {
    quality.sampled = true;
    RandomEngine rng(seed);
    Outcome outcome(space.issue_count());
    for (std::size_t k = 0; k < limit; ++k) {
      for (std::size_t i = 0; i < outcome.size(); ++i)
        outcome[i] = static_cast<std::uint32_t>(uniform_index(rng, space.issue(i).size()));
      add(outcome);
    }
  }
  quality.outcomes = real.size();
  if (real.empty()) return quality;
  quality.pearson = pearson(real, predicted);
  std::uint64_t conflicts = 0;
  for (std::size_t a = 0; a < real.size(); ++a)
    for (std::size_t b = 0; b < real.size(); ++b)
      conflicts += tolerance::clearly_greater(real[b], real[a]) != tolerance::clearly_greater(predicted[b], predicted[a]) ? 1 : 0;
  const auto n = static_cast<double>(real.size());
  quality.ranking_distance = static_cast<double>(conflicts) / (n * n);
  return quality;
}

}  // namespace parley::negotiation
