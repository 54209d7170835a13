// Session seeds: SplitMix64 reference outputs, random access equals sequential generation.
#include <gtest/gtest.h>

#include "parley/tournament/seed.hpp"

namespace parley::tournament {
namespace {

// Sequential SplitMix64 as in Vigna's reference splitmix64.c (state += golden gamma; mix).
struct SequentialSplitMix {
  std::uint64_t state;
  std::uint64_t next() {
    state += 0x9E3779B97F4A7C15ULL;
    return splitmix64_mix(state);
  }
};

TEST(Seed, MatchesPublishedSplitMix64Outputs) {
  // First outputs of the reference generator seeded with 1234567.
  EXPECT_EQ(splitmix64_at(1234567, 0), 6457827717110365317ULL);
  EXPECT_EQ(splitmix64_at(1234567, 1), 3203168211198807973ULL);
  EXPECT_EQ(splitmix64_at(1234567, 2), 9817491932198370423ULL);
}

TEST(Seed, RandomAccessEqualsSequentialGeneration) {
  for (std::uint64_t seed : {0ULL, 1ULL, 42ULL, 0xFFFFFFFFFFFFFFFFULL}) {
    SequentialSplitMix generator{seed};
    for (std::uint64_t k = 0; k < 1000; ++k) ASSERT_EQ(session_seed(seed, k), generator.next()) << seed << " " << k;
  }
}

TEST(Seed, StreamsDifferFromSessionSeeds) {
  for (std::uint64_t k = 0; k < 100; ++k) EXPECT_NE(stream_seed(7, k), session_seed(7, k));
  EXPECT_NE(session_seed(1, 0), session_seed(2, 0));
}

}  // namespace
}  // namespace parley::tournament
