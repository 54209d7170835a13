#include "analysis/near_duplicates.hpp"

#include <algorithm>
#include <numeric>

#include "analysis/skyline.hpp"
#include "parley/model/tolerance.hpp"

namespace parley::analysis::detail {

namespace {

void keep_rows(ParetoFrontier& frontier, const std::vector<bool>& keep) {
  const std::size_t n = frontier.size(), d = frontier.party_count, m = frontier.issue_count;
  std::size_t out = 0;
  for (std::size_t k = 0; k < n; ++k) {
    if (!keep[k]) continue;
    std::copy_n(frontier.utility_table.begin() + k * d, d, frontier.utility_table.begin() + out * d);
    std::copy_n(frontier.outcome_table.begin() + k * m, m, frontier.outcome_table.begin() + out * m);
    ++out;
  }
  frontier.utility_table.resize(out * d);
  frontier.outcome_table.resize(out * m);
}

void drop_rounding_noise(ParetoFrontier& frontier) {
  const std::size_t n = frontier.size(), d = frontier.party_count;
  std::vector<std::int64_t> keys(n * d);
  for (std::size_t k = 0; k < n * d; ++k) keys[k] = tolerance::noise_key(frontier.utility_table[k]);
  SkylineBudget unlimited;  // O(n log^(d-2) n) on points already computed
  std::vector<bool> keep(n, false);
  for (auto row : skyline(keys, d, unlimited)) keep[row] = true;
  keep_rows(frontier, keep);
}

}  // namespace

void merge_near_duplicates(ParetoFrontier& frontier) {
  if (frontier.size() < 2) return;
  drop_rounding_noise(frontier);
  const std::size_t n = frontier.size(), d = frontier.party_count;
  std::vector<std::int64_t> keys(n * d);
  for (std::size_t k = 0; k < n * d; ++k) keys[k] = tolerance::merge_key(frontier.utility_table[k]);
  // Group equal key vectors (sorted by keys, then by frontier position) and keep each group's first.
  std::vector<std::size_t> order(n);
  std::iota(order.begin(), order.end(), std::size_t{0});
  const auto key_less = [&](std::size_t a, std::size_t b) {
    return std::lexicographical_compare(keys.begin() + a * d, keys.begin() + (a + 1) * d, keys.begin() + b * d,
                                        keys.begin() + (b + 1) * d);
  };
  std::sort(order.begin(), order.end(), [&](auto a, auto b) { return key_less(a, b) || (!key_less(b, a) && a < b); });
  std::vector<bool> keep(n, false);
  for (std::size_t k = 0; k < n; ++k)
    keep[order[k]] = k == 0 || key_less(order[k - 1], order[k]);
  keep_rows(frontier, keep);
}

}  // namespace parley::analysis::detail
