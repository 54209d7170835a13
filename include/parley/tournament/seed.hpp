// parley::tournament seeds — every random stream of a tournament from its one seed.
//
// Data flow: tournament seed ──session_seed(seed, index)──▶ the seed of session `index`
//            tournament seed ──stream_seed(seed, stream)──▶ auxiliary streams (assignment samples).
// Both are outputs of SplitMix64 (Steele, Lea and Flood 2014) at a computed position, so any
// session's seed is known without generating the ones before it: the same session gets the
// same seed whatever thread or MPI rank runs it and whether or not the run was resumed.
#pragma once

#include <cstdint>

namespace parley::tournament {

// The SplitMix64 finaliser: a bijective 64-bit mix.
constexpr std::uint64_t splitmix64_mix(std::uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
  return z ^ (z >> 31);
}

// Output number k (0-based) of the SplitMix64 generator started at `state`.
constexpr std::uint64_t splitmix64_at(std::uint64_t state, std::uint64_t k) {
  return splitmix64_mix(state + (k + 1) * 0x9E3779B97F4A7C15ULL);
}

// Seed of session `index` (the session's position in the tournament's fixed order).
constexpr std::uint64_t session_seed(std::uint64_t tournament_seed, std::uint64_t index) {
  return splitmix64_at(tournament_seed, index);
}

// Seed of an auxiliary stream, independent of the session seeds (a different start state).
constexpr std::uint64_t stream_seed(std::uint64_t tournament_seed, std::uint64_t stream) {
  return splitmix64_at(splitmix64_mix(tournament_seed ^ 0x746F75726EULL), stream);
}

}  // namespace parley::tournament
