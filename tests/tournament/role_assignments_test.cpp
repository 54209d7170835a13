// Role assignments against a brute-force oracle: every tuple over all agents, filtered.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "parley/tournament/role_assignments.hpp"

namespace parley::tournament {
namespace {

using Tuple = std::vector<std::uint32_t>;

// Every tuple of agent indices (odometer over agents + opponents), kept when valid.
std::vector<Tuple> brute_force(const RoleAssignmentRequest& r) {
  const std::uint32_t everyone = static_cast<std::uint32_t>(r.agents + r.opponents);
  std::vector<Tuple> valid;
  Tuple tuple(r.sides, 0);
  for (;;) {
    const auto agents_in = std::count_if(tuple.begin(), tuple.end(), [&](auto v) { return v < r.agents; });
    const bool distinct = std::set<std::uint32_t>(tuple.begin(), tuple.end()).size() == tuple.size();
    const bool shape = r.opponents == 0 ? agents_in == static_cast<long>(r.sides) : agents_in == 1;
    if (shape && (distinct || r.self_play)) valid.push_back(tuple);
    std::size_t k = r.sides;
    while (k > 0 && ++tuple[k - 1] == everyone) tuple[--k] = 0;
    if (k == 0) break;
  }
  return valid;  // odometer order is lexicographic
}

TEST(RoleAssignments, EnumerationMatchesBruteForce) {
  for (std::size_t agents = 1; agents <= 4; ++agents)
    for (std::size_t opponents = 0; opponents <= 3; ++opponents)
      for (std::size_t sides = 2; sides <= 4; ++sides)
        for (bool self_play : {false, true}) {
          const RoleAssignmentRequest request{agents, opponents, sides, self_play, 1'000'000, 1};
          const auto expected = brute_force(request);
          const auto got = role_assignments(request);
          EXPECT_EQ(got.total, expected.size()) << agents << "/" << opponents << "/" << sides << "/" << self_play;
          EXPECT_EQ(got.tuples, expected) << agents << "/" << opponents << "/" << sides << "/" << self_play;
        }
}

TEST(RoleAssignments, BilateralRoundRobinHasEveryOrderedPair) {
  const auto got = role_assignments({3, 0, 2, false, 1000, 1});
  const std::vector<Tuple> expected{{0, 1}, {0, 2}, {1, 0}, {1, 2}, {2, 0}, {2, 1}};
  EXPECT_EQ(got.tuples, expected);
}

TEST(RoleAssignments, OpponentsFillEverySideButTheAgents) {
  // 8 agents against one opponent in both roles: 16 pairings (the benchmark's shape).
  const auto got = role_assignments({8, 1, 2, false, 1000, 1});
  EXPECT_EQ(got.tuples.size(), 16u);
  for (const auto& tuple : got.tuples) EXPECT_TRUE((tuple[0] == 8) != (tuple[1] == 8));
}

void expect_valid_sample(const RoleAssignmentRequest& request) {
  const auto all = brute_force(request);
  const std::set<Tuple> universe(all.begin(), all.end());
  const auto sample = role_assignments(request);
  EXPECT_EQ(sample.total, all.size());
  ASSERT_EQ(sample.tuples.size(), request.limit);
  EXPECT_TRUE(std::is_sorted(sample.tuples.begin(), sample.tuples.end()));
  EXPECT_EQ(std::set<Tuple>(sample.tuples.begin(), sample.tuples.end()).size(), sample.tuples.size());
  for (const auto& tuple : sample.tuples) EXPECT_TRUE(universe.count(tuple)) << "invalid sampled tuple";
  EXPECT_EQ(role_assignments(request).tuples, sample.tuples) << "same seed, same sample";
  auto other = request;
  other.seed += 1;
  EXPECT_NE(role_assignments(other).tuples, sample.tuples) << "another seed, another sample";
}

TEST(RoleAssignments, SamplesAreDistinctValidAndSeeded) {
  expect_valid_sample({6, 0, 4, false, 50, 11});  // 360 permutations
  expect_valid_sample({3, 4, 3, true, 20, 5});    // with opponents and self-play
}

TEST(RoleAssignments, HugeSpacesAreSampledWithoutEnumeration) {
  const RoleAssignmentRequest request{20, 0, 9, false, 200, 3};  // 20!/11! ≈ 6e10 tuples
  const auto sample = role_assignments(request);
  EXPECT_EQ(sample.total, 60949324800ULL);
  ASSERT_EQ(sample.tuples.size(), 200u);
  for (const auto& tuple : sample.tuples)
    EXPECT_EQ(std::set<std::uint32_t>(tuple.begin(), tuple.end()).size(), 9u);
}

TEST(RoleAssignments, TooFewAgentsGiveNone) {
  EXPECT_EQ(role_assignments({2, 0, 3, false, 1000, 1}).tuples.size(), 0u);
  EXPECT_EQ(role_assignments({2, 0, 3, true, 1000, 1}).tuples.size(), 8u);
  EXPECT_EQ(role_assignments({1, 1, 3, false, 1000, 1}).tuples.size(), 0u);
}

}  // namespace
}  // namespace parley::tournament
