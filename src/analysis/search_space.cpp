#include "analysis/search_space.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <map>
#include <numeric>

namespace parley::analysis::detail {
namespace {

constexpr std::size_t kBits = 64;

// Bit r of the column: rectangle r allows value k of `issue` (it does not constrain the issue,
// or every bound it puts on the issue holds).
std::vector<std::uint64_t> mask_column(const HyperRectangleUtility& utility, std::size_t words, std::uint32_t issue,
                                       std::uint32_t k) {
  std::vector<std::uint64_t> column(words, 0);
  for (std::size_t r = 0; r < utility.rectangles.size(); ++r) {
    bool allowed = true;
    for (const auto& bound : utility.rectangles[r].bounds)
      if (bound.issue == issue) {
        const bool inside = k >= bound.first && k <= bound.last;
        allowed = allowed && inside != bound.excluded;
      }
    if (allowed) column[r / kBits] |= std::uint64_t{1} << (r % kBits);
  }
  return column;
}

// How much an issue can move a party's utility: the spread of its contributions, or the share
// of the rectangle utility that depends on it.
double issue_influence(const UtilityFunction& utility, std::uint32_t issue, std::size_t values) {
  if (utility.is_additive()) {
    double lo = INFINITY, hi = -INFINITY;
    for (std::size_t k = 0; k < values; ++k) {
      lo = std::min(lo, utility.additive().contribution(issue, k));
      hi = std::max(hi, utility.additive().contribution(issue, k));
    }
    return hi - lo;
  }
  double total = 0;
  const auto& rectangles = utility.hyper_rectangles();
  for (const auto& rectangle : rectangles.rectangles)
    for (const auto& bound : rectangle.bounds)
      if (bound.issue == issue) {
        total += std::abs(rectangle.utility) / rectangles.normaliser;
        break;
      }
  return total;
}

double sum_bits(const std::vector<double>& utility, const std::uint64_t* a, const std::uint64_t* b,
                const std::uint64_t* c, std::size_t words) {
  double sum = 0;
  for (std::size_t w = 0; w < words; ++w) {
    std::uint64_t bits = a[w] & b[w] & (c ? c[w] : ~std::uint64_t{0});
    while (bits) {
      sum += utility[w * kBits + static_cast<std::size_t>(std::countr_zero(bits))];
      bits &= bits - 1;
    }
  }
  return sum;
}

}  // namespace

SearchSpace::SearchSpace(const Scenario& scenario, const std::vector<std::size_t>& chosen) {
  const auto& space = scenario.space;
  const std::size_t m = space.issue_count();

  // Level order: most influential issue first (ties by issue index).
  std::vector<double> influence(m, 0.0);
  for (auto p : chosen)
    for (std::uint32_t i = 0; i < m; ++i)
      influence[i] += issue_influence(scenario.parties[p].utility, i, space.issue(i).size());
  std::vector<std::uint32_t> order(m);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return influence[a] > influence[b]; });
  std::vector<std::size_t> level_of(m);
  for (std::size_t t = 0; t < m; ++t) level_of[order[t]] = t;

  for (auto p : chosen) {
    PartyModel model;
    const auto& utility = scenario.parties[p].utility;
    model.additive = utility.is_additive();
    if (model.additive) {
      model.sum_slot = sum_slots++;
      ++additive_parties;
      model.suffix_best.assign(m + 1, 0.0);
      model.suffix_worst.assign(m + 1, 0.0);
      for (std::size_t t = m; t-- > 0;) {
        const auto issue = order[t];
        double lo = INFINITY, hi = -INFINITY;
        for (std::size_t k = 0; k < space.issue(issue).size(); ++k) {
          lo = std::min(lo, utility.additive().contribution(issue, k));
          hi = std::max(hi, utility.additive().contribution(issue, k));
        }
        model.suffix_best[t] = model.suffix_best[t + 1] + hi;
        model.suffix_worst[t] = model.suffix_worst[t + 1] + lo;
      }
    } else {
      const auto& rectangles = utility.hyper_rectangles();
      const std::size_t count = rectangles.rectangles.size();
      model.sum_slot = sum_slots;
      sum_slots += rectangle_sums;
      model.word_offset = total_words;
      model.words = (count + kBits - 1) / kBits;
      total_words += model.words;
      model.normaliser = rectangles.normaliser;
      model.positive.assign(model.words, 0);
      model.negative.assign(model.words, 0);
      model.certain.assign((m + 1) * model.words, 0);
      for (std::size_t r = 0; r < count; ++r) {
        const auto& rectangle = rectangles.rectangles[r];
        model.rectangle_utility.push_back(rectangle.utility);
        const auto bit = std::uint64_t{1} << (r % kBits);
        (rectangle.utility >= 0 ? model.positive : model.negative)[r / kBits] |= bit;
        std::size_t last_level = 0;  // certain once every constrained issue is assigned
        for (const auto& bound : rectangle.bounds) last_level = std::max(last_level, level_of[bound.issue] + 1);
        for (std::size_t t = last_level; t <= m; ++t) model.certain[t * model.words + r / kBits] |= bit;
      }
      model.newly_certain.assign((m + 1) * model.words, 0);
      for (std::size_t t = 1; t <= m; ++t)
        for (std::size_t w = 0; w < model.words; ++w)
          model.newly_certain[t * model.words + w] = model.certain[t * model.words + w] & ~model.certain[(t - 1) * model.words + w];
    }
    parties.push_back(std::move(model));
  }
  root_masks.assign(total_words, 0);
  root_sums.assign(sum_slots, 0.0);
  for (const auto& model : parties) {
    if (model.additive) continue;
    for (std::size_t r = 0; r < model.rectangle_utility.size(); ++r)
      root_masks[model.word_offset + r / kBits] |= std::uint64_t{1} << (r % kBits);
    const auto* alive = root_masks.data() + model.word_offset;
    const auto& u = model.rectangle_utility;
    double* sums = root_sums.data() + model.sum_slot;
    sums[alive_positive] = sum_bits(u, alive, model.positive.data(), nullptr, model.words);
    sums[alive_negative] = sum_bits(u, alive, model.negative.data(), nullptr, model.words);
    sums[certain_positive] = sum_bits(u, alive, model.positive.data(), model.certain.data(), model.words);
    sums[certain_negative] = sum_bits(u, alive, model.negative.data(), model.certain.data(), model.words);
  }

  for (std::size_t t = 0; t < m; ++t) {
    SearchLevel level;
    level.issue = order[t];
    std::map<std::pair<std::vector<std::uint64_t>, std::vector<double>>, std::size_t> classes;
    for (std::uint32_t k = 0; k < space.issue(level.issue).size(); ++k) {
      std::vector<std::uint64_t> masks;
      std::vector<double> contributions(sum_slots, 0.0);  // rectangle slots are updated from the masks
      for (std::size_t q = 0; q < chosen.size(); ++q) {
        const auto& utility = scenario.parties[chosen[q]].utility;
        if (parties[q].additive) {
          contributions[parties[q].sum_slot] = utility.additive().contribution(level.issue, k);
        } else {
          auto column = mask_column(utility.hyper_rectangles(), parties[q].words, level.issue, k);
          masks.insert(masks.end(), column.begin(), column.end());
        }
      }
      auto [it, fresh] = classes.try_emplace({masks, contributions}, level.representative.size());
      if (fresh) {
        level.representative.push_back(k);
        level.multiplicity.push_back(0);
        level.masks.insert(level.masks.end(), masks.begin(), masks.end());
        level.contributions.insert(level.contributions.end(), contributions.begin(), contributions.end());
      }
      ++level.multiplicity[it->second];
    }
    levels.push_back(std::move(level));
  }
}

