// Internal: the non-dominated rows of a table of integer utility keys (see utility_keys.hpp).
//
// Data flow: candidate keys (row-major, one row per candidate, `dimensions` columns) ──skyline()──▶
// indices of the surviving rows in frontier order (keys lexicographically descending). Among
// rows with equal keys the lowest row index survives, so callers encode their tie-break in the
// row order. Algorithms: a sort then one sweep for 2 columns, a sweep with a staircase map for
// 3, sort-filter-skyline (each row checked against the survivors so far) for more.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

namespace parley::analysis::detail {

std::vector<std::uint32_t> skyline(std::span<const std::int64_t> keys, std::size_t dimensions);

}  // namespace parley::analysis::detail
