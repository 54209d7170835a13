// Internal: the tie policy of the analysis module in one place.
//
// Utilities are compared as integer keys round(u / resolution): two utilities closer than the
// resolution (1e-9 by default) are equal, and dominance on keys is exact and transitive, so
// every algorithm (merge, search, skyline, tests' oracles) agrees on what a tie is.
#pragma once

#include <cmath>
#include <cstdint>
#include <span>

namespace parley::analysis::detail {

class KeyScale {
 public:
  explicit KeyScale(double resolution) : inverse_(1.0 / resolution) {}
  std::int64_t operator()(double utility) const { return std::llround(utility * inverse_); }

 private:
  double inverse_;
};

// a weakly dominates b: a_i >= b_i for every coordinate (equal keys included).
inline bool weakly_dominates(std::span<const std::int64_t> a, std::span<const std::int64_t> b) {
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] < b[i]) return false;
  return true;
}

}  // namespace parley::analysis::detail
