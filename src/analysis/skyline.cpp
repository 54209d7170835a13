#include "analysis/skyline.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "analysis/utility_keys.hpp"

namespace parley::analysis::detail {
namespace {

// Row indices sorted by keys descending (lexicographic), equal keys by index ascending.
std::vector<std::uint32_t> frontier_order(std::span<const std::int64_t> keys, std::size_t d) {
  std::vector<std::uint32_t> order(keys.size() / d);
  std::iota(order.begin(), order.end(), 0u);
  std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
    const auto* ka = keys.data() + std::size_t{a} * d;
    const auto* kb = keys.data() + std::size_t{b} * d;
    for (std::size_t i = 0; i < d; ++i)
      if (ka[i] != kb[i]) return ka[i] > kb[i];
    return a < b;
  });
  return order;
}

// In frontier order a row can only be weakly dominated by an earlier row. With two columns
// the earlier rows all have key0 >= ours, so we survive iff key1 beats every earlier key1.
std::vector<std::uint32_t> sweep_2d(std::span<const std::int64_t> keys, const std::vector<std::uint32_t>& order) {
  std::vector<std::uint32_t> kept;
  bool first = true;
  std::int64_t best = 0;
  for (auto row : order) {
    const auto k1 = keys[std::size_t{row} * 2 + 1];
    if (first || k1 > best) {
      kept.push_back(row);
      best = k1;
      first = false;
    }
  }
  return kept;
}

// Three columns: earlier rows have key0 >= ours; keep a staircase of the survivors' (key1, key2)
// (key1 ascending, key2 descending) and ask whether one has key1 >= ours and key2 >= ours.
std::vector<std::uint32_t> sweep_3d(std::span<const std::int64_t> keys, const std::vector<std::uint32_t>& order) {
  std::vector<std::uint32_t> kept;
  std::map<std::int64_t, std::int64_t> staircase;
  for (auto row : order) {
    const auto k1 = keys[std::size_t{row} * 3 + 1];
    const auto k2 = keys[std::size_t{row} * 3 + 2];
    auto above = staircase.lower_bound(k1);
    if (above != staircase.end() && above->second >= k2) continue;
    kept.push_back(row);
    // Remove steps we now dominate in (key1, key2): key1 <= k1 and key2 <= k2.
    auto it = staircase.upper_bound(k1);
    while (it != staircase.begin()) {
      auto prev = std::prev(it);
      if (prev->second > k2) break;
      it = staircase.erase(prev);
    }
    staircase[k1] = k2;
  }
  return kept;
}

// Four or more columns: sort-filter-skyline. Rows go by decreasing key sum (a weak dominator
// has a larger sum, or equal keys and so a lower index), each checked against the survivors;
// the survivor that rejects a row moves one place towards the front, so frequent dominators are
// tried first. The survivors are then put in frontier order.
std::vector<std::uint32_t> filter_nd(std::span<const std::int64_t> keys, std::size_t d,
                                     std::vector<std::uint32_t> order) {
  const auto row_keys = [&](std::uint32_t row) { return std::span<const std::int64_t>(keys.data() + std::size_t{row} * d, d); };
  std::vector<std::uint32_t> position(order.size());  // rank in frontier order (the input order)
  for (std::size_t k = 0; k < order.size(); ++k) position[order[k]] = static_cast<std::uint32_t>(k);
  std::vector<std::int64_t> sum(order.size());
  for (auto row : order)
    for (auto k : row_keys(row)) sum[row] += k;
  std::stable_sort(order.begin(), order.end(), [&](auto a, auto b) { return sum[a] > sum[b]; });
  std::vector<std::uint32_t> kept;
  for (auto row : order) {
    bool dominated = false;
    for (std::size_t k = 0; k < kept.size(); ++k)
      if (weakly_dominates(row_keys(kept[k]), row_keys(row))) {
        if (k > 0) std::swap(kept[k], kept[k - 1]);
        dominated = true;
        break;
      }
    if (!dominated) kept.push_back(row);
  }
  std::sort(kept.begin(), kept.end(), [&](auto a, auto b) { return position[a] < position[b]; });
  return kept;
}

}  // namespace

std::vector<std::uint32_t> skyline(std::span<const std::int64_t> keys, std::size_t dimensions) {
  if (keys.empty() || dimensions == 0) return {};
  const auto order = frontier_order(keys, dimensions);
  switch (dimensions) {
    case 1: return {order.front()};
    case 2: return sweep_2d(keys, order);
    case 3: return sweep_3d(keys, order);
    default: return filter_nd(keys, dimensions, std::move(order));
  }
}

}  // namespace parley::analysis::detail
