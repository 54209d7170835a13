#include "analysis/skyline.hpp"

#include <algorithm>
#include <bit>
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

// Four or more columns: divide and conquer (Kung, Luccio, Preparata). Rows arrive in frontier
// order without exact duplicates, so a row can only be dominated by an earlier row. The skyline of
// the first half is final; the second half's skyline loses the rows the first half dominates, a
// "filter" problem in which coordinate 0 no longer matters (every first-half row has it >=).
class DivideAndConquer {
 public:
  DivideAndConquer(std::span<const std::int64_t> keys, std::size_t d, SkylineBudget& budget)
      : keys_(keys), d_(d), budget_(budget), dominated_(keys.size() / d, false) {}

  std::vector<std::uint32_t> run(std::vector<std::uint32_t> rows) {
    auto kept = skyline(rows);
    return kept;
  }

 private:
  static constexpr std::size_t kLeafRows = 32;
  static constexpr std::size_t kBrutePairs = 256;

  std::int64_t at(std::uint32_t row, std::size_t k) const { return keys_[std::size_t{row} * d_ + k]; }
  bool spend(std::uint64_t work) {
    budget_.used += work;
    return !budget_.exhausted();
  }
  bool dominates_from(std::uint32_t a, std::uint32_t b, std::size_t k) const {
    for (std::size_t c = k; c < d_; ++c)
      if (at(a, c) < at(b, c)) return false;
    return true;
  }

  std::vector<std::uint32_t> skyline(std::span<const std::uint32_t> rows) {
    if (budget_.exhausted()) return {};
    if (rows.size() <= kLeafRows) {
      std::vector<std::uint32_t> kept;
      for (auto row : rows) {
        if (!spend(kept.size() + 1)) return {};
        bool beaten = false;
        for (auto earlier : kept) beaten = beaten || dominates_from(earlier, row, 0);
        if (!beaten) kept.push_back(row);
      }
      return kept;
    }
    const std::size_t half = rows.size() / 2;
    auto high = skyline(rows.first(half));
    auto low = skyline(rows.subspan(half));
    filter(high, low, 1);
    std::erase_if(low, [&](std::uint32_t row) { return dominated_[row]; });
    high.insert(high.end(), low.begin(), low.end());
    return high;
  }

  // Marks the rows of `b` weakly dominated by a row of `a` on coordinates k..d-1 (the caller
  // guarantees a's rows are >= b's rows on the coordinates before k).
  void filter(const std::vector<std::uint32_t>& a, std::vector<std::uint32_t> b, std::size_t k) {
    std::erase_if(b, [&](std::uint32_t row) { return dominated_[row]; });
    if (a.empty() || b.empty() || budget_.exhausted()) return;
    if (k == d_ - 1) {
      if (!spend(a.size() + b.size())) return;
      std::int64_t best = at(a.front(), k);
      for (auto row : a) best = std::max(best, at(row, k));
      for (auto row : b)
        if (best >= at(row, k)) dominated_[row] = true;
      return;
    }
    if (a.size() * b.size() <= kBrutePairs) {
      if (!spend(a.size() * b.size())) return;
      for (auto row : b)
        for (auto other : a)
          if (dominates_from(other, row, k)) {
            dominated_[row] = true;
            break;
          }
      return;
    }
    // Both sets by coordinate k descending, a's rows first among equal values, so a row of `a`
    // that can dominate a row of `b` always comes before it.
    struct Entry {
      std::int64_t value;
      bool from_b;
      std::uint32_t row;
    };
    std::vector<Entry> merged;
    merged.reserve(a.size() + b.size());
    for (auto row : a) merged.push_back({at(row, k), false, row});
    for (auto row : b) merged.push_back({at(row, k), true, row});
    if (!spend(merged.size() * (1 + std::bit_width(merged.size())))) return;
    std::sort(merged.begin(), merged.end(), [](const Entry& x, const Entry& y) {
      if (x.value != y.value) return x.value > y.value;
      if (x.from_b != y.from_b) return !x.from_b;
      return x.row < y.row;
    });
    if (k == d_ - 2) {  // two coordinates left: a sweep with the best last coordinate so far
      bool any = false;
      std::int64_t best = 0;
      for (const auto& e : merged) {
        const auto last = at(e.row, d_ - 1);
        if (!e.from_b) {
          best = any ? std::max(best, last) : last;
          any = true;
        } else if (any && best >= last) {
          dominated_[e.row] = true;
        }
      }
      return;
    }
    const std::size_t half = merged.size() / 2;
    std::vector<std::uint32_t> a_high, b_high, a_low, b_low;
    for (std::size_t i = 0; i < merged.size(); ++i)
      (merged[i].from_b ? (i < half ? b_high : b_low) : (i < half ? a_high : a_low)).push_back(merged[i].row);
    filter(a_high, b_high, k);
    filter(a_low, b_low, k);
    filter(a_high, std::move(b_low), k + 1);  // every a_high row is >= every b_low row on k
  }

  std::span<const std::int64_t> keys_;
  std::size_t d_;
  SkylineBudget& budget_;
  std::vector<bool> dominated_;
};

std::vector<std::uint32_t> filter_nd(std::span<const std::int64_t> keys, std::size_t d,
                                     const std::vector<std::uint32_t>& order, SkylineBudget& budget) {
  // Exact duplicates are adjacent in frontier order, the lowest index first: keep that one.
  std::vector<std::uint32_t> distinct;
  distinct.reserve(order.size());
  for (auto row : order)
    if (distinct.empty() || !std::equal(keys.begin() + std::size_t{row} * d, keys.begin() + (std::size_t{row} + 1) * d,
                                        keys.begin() + std::size_t{distinct.back()} * d))
      distinct.push_back(row);
  budget.used += order.size();
  return DivideAndConquer(keys, d, budget).run(std::move(distinct));
}

}  // namespace

std::vector<std::uint32_t> skyline(std::span<const std::int64_t> keys, std::size_t dimensions, SkylineBudget& budget) {
  if (keys.empty() || dimensions == 0) return {};
  const auto order = frontier_order(keys, dimensions);
  const std::size_t rows = order.size();
  switch (dimensions) {
    case 1: return {order.front()};
    case 2: budget.used += rows; return sweep_2d(keys, order);
    case 3: budget.used += rows; return sweep_3d(keys, order);
    default: return filter_nd(keys, dimensions, order, budget);
  }
}

}  // namespace parley::analysis::detail
