// Internal: exact comparison keys for the analysis algorithms (the tolerance policy's "dominance
// is exact", parley/model/tolerance.hpp).
//
// exact_key(u) is the double's bit pattern read as an integer and made monotone for negative
// values: a < b exactly iff exact_key(a) < exact_key(b) (and 0.0, -0.0 share key 0). Comparing
// keys is comparing the doubles themselves, with no rounding: an outcome better for a party by
// one unit in the last place is kept. The merge compares double sums taken in issue order —
// the very utilities UtilityFunction reports — and IEEE addition is monotone (a ≥ b implies
// a + c ≥ b + c), so a prefix dominated at one stage stays dominated after every later issue.
// Near-duplicates (within the tolerance) are merged once at the end with tolerance::merge_key.
// Keys are for comparing only: they are not additive.
#pragma once

#include <bit>
#include <cstdint>
#include <limits>
#include <span>

namespace parley::analysis::detail {

inline std::int64_t exact_key(double utility) {
  if (utility == 0) return 0;
  const auto bits = std::bit_cast<std::int64_t>(utility);
  return bits >= 0 ? bits : bits ^ std::numeric_limits<std::int64_t>::max();
}

// a weakly dominates b: a_i >= b_i for every coordinate (equal keys included).
inline bool weakly_dominates(std::span<const std::int64_t> a, std::span<const std::int64_t> b) {
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] < b[i]) return false;
  return true;
}

}  // namespace parley::analysis::detail
