// Internal: the non-dominated rows of a table of exact integer utility keys (utility_keys.hpp).
//
// Data flow: candidate keys (row-major, one row per candidate, `dimensions` columns) ──skyline()──▶
// indices of the surviving rows in frontier order (keys lexicographically descending). A row
// survives unless another row weakly dominates it; among rows with equal keys the lowest row
// index survives, so callers encode their tie-break in the row order. Algorithms: a sort then
// one sweep for 2 columns, a sweep with a staircase map for 3, and for 4 or more the
// divide-and-conquer skyline of Kung, Luccio and Preparata (1975): O(n log^(d-2) n) comparisons
// instead of the O(n · survivors) of checking each row against all survivors.
//
// Budget: the 4+ column algorithm counts its work (key comparisons and elements sorted or swept)
// in `budget` and stops once it exceeds budget.limit; the result is then incomplete and
// budget.exhausted() says so. 2 and 3 columns cost O(n log n) and only record their work.
#pragma once

#include <cstddef>
#include <cstdint>
#include <limits>
#include <span>
#include <vector>

namespace parley::analysis::detail {

struct SkylineBudget {
  std::uint64_t limit = std::numeric_limits<std::uint64_t>::max();
  std::uint64_t used = 0;
  bool exhausted() const { return used > limit; }
};

std::vector<std::uint32_t> skyline(std::span<const std::int64_t> keys, std::size_t dimensions, SkylineBudget& budget);

}  // namespace parley::analysis::detail
