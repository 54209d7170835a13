// parley's portable random draws. The pinned values were computed with an independent Python
// implementation of mt19937_64 and of the algorithms stated in random.hpp (that implementation
// reproduces the standard's check value below), so a change of algorithm or a platform whose
// engine differs fails here.
#include <numeric>
#include <vector>

#include <gtest/gtest.h>

#include "parley/model/random.hpp"

namespace parley {
namespace {

TEST(Random, EngineIsTheStandardsMt19937_64) {
  RandomEngine rng;  // default seed 5489
  rng.discard(9999);
  EXPECT_EQ(rng(), 9981545732273789042ULL);  // [rand.predef]: the 10000th output
}

TEST(Random, UniformIndexDrawsArePinned) {
  RandomEngine a(42);
  std::vector<std::uint64_t> tens;
  for (int k = 0; k < 6; ++k) tens.push_back(uniform_index(a, 10));
  EXPECT_EQ(tens, (std::vector<std::uint64_t>{6, 4, 0, 2, 1, 8}));
  RandomEngine b(42);
  std::vector<std::uint64_t> threes;
  for (int k = 0; k < 6; ++k) threes.push_back(uniform_index(b, 3));
  EXPECT_EQ(threes, (std::vector<std::uint64_t>{0, 2, 1, 0, 2, 2}));
  // n = 2^63 + 1 rejects about half the raw draws: the rejection path is exercised.
  RandomEngine c(3);
  std::vector<std::uint64_t> big;
  for (int k = 0; k < 4; ++k) big.push_back(uniform_index(c, (1ULL << 63) + 1));
  EXPECT_EQ(big, (std::vector<std::uint64_t>{1084041170817055658ULL, 1664657641377715666ULL, 1103034804049852292ULL,
                                             4376380862814081110ULL}));
  RandomEngine d(1);
  EXPECT_EQ(uniform_index(d, 1), 0u);
  EXPECT_EQ(uniform_index(d, 0), 0u);
}

TEST(Random, UniformUnitAndShuffleArePinned) {
  RandomEngine rng(7);
  EXPECT_DOUBLE_EQ(uniform_unit(rng), 0.754385304152858);
  EXPECT_DOUBLE_EQ(uniform_unit(rng), 0.9493012028926442);
  EXPECT_DOUBLE_EQ(uniform_unit(rng), 0.11741428103451801);
  RandomEngine again(7);
  EXPECT_DOUBLE_EQ(uniform_real(again, 2.0, 4.0), 2.0 + 2.0 * 0.754385304152858);
  RandomEngine s(7);
  std::vector<int> v(6);
  std::iota(v.begin(), v.end(), 0);
  shuffle(s, v.begin(), v.end());
  EXPECT_EQ(v, (std::vector<int>{5, 1, 4, 2, 0, 3}));
}

TEST(Random, UniformIndexIsUnbiasedOnSmallRanges) {
  RandomEngine rng(9);
  std::vector<int> counts(7, 0);
  const int draws = 70'000;
  for (int k = 0; k < draws; ++k) ++counts[uniform_index(rng, 7)];
  for (int c : counts) EXPECT_NEAR(c, draws / 7, 400);  // about 4.4 standard deviations
}

}  // namespace
}  // namespace parley
