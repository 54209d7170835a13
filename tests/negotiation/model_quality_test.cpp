// Opponent-model quality (Baarslag et al.): a model equal to the truth has Pearson 1 and
// ranking distance 0; its mirror image has Pearson −1 and conflicts on every pair of outcomes
// of different utility (counted here from the tie groups, independently of the pair loop);
// HardHeaded's frequency model fed an opponent's offers correlates positively; huge spaces are
// sampled.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include <nlohmann/json.hpp>

#include "parley/negotiation/agent_spec.hpp"
#include "parley/negotiation/model_quality.hpp"
#include "parley/negotiation/offer_index.hpp"
#include "parley/negotiation/session.hpp"
#include "parley/negotiation/session_json.hpp"
#include "parley/model/error.hpp"
#include "parley/model/random.hpp"
#include "parley/model/tolerance.hpp"
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


// A model that predicts a fixed value per outcome id, to compare the counted ranking distance
// with the pair-by-pair definition on values with many ties and near-ties.
class Table final : public OpponentModel {
 public:
  Table(const OutcomeSpace& space, std::vector<double> values) : space_(&space), values_(std::move(values)) {}
  void begin(const OutcomeSpace&) override {}
  void observe(const Outcome&, double) override {}
  double predict(const std::uint32_t* values) const override {
    return values_[space_->to_id(Outcome(values, values + space_->issue_count()))];
  }

 private:
  const OutcomeSpace* space_;
  std::vector<double> values_;
};

TEST(ModelQuality, RankingDistanceEqualsThePairByPairCount) {
  const auto scenario = test::random_scenario(2, 3, 6, 11);  // 216 outcomes
  const auto& space = scenario.space;
  const auto& truth = scenario.parties[0].utility;
  RandomEngine rng(5);
  std::vector<double> values(216);
  // Coarse values (many exact ties) and some within the tolerance of each other.
  for (auto& v : values) v = static_cast<double>(uniform_index(rng, 7)) / 7 + (uniform_index(rng, 2) ? 4e-10 : 0);
  const Table model(space, values);
  std::uint64_t conflicts = 0;
  for (std::uint64_t a = 0; a < 216; ++a)
    for (std::uint64_t b = 0; b < 216; ++b) {
      const double ra = truth.utility(space.from_id(a)), rb = truth.utility(space.from_id(b));
      conflicts += tolerance::clearly_greater(rb, ra) != tolerance::clearly_greater(values[b], values[a]) ? 1 : 0;
    }
  const auto quality = model_quality(space, truth, model);
  EXPECT_EQ(quality.outcomes, 216u);
  EXPECT_DOUBLE_EQ(quality.ranking_distance, static_cast<double>(conflicts) / (216.0 * 216.0));
  EXPECT_GT(conflicts, 0u);
}

// Sessions measure the models the agents keep, against the opponent's true utility, at the
// requested times and at the end; agents without a model report nothing.
TEST(ModelQualityInSessions, ReportsEveryModelAtTheRequestedTimesAndTheEnd) {
  const PreparedScenario prepared(test::random_scenario(2, 3, 5, 7));
  SessionConfig config;
  config.rounds = 80;
  config.model_quality.enabled = true;
  config.model_quality.times = {0.25, 0.5};
  // boulware keeps no model; the BOA agent keeps a frequency model of party 0.
  const std::vector<std::string> agents{"boulware", "boa:offer=timedep(e=0.2),accept=next,model=frequency"};
  struct Sink final : TraceSink {
    std::vector<std::pair<std::size_t, double>>* seen;
    void record(const TraceEvent& e) override {
      if (e.kind == TraceKind::model_quality) seen->emplace_back(e.party, e.quality->pearson);
    }
  } sink;
  std::vector<std::pair<std::size_t, double>> seen;
  sink.seen = &seen;
  const auto result = run_session(prepared, agents, config, &sink);
  ASSERT_EQ(result.opponent_models.size(), 1u);
  const auto& report = result.opponent_models[0];
  EXPECT_EQ(report.party, 1u);
  EXPECT_EQ(report.opponent, 0u);
  ASSERT_EQ(report.measures.size(), 3u);
  EXPECT_GE(report.measures[0].t, 0.25);
  EXPECT_LT(report.measures[0].t, 0.26);
  EXPECT_GE(report.measures[1].t, 0.5);
  EXPECT_EQ(report.measures[2].t, result.t);
  EXPECT_EQ(report.measures[2].round, result.rounds);
  // The end measure is the party-1 agent's model judged against party 0's true utility: a
  // Boulware opponent's offers teach the model far more than chance.
  const auto& end = report.measures.back().quality;
  EXPECT_EQ(end.outcomes, 125u);
  EXPECT_GT(end.pearson, 0.3);
  EXPECT_LT(end.ranking_distance, 0.4);
  ASSERT_EQ(seen.size(), 3u);
  EXPECT_EQ(seen[2], (std::pair<std::size_t, double>{1, end.pearson}));
  const auto json = session_result_json(prepared.scenario(), config, result);
  ASSERT_EQ(json["opponent_models"].size(), 1u);
  EXPECT_EQ(json["opponent_models"][0]["party"], prepared.scenario().parties[1].name);
  EXPECT_EQ(json["opponent_models"][0]["opponent"], prepared.scenario().parties[0].name);
  EXPECT_EQ(json["opponent_models"][0]["pearson"].get<double>(), end.pearson);
  EXPECT_EQ(json["opponent_models"][0]["measures"].size(), 3u);
  // Off by default: nothing measured, nothing in the JSON, the same session otherwise.
  config.model_quality = {};
  const auto plain = run_session(prepared, agents, config);
  EXPECT_TRUE(plain.opponent_models.empty());
  EXPECT_FALSE(session_result_json(prepared.scenario(), config, plain).contains("opponent_models"));
  EXPECT_EQ(plain.agreement, result.agreement);
  EXPECT_EQ(plain.rounds, result.rounds);
}

TEST(ModelQualityInSessions, CompetitionAgentsExposeTheirModels) {
  const PreparedScenario prepared(test::random_scenario(2, 3, 5, 7));
  SessionConfig config;
  config.rounds = 60;
  config.model_quality.enabled = true;
  const auto result = run_session(prepared, {"hardheaded", "gahboninho"}, config);
  ASSERT_EQ(result.opponent_models.size(), 2u);
  EXPECT_EQ(result.opponent_models[0].party, 0u);
  EXPECT_EQ(result.opponent_models[1].party, 1u);
  for (const auto& report : result.opponent_models) EXPECT_EQ(report.measures.size(), 1u);
  for (const auto& pair : {std::vector<std::string>{"agentlg", "inoxagent"},
                           std::vector<std::string>{"agreeableagent2018", "cuhkagent"}}) {
    SCOPED_TRACE(pair[0] + " vs " + pair[1]);
    const auto more = run_session(prepared, pair, config);
    EXPECT_EQ(more.opponent_models.size(), 2u);
  }
}

TEST(ModelQualityInSessions, BadTimesAreRefused) {
  const PreparedScenario prepared(test::random_scenario(2, 2, 3, 7));
  SessionConfig config;
  config.model_quality.enabled = true;
  for (const auto& times : {std::vector<double>{0.5, 0.25}, std::vector<double>{1.0}, std::vector<double>{0.0}}) {
    config.model_quality.times = times;
    EXPECT_THROW(run_session(prepared, {"boulware", "conceder"}, config), InputError);
  }
}

}  // namespace
}  // namespace parley::negotiation
