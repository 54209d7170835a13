// The inverse-utility index against brute force, in each of its three layouts.
#include <random>

#include <gtest/gtest.h>

#include "parley/analysis/random_scenario.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

std::vector<double> all_utilities(const Scenario& scenario, std::size_t party) {
  std::vector<double> utilities;
  for (std::uint64_t id = 0; id < *scenario.space.cardinality().as_u64(); ++id)
    utilities.push_back(scenario.parties[party].utility(scenario.space.from_id(id)));
  return utilities;
}

TEST(OfferIndex, SortedLayoutFindsTheLowestOutcomeAtOrAboveTheTarget) {
  const auto scenario = test::random_scenario(2, 4, 5, 3);
  const OfferIndex index(scenario.space, scenario.parties[0].utility);
  ASSERT_EQ(index.layout(), OfferIndex::Layout::sorted);
  const auto utilities = all_utilities(scenario, 0);
  Outcome out;
  for (double target = 0; target <= 1.0; target += 0.013) {
    double oracle = *std::max_element(utilities.begin(), utilities.end());
    for (double u : utilities)
      if (u >= target - 1e-12) oracle = std::min(oracle, u);
    EXPECT_DOUBLE_EQ(index.at_least(target, out), oracle);
    EXPECT_DOUBLE_EQ(scenario.parties[0].utility(out), oracle);
  }
  EXPECT_DOUBLE_EQ(index.max_utility(), *std::max_element(utilities.begin(), utilities.end()));
  EXPECT_DOUBLE_EQ(index.min_utility(), *std::min_element(utilities.begin(), utilities.end()));
}

TEST(OfferIndex, AdditiveSearchFindsOutcomesInTheBand) {
  const auto scenario = test::random_scenario(2, 6, 7, 4);
  IndexOptions options;
  options.enumeration_limit = 1000;  // force the search layout on a space we can brute-force
  const OfferIndex index(scenario.space, scenario.parties[1].utility, options);
  ASSERT_EQ(index.layout(), OfferIndex::Layout::additive_search);
  const auto utilities = all_utilities(scenario, 1);
  EXPECT_NEAR(index.max_utility(), *std::max_element(utilities.begin(), utilities.end()), 1e-12);
  EXPECT_NEAR(index.min_utility(), *std::min_element(utilities.begin(), utilities.end()), 1e-12);
  Outcome out;
  std::mt19937_64 rng(5);
  CandidateBuffer buffer(scenario.space.issue_count(), 16);
  for (double target = 0.05; target < index.max_utility(); target += 0.05) {
    const double u = index.at_least(target, out);
    EXPECT_NEAR(scenario.parties[1].utility(out), u, 1e-12);
    EXPECT_GE(u, target - 1e-12);
    // Within the band the search widened to: never more than a few hundredths above the
    // closest outcome the brute force finds.
    double oracle = 2;
    for (double v : utilities)
      if (v >= target - 1e-12) oracle = std::min(oracle, v);
    EXPECT_LE(u - oracle, 0.02) << target;
    index.candidates(target, target + 0.05, buffer);
    std::size_t in_band = 0;  // brute force: the search is complete within its budget here
    for (double v : utilities) in_band += v >= target - 1e-12 && v <= target + 0.05 + 1e-12;
    EXPECT_EQ(buffer.size(), std::min<std::size_t>(in_band, 16)) << target;
    for (std::size_t k = 0; k < buffer.size(); ++k) {
      Outcome candidate;
      buffer.copy_to(k, candidate);
      EXPECT_NEAR(scenario.parties[1].utility(candidate), buffer.utility(k), 1e-12);
      EXPECT_GE(buffer.utility(k), target - 1e-12);
      EXPECT_LE(buffer.utility(k), target + 0.05 + 1e-12);
    }
    const double r = index.random_in(target, target + 0.1, rng, out);
    EXPECT_GE(r, target - 1e-12);
  }
}

TEST(OfferIndex, SampledLayoutForHugeNonAdditiveSpaces) {
  analysis::RandomScenarioSpec spec;
  spec.issues = 12;
  spec.values_per_issue = 10;
  spec.seed = 2;
  const auto scenario = analysis::random_rectangle_scenario(spec);
  IndexOptions options;
  options.sample_size = 5000;
  const OfferIndex index(scenario.space, scenario.parties[0].utility, options);
  ASSERT_EQ(index.layout(), OfferIndex::Layout::sampled);
  Outcome out;
  for (double target : {0.0, 0.2, 0.5, index.max_utility()}) {
    const double u = index.at_least(target, out);
    EXPECT_DOUBLE_EQ(scenario.parties[0].utility(out), u);
    EXPECT_GE(u, std::min(target, index.max_utility()) - 1e-12);
  }
  EXPECT_DOUBLE_EQ(scenario.parties[0].utility(index.best()), index.max_utility());
}

}  // namespace
}  // namespace parley::negotiation
