// parley random draws — fully specified, so that one seed means the same run on every
// platform and standard library.
//
// The C++ standard fixes the output sequence of std::mt19937_64 but not the algorithms of
// std::uniform_int_distribution, std::uniform_real_distribution or std::shuffle, which differ
// between libstdc++, libc++ and MSVC. Every random choice in parley goes through these
// functions instead (tests/model/random_test.cpp pins their first draws):
//  * uniform_index(rng, n): an integer in [0, n) without bias — draw x; reject while
//    x < 2^64 mod n; return x mod n.
//  * uniform_unit(rng): a double in [0, 1) — the top 53 bits of one draw times 2^-53.
//  * uniform_real(rng, lo, hi) = lo + (hi − lo)·uniform_unit(rng).
//  * bernoulli(rng, p) = uniform_unit(rng) < p.
//  * shuffle(rng, first, last): Fisher–Yates from the back, swapping element k with
//    element uniform_index(rng, k + 1).
#pragma once

#include <cstdint>
#include <iterator>
#include <random>
#include <utility>

namespace parley {

using RandomEngine = std::mt19937_64;

inline std::uint64_t uniform_index(RandomEngine& rng, std::uint64_t n) {
  if (n <= 1) return 0;
  const std::uint64_t threshold = (0 - n) % n;  // = 2^64 mod n
  std::uint64_t x = rng();
  while (x < threshold) x = rng();
  return x % n;
}

inline double uniform_unit(RandomEngine& rng) { return static_cast<double>(rng() >> 11) * 0x1.0p-53; }

inline double uniform_real(RandomEngine& rng, double lo, double hi) { return lo + (hi - lo) * uniform_unit(rng); }

inline bool bernoulli(RandomEngine& rng, double p) { return uniform_unit(rng) < p; }

template <class RandomIt>
void shuffle(RandomEngine& rng, RandomIt first, RandomIt last) {
  const auto n = static_cast<std::uint64_t>(std::distance(first, last));
  for (std::uint64_t k = n; k-- > 1;) {
    const auto j = uniform_index(rng, k + 1);
    using std::swap;
    swap(first[static_cast<std::ptrdiff_t>(k)], first[static_cast<std::ptrdiff_t>(j)]);
  }
}

}  // namespace parley
