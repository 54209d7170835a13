// The CUHK and Smith frequency models: checked against hand computations, CUHK's bounded
// history, learning from a fixed Boulware opponent over a whole session (the session runner's
// model-quality measures: Pearson correlation and ranking distance against the opponent's true
// utility), and an opponent that never varies one issue.
#include <gtest/gtest.h>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/session.hpp"
#include "session_fixtures.hpp"

namespace parley::negotiation {
namespace {

// price 1..3 and colour red/green/blue.
OutcomeSpace small_space() {
  return OutcomeSpace({Issue::integer_range("price", 1, 3),
                       Issue::with_labels("colour", IssueKind::categorical, {"red", "green", "blue"})});
}

double predict(const OpponentModel& model, std::initializer_list<std::uint32_t> values) {
  const std::vector<std::uint32_t> v(values);
  return model.predict(v.data());
}

std::unique_ptr<OpponentModel> fed(const char* spec, const std::vector<Outcome>& offers) {
  auto model = make_opponent_model(spec);
  model->begin(small_space());
  for (std::size_t k = 0; k < offers.size(); ++k) model->observe(offers[k], static_cast<double>(k) / 10);
  return model;
}

TEST(CuhkFrequencyModel, CountsOverTheSumOfEachIssuesHighestCount) {
  // price: 0 ×2, 1 ×1; colour: 1 ×2, 2 ×1 → highest counts 2 + 2 = 4.
  const auto model = fed("cuhk-frequency", {{0, 1}, {0, 2}, {1, 1}});
  EXPECT_DOUBLE_EQ(predict(*model, {0, 1}), 4.0 / 4);
  EXPECT_DOUBLE_EQ(predict(*model, {1, 2}), 2.0 / 4);
  EXPECT_DOUBLE_EQ(predict(*model, {2, 0}), 0.0);
  EXPECT_DOUBLE_EQ(predict(*make_opponent_model("cuhk-frequency"), {0, 0}), 0.0);
}

TEST(CuhkFrequencyModel, StopsLearningAfterItsHistoryIsFull) {
  // stored=2: a, b and the repeat of a count; c is a third different offer, so it and
  // everything after it (even a) are ignored.
  const Outcome a{0, 0}, b{1, 1}, c{2, 2};
  auto model = make_opponent_model("cuhk-frequency:stored=2");
  model->begin(small_space());
  for (const auto& offer : {a, b, a, c, a, a}) model->observe(offer, 0.5);
  // price: 0 ×2, 1 ×1; colour: 0 ×2, 1 ×1 → highest 2 + 2.
  EXPECT_DOUBLE_EQ(predict(*model, {0, 0}), 1.0);
  EXPECT_DOUBLE_EQ(predict(*model, {1, 1}), 0.5);
  EXPECT_DOUBLE_EQ(predict(*model, {2, 2}), 0.0);
}

TEST(SmithFrequencyModel, ValueSharesWeightedByTheMostOfferedValuesShare) {
  // n = 4 offers. price: 0 ×4 (highest 4); colour: 1 ×2, 2 ×1, 0 ×1 (highest 2).
  // w_price = 4/6, w_colour = 2/6; u = w_price · c_price/4 + w_colour · c_colour/4.
  const auto model = fed("smith-frequency", {{0, 1}, {0, 2}, {0, 1}, {0, 0}});
  EXPECT_DOUBLE_EQ(predict(*model, {0, 1}), 4.0 / 6 * 4 / 4 + 2.0 / 6 * 2 / 4);
  EXPECT_DOUBLE_EQ(predict(*model, {0, 2}), 4.0 / 6 + 2.0 / 6 * 1 / 4);
  EXPECT_DOUBLE_EQ(predict(*model, {1, 1}), 2.0 / 6 * 2 / 4);
  // The issue the opponent never varies dominates: any outcome keeping its price beats every
  // outcome changing it.
  EXPECT_GT(predict(*model, {0, 0}), predict(*model, {1, 1}));
  EXPECT_DOUBLE_EQ(predict(*make_opponent_model("smith-frequency"), {0, 0}), 0.0);
}

// Party 1 concedes as a Boulware agent; party 0 is a BOA agent with the model under test. The
// session runner measures the model against party 1's true utility at t = 0.1 and at the end.
ModelQualityMeasure early_and_final(const char* model, ModelQuality& final_quality) {
  const PreparedScenario prepared(test::random_scenario(2, 4, 5, 21));  // 625 outcomes
  SessionConfig config;
  config.rounds = 200;
  config.model_quality.enabled = true;
  config.model_quality.times = {0.1};
  const std::string learner = std::string("boa:offer=timedep(e=0.05),accept=never,model=") + model;
  const auto result = run_session(prepared, {learner, "boa:offer=timedep(e=0.2),accept=never"}, config);
  EXPECT_EQ(result.opponent_models.size(), 1u);
  if (result.opponent_models.empty()) return {};
  const auto& measures = result.opponent_models[0].measures;
  EXPECT_EQ(measures.size(), 2u);
  EXPECT_EQ(result.opponent_models[0].opponent, 1u);
  final_quality = measures.back().quality;
  return measures.front();
}

TEST(FrequencyModels, LearnAFixedBoulwareOpponentOverTheSession) {
  for (const char* model : {"cuhk-frequency", "smith-frequency"}) {
    SCOPED_TRACE(model);
    ModelQuality end;
    const auto early = early_and_final(model, end);
    EXPECT_EQ(end.outcomes, 625u);
    // Well above chance (Pearson 0, ranking distance about 0.5) by the end.
    EXPECT_GT(end.pearson, 0.5);
    EXPECT_LT(end.ranking_distance, 0.35);
    EXPECT_GT(end.pearson, early.quality.pearson - 0.05);
  }
}

}  // namespace
}  // namespace parley::negotiation