void SearchSpace::bounds(std::size_t t, const double* sums, double* lower, double* upper) const {
  for (std::size_t q = 0; q < parties.size(); ++q) {
    const auto& model = parties[q];
    const double* own = sums + model.sum_slot;
    if (model.additive) {
      lower[q] = own[0] + model.suffix_worst[t];
      upper[q] = own[0] + model.suffix_best[t];
      continue;
    }
    upper[q] = std::clamp((own[alive_positive] + own[certain_negative]) / model.normaliser, 0.0, 1.0);
    lower[q] = std::clamp((own[certain_positive] + own[alive_negative]) / model.normaliser, 0.0, 1.0);
  }
}

bool SearchSpace::decided(std::size_t t, const std::uint64_t* masks) const {
  for (const auto& model : parties) {
    if (model.additive) {
      if (model.suffix_best[t] != model.suffix_worst[t]) return false;
      continue;
    }
    const auto* certain = model.certain.data() + t * model.words;
    for (std::size_t w = 0; w < model.words; ++w)
      if (masks[model.word_offset + w] & ~certain[w]) return false;
  }
  return true;
}

void SearchSpace::descend(std::size_t t, std::size_t c, const std::uint64_t* masks, const double* sums,
                          std::uint64_t* child_masks, double* child_sums) const {
  const auto& level = levels[t];
  const auto* column = level.masks.data() + c * total_words;
  for (std::size_t w = 0; w < total_words; ++w) child_masks[w] = masks[w] & column[w];
  const auto* add = level.contributions.data() + c * sum_slots;
  for (std::size_t s = 0; s < sum_slots; ++s) child_sums[s] = sums[s] + add[s];
  for (const auto& model : parties) {
    if (model.additive) continue;
    double* own = child_sums + model.sum_slot;
    const auto& u = model.rectangle_utility;
    const auto* newly = model.newly_certain.data() + (t + 1) * model.words;
    for (std::size_t w = 0; w < model.words; ++w) {
      const auto parent = masks[model.word_offset + w], child = child_masks[model.word_offset + w];
      for (auto bits = parent & ~child; bits; bits &= bits - 1) {  // killed: no longer satisfiable
        const auto r = w * kBits + static_cast<std::size_t>(std::countr_zero(bits));
        own[u[r] >= 0 ? alive_positive : alive_negative] -= u[r];
      }
      for (auto bits = child & newly[w]; bits; bits &= bits - 1) {  // satisfied for good
        const auto r = w * kBits + static_cast<std::size_t>(std::countr_zero(bits));
        own[u[r] >= 0 ? certain_positive : certain_negative] += u[r];
      }
    }
  }
}

}  // namespace parley::analysis::detail
