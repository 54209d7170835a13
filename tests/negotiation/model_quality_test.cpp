// Opponent-model quality (Baarslag et al.): a model equal to the truth has Pearson 1 and
// ranking distance 0; its mirror image has Pearson −1 and conflicts on every pair of outcomes
// of different utility (counted here from the tie groups, independently of the pair loop);
// HardHeaded's frequency model fed an opponent's offers correlates positively; huge spaces are
// sampled.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/model_quality.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

class Exact final : public OpponentModel {
 public:
  Exact(const OutcomeSpace& space, const UtilityFunction& truth, double sign) : space_(&space), truth_(&truth), sign_(sign) {}
  void begin(const OutcomeSpace&) override {}
  void observe(const Outcome&, double) override {}
  double predict(const std::uint32_t* values) const override {
    return sign_ * truth_->utility(Outcome(values, values + space_->issue_count()));
  }

 private:
  const OutcomeSpace* space_;
  const UtilityFunction* truth_;
  double sign_;
};

TEST(ModelQuality, ExactAndMirroredModels) {
  const auto scenario = test::buyer_seller();
  const auto& truth = scenario.parties[1].utility;
  const auto exact = model_quality(scenario.space, truth, Exact(scenario.space, truth, 1));
  EXPECT_EQ(exact.outcomes, 20u);
  EXPECT_FALSE(exact.sampled);
  EXPECT_NEAR(exact.pearson, 1, 1e-12);
  EXPECT_EQ(exact.ranking_distance, 0);
  const auto mirrored = model_quality(scenario.space, truth, Exact(scenario.space, truth, -1));
  EXPECT_NEAR(mirrored.pearson, -1, 1e-12);
  // Ordered pairs of different utility: n² minus the squares of the tie groups' sizes.
  std::map<long long, int> groups;
  for (std::uint32_t p = 0; p < 5; ++p)
    for (std::uint32_t d = 0; d < 4; ++d) ++groups[std::llround(truth.utility(Outcome{p, d}) * 1e9)];
  double tied = 0;
  for (const auto& [u, size] : groups) tied += static_cast<double>(size) * size;
  EXPECT_NEAR(mirrored.ranking_distance, (400 - tied) / 400, 1e-12);
}

TEST(ModelQuality, FrequencyModelLearnsFromTheOpponentsOffers) {
  // The opponent (party 1) offers its best outcomes; the model's estimate then ranks the
  // space far better than chance (Pearson > 0, ranking distance below a coin flip's 0.5).
  const PreparedScenario prepared(test::random_scenario(2, 3, 5, 7));
  const auto& truth = prepared.scenario().parties[1].utility;
  auto model = make_opponent_model("frequency");
  model->begin(prepared.scenario().space);
  const auto& index = prepared.index(1);
  Outcome offer(prepared.scenario().space.issue_count());
  double u = index.max_utility();
  for (int k = 0; k < 30 && u >= 0; ++k) {
    index.at_least(u, offer);
    model->observe(offer, k / 30.0);
    u = index.next_below(u, offer);
  }
  const auto quality = model_quality(prepared.scenario().space, truth, *model);
  EXPECT_GT(quality.pearson, 0.3);
  EXPECT_LT(quality.ranking_distance, 0.4);
}

TEST(ModelQuality, HugeSpacesAreSampled) {
  const auto scenario = test::random_scenario(2, 10, 10, 9);  // 10^10 outcomes
  const auto& truth = scenario.parties[0].utility;
  const auto quality = model_quality(scenario.space, truth, Exact(scenario.space, truth, 1), 500, 3);
  EXPECT_TRUE(quality.sampled);
  EXPECT_EQ(quality.outcomes, 500u);
  EXPECT_NEAR(quality.pearson, 1, 1e-12);
  EXPECT_EQ(quality.ranking_distance, 0);
}

}  // namespace
}  // namespace parley::negotiation
