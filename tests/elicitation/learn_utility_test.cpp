// Learning additive utilities from comparisons (learn_utility.hpp).
//  * Exact recovery: a complete ranking with its indifferences, of a utility whose distinct
//    levels are evenly spaced, pins every part-worth (see the comment in the test), so the LP
//    must return the true weights and evaluations to 1e-9.
//  * A complete strict ranking of a random utility: the estimate orders every outcome as the
//    truth does (Kendall τ = 1) and violates no statement.
//  * The counting baseline against a hand computation; inconsistent statements are counted.
#include <algorithm>
#include <random>

#include <gtest/gtest.h>

#include "parley/elicitation/fit.hpp"
#include "parley/elicitation/learn_utility.hpp"

namespace parley::elicitation {
namespace {

// Consecutive pairs of all outcomes sorted by `utility`: strict, or indifferent when equal.
std::vector<OutcomeComparison> complete_ranking(const OutcomeSpace& space, const AdditiveUtility& utility) {
  std::vector<Outcome> outcomes;
  for (std::uint64_t id = 0; id < *space.cardinality().as_u64(); ++id) outcomes.push_back(space.from_id(id));
  std::stable_sort(outcomes.begin(), outcomes.end(),
                   [&](const Outcome& a, const Outcome& b) { return utility.utility(a) < utility.utility(b); });
  std::vector<OutcomeComparison> statements;
  for (std::size_t k = 1; k < outcomes.size(); ++k) {
    const bool tie = std::abs(utility.utility(outcomes[k]) - utility.utility(outcomes[k - 1])) < 1e-12;
    statements.push_back({outcomes[k], outcomes[k - 1], tie});
  }
  return statements;
}

OutcomeSpace labelled_space(const std::vector<std::size_t>& sizes) {
  std::vector<Issue> issues;
  for (std::size_t i = 0; i < sizes.size(); ++i) {
    std::vector<std::string> labels;
    for (std::size_t k = 0; k < sizes[i]; ++k) labels.push_back("v" + std::to_string(k));
    issues.push_back(Issue::with_labels("issue" + std::to_string(i), IssueKind::categorical, labels));
  }
  return OutcomeSpace(issues);
}

TEST(LearnUtility, RecoversKnownWeightsExactlyFromACompleteRanking) {
  // Contributions in units of 1/8: issue 0 {0, 2, 4} (weight 1/2), issue 1 {2, 0} (weight 1/4,
  // best value listed first), issue 2 {0, 2, 1} (weight 1/4). Every level 0..8 occurs, so the
  // ranking is a chain of 8 strict steps between the worst and best outcome: with the scale
  // sum of caps = 1 the largest smallest margin is 1/8, reached only when every step is exactly
  // 1/8, which fixes every outcome's utility and so every part-worth.
  const auto space = labelled_space({3, 2, 3});
  const AdditiveUtility truth{{0.5, 0.25, 0.25}, {{0.0, 0.5, 1.0}, {1.0, 0.0}, {0.0, 1.0, 0.5}}};
  LearnOptions exact;
  exact.tie_tolerance = 0;  // the true ties are exact
  const auto learned = learn_utility(space, complete_ranking(space, truth), exact);
  EXPECT_EQ(learned.violated, 0u);
  EXPECT_TRUE(learned.set_aside.empty());
  EXPECT_NEAR(learned.margin, 0.125, 1e-9);
  for (std::size_t i = 0; i < 3; ++i) {
    EXPECT_NEAR(learned.utility.weights[i], truth.weights[i], 1e-9) << "issue " << i;
    for (std::size_t k = 0; k < truth.evaluations[i].size(); ++k)
      EXPECT_NEAR(learned.utility.evaluations[i][k], truth.evaluations[i][k], 1e-9) << "issue " << i << " value " << k;
  }
}

TEST(LearnUtility, CompleteStrictRankingOrdersEveryOutcomeAsTheTruth) {
  const auto space = labelled_space({4, 3, 3, 2});
  std::mt19937_64 random(11);
  std::uniform_real_distribution<double> unit(0.0, 1.0);
  AdditiveUtility truth;
  double total = 0;
  for (const auto& issue : space.issues()) {
    truth.weights.push_back(unit(random));
    total += truth.weights.back();
    std::vector<double> evaluations;
    for (std::size_t k = 0; k < issue.size(); ++k) evaluations.push_back(unit(random));
    const double top = *std::max_element(evaluations.begin(), evaluations.end());
    for (auto& e : evaluations) e /= top;
    truth.evaluations.push_back(evaluations);
  }
  for (auto& w : truth.weights) w /= total;
  const auto statements = complete_ranking(space, truth);
  for (const auto& s : statements) ASSERT_FALSE(s.indifferent);  // random reals: no ties
  const auto learned = learn_utility(space, statements);
  EXPECT_EQ(learned.violated, 0u);
  EXPECT_GT(learned.margin, 0.0);
  const auto fit = rank_fit(space, truth, learned.utility);
  EXPECT_FALSE(fit.sampled);
  EXPECT_EQ(fit.outcomes, 72u);
  EXPECT_DOUBLE_EQ(fit.kendall, 1.0);
  EXPECT_DOUBLE_EQ(fit.spearman, 1.0);
}

TEST(LearnUtility, InconsistentStatementsAreCountedNotHidden) {
  const auto space = labelled_space({2, 2});
  // a > b, said twice, and b > a cannot all hold: the least violation drops b > a, and the
  // others still get a positive margin.
  const Outcome a{1, 0}, b{0, 1};
  const std::vector<OutcomeComparison> statements{{a, b, false}, {b, a, false}, {a, b, false}};
  const auto learned = learn_utility(space, statements);
  EXPECT_EQ(learned.violated, 1u);
  EXPECT_EQ(learned.set_aside, std::vector<std::size_t>{1});
  EXPECT_EQ(learned.statements, 3u);
  EXPECT_GT(learned.margin, 0.1);
  EXPECT_GT(learned.utility.utility(a), learned.utility.utility(b));
}

TEST(LearnUtility, NoStatementsGiveEqualWeights) {
  const auto learned = learn_utility(labelled_space({2, 3}), {});
  EXPECT_DOUBLE_EQ(learned.utility.weights[0], 0.5);
  EXPECT_DOUBLE_EQ(learned.utility.weights[1], 0.5);
}

TEST(CountUtility, MeanRankOfTheBidsHoldingEachValue) {
  const auto space = labelled_space({2, 3});
  // Ranking worst first, scores 0, 1/3, 2/3, 1.
  const std::vector<Outcome> ranking{{0, 0}, {0, 1}, {1, 0}, {1, 2}};
  const auto utility = count_utility(space, ranking);
  // issue 0: v0 in bids 0,1 → 1/6; v1 in bids 2,3 → 5/6; spread 2/3.
  // issue 1: v0 in bids 0,2 → 1/3; v1 in bid 1 → 1/3; v2 in bid 3 → 1; spread 2/3.
  EXPECT_NEAR(utility.weights[0], 0.5, 1e-12);
  EXPECT_NEAR(utility.weights[1], 0.5, 1e-12);
  EXPECT_NEAR(utility.evaluations[0][0], 0.0, 1e-12);
  EXPECT_NEAR(utility.evaluations[0][1], 1.0, 1e-12);
  EXPECT_NEAR(utility.evaluations[1][0], 0.0, 1e-12);
  EXPECT_NEAR(utility.evaluations[1][1], 0.0, 1e-12);
  EXPECT_NEAR(utility.evaluations[1][2], 1.0, 1e-12);
}

}  // namespace
}  // namespace parley::elicitation
