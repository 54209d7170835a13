// The GENIUS ranked sample (ranked_sample.hpp): the worst and best outcome at the ends, the
// rest distinct, sorted by utility, the requested size, and the same bids for the same seed.
#include <set>

#include <gtest/gtest.h>

#include "parley/elicitation/ranked_sample.hpp"

namespace parley::elicitation {
namespace {

OutcomeSpace space_of(std::size_t issues, std::size_t values) {
  std::vector<Issue> list;
  for (std::size_t i = 0; i < issues; ++i) list.push_back(Issue::integer_range("i" + std::to_string(i), 0,
                                                                               static_cast<std::int64_t>(values) - 1));
  return OutcomeSpace(list);
}

AdditiveUtility linear_utility(const OutcomeSpace& space) {
  AdditiveUtility u;
  for (std::size_t i = 0; i < space.issue_count(); ++i) {
    u.weights.push_back(static_cast<double>(i + 1));
    std::vector<double> e;
    for (std::size_t k = 0; k < space.issue(i).size(); ++k)
      e.push_back(static_cast<double>(k) / static_cast<double>(space.issue(i).size() - 1));
    u.evaluations.push_back(e);
  }
  double total = 0;
  for (double w : u.weights) total += w;
  for (double& w : u.weights) w /= total;
  return u;
}

void expect_genius_rule(const OutcomeSpace& space, const UtilityFunction& u, const std::vector<Outcome>& ranking,
                        std::size_t size) {
  ASSERT_EQ(ranking.size(), size);
  std::set<Outcome> distinct(ranking.begin(), ranking.end());
  EXPECT_EQ(distinct.size(), size);
  EXPECT_EQ(ranking.front(), Outcome(space.issue_count(), 0));  // the worst outcome
  EXPECT_EQ(ranking.back(), Outcome(space.issue_count(), static_cast<std::uint32_t>(space.issue(0).size() - 1)));
  for (std::size_t k = 1; k < ranking.size(); ++k) EXPECT_LE(u(ranking[k - 1]), u(ranking[k]));
}

TEST(RankedSample, SmallSpaceByShuffle) {
  const auto space = space_of(3, 5);
  const UtilityFunction u(linear_utility(space));
  const auto ranking = genius_ranked_sample(space, u, 20, genius_fixed_seed);
  expect_genius_rule(space, u, ranking, 20);
  EXPECT_EQ(ranking, genius_ranked_sample(space, u, 20, genius_fixed_seed));
  EXPECT_NE(ranking, genius_ranked_sample(space, u, 20, 315));
}

TEST(RankedSample, LargeSpaceByRejection) {
  const auto space = space_of(12, 10);  // 10^12 outcomes
  const UtilityFunction u(linear_utility(space));
  const auto ranking = genius_ranked_sample(space, u, 50, 7);
  expect_genius_rule(space, u, ranking, 50);
  EXPECT_EQ(ranking, genius_ranked_sample(space, u, 50, 7));
}

TEST(RankedSample, TwoOrFewerBidsAreTheExtremesAndTooManyAreAll) {
  const auto space = space_of(2, 3);
  const UtilityFunction u(linear_utility(space));
  expect_genius_rule(space, u, genius_ranked_sample(space, u, 1, 1), 2);
  expect_genius_rule(space, u, genius_ranked_sample(space, u, 100, 1), 9);
}

TEST(RankedSample, FixedSeedIsGeniusSeed) {
  UserModel model;
  EXPECT_EQ(ranking_seed(model, 99), 314u);
  model.fixed_seed = false;
  EXPECT_EQ(ranking_seed(model, 99), 99u);
}

}  // namespace
}  // namespace parley::elicitation
