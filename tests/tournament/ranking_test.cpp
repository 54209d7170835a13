// Rankings from hand-made records, checked against hand-computed statistics and a published
// Student t quantile.
#include <gtest/gtest.h>

#include <cmath>
#include <nlohmann/json.hpp>

#include "parley/tournament/ranking.hpp"
#include "parley/tournament/ranking_chart.hpp"

namespace parley::tournament {
namespace {

nlohmann::json seat(const char* party, std::uint32_t agent, double utility, double discounted) {
  return {{"party", party}, {"agent_index", agent}, {"utility", utility}, {"discounted_utility", discounted}};
}

nlohmann::json record(std::uint64_t session, nlohmann::json seats, bool agreement, double welfare,
                      const char* reason = "agreement", const char* acting = nullptr) {
  return {{"session", session},
          {"negotiators", std::move(seats)},
          {"agreement", agreement ? nlohmann::json{{"price", "10"}} : nlohmann::json(nullptr)},
          {"end_reason", reason},
          {"acting_party", acting ? nlohmann::json(acting) : nlohmann::json(nullptr)},
          {"welfare", welfare},
          {"nash_product", 0.1},
          {"pareto_distance", 0.0}};
}

TEST(Ranking, ConfidenceIntervalUsesStudentT) {
  // t(0.975, 4) = 2.776 (standard tables); s = sqrt(0.1) for 0.2, 0.4, ..., 1.0.
  EXPECT_NEAR(confidence_half_width_95(5, std::sqrt(0.1)), 2.776445 * std::sqrt(0.1) / std::sqrt(5.0), 1e-6);
  EXPECT_NEAR(confidence_half_width_95(1000000, 1.0), 1.959966 / 1000.0, 1e-8);
  EXPECT_EQ(confidence_half_width_95(1, 0.5), 0.0);
}

TEST(Ranking, RowsAggregatePerAgentAndSortByScore) {
  RankingBuilder builder({"alpha", "beta", "opponent"}, 2);
  const double scores[] = {0.2, 0.4, 0.6, 0.8, 1.0};
  for (std::uint64_t k = 0; k < 5; ++k)
    builder.add(record(k, {seat("buyer", 0, scores[k] + 0.01, scores[k]), seat("seller", 2, 0.5, 0.5)}, k != 0, 1.5));
  builder.add(record(5, {seat("buyer", 1, 0.9, 0.9), seat("seller", 2, 0.3, 0.3)}, true, 1.2));
  builder.add(record(6, {seat("buyer", 1, 0.1, 0.1), seat("seller", 2, 0.2, 0.2)}, false, 0.3, "agent_failure", "buyer"));
  const auto rows = builder.rows();
  ASSERT_EQ(rows.size(), 2u) << "opponents are not ranked";
  EXPECT_EQ(rows[0].agent, "alpha");  // 0.6 > 0.5
  EXPECT_EQ(rows[0].rank, 1u);
  EXPECT_EQ(rows[0].seats, 5u);
  EXPECT_NEAR(rows[0].score, 0.6, 1e-12);
  EXPECT_NEAR(rows[0].score_ci95, 2.776445 * std::sqrt(0.1) / std::sqrt(5.0), 1e-6);
  EXPECT_NEAR(rows[0].utility, 0.61, 1e-12);
  EXPECT_NEAR(rows[0].agreement_rate, 0.8, 1e-12);
  EXPECT_NEAR(rows[0].welfare, 1.5, 1e-12);
  EXPECT_EQ(rows[0].failures, 0u);
  EXPECT_EQ(rows[1].agent, "beta");
  EXPECT_NEAR(rows[1].score, 0.5, 1e-12);
  EXPECT_NEAR(rows[1].agreement_rate, 0.5, 1e-12);
  EXPECT_EQ(rows[1].failures, 1u);
}

TEST(Ranking, FailureCountsOnlyForTheFailingSeat) {
  RankingBuilder builder({"a", "b"}, 2);
  builder.add(record(0, {seat("buyer", 0, 0, 0), seat("seller", 1, 0, 0)}, false, 0, "agent_failure", "seller"));
  const auto rows = builder.rows();
  EXPECT_EQ(rows[0].agent, "a");  // tie on score: by name
  EXPECT_EQ(rows[0].failures, 0u);
  EXPECT_EQ(rows[1].failures, 1u);
}

// Tied scores share a rank and the next one skips (competition ranking): 1, 2, 2, 4.
TEST(Ranking, TiedScoresShareARank) {
  RankingBuilder builder({"a", "b", "c", "d"}, 4);
  builder.add(record(0, {seat("buyer", 0, 0.9, 0.9), seat("seller", 1, 0.5, 0.5)}, true, 1.4));
  builder.add(record(1, {seat("buyer", 2, 0.5, 0.5 + 1e-12), seat("seller", 3, 0.1, 0.1)}, true, 0.6));
  const auto rows = builder.rows();
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(rows[0].rank, 1u);
  EXPECT_EQ(rows[1].rank, 2u);
  EXPECT_EQ(rows[2].rank, 2u);
  EXPECT_EQ(rows[3].rank, 4u);
  EXPECT_EQ(rows[3].agent, "d");
  EXPECT_NE(ranking_table(rows).find("   2  b"), std::string::npos) << ranking_table(rows);
}

// An interval that leaves [0, 1] (a mean near 1 from few seats) is clipped and flagged.
TEST(Ranking, ConfidenceIntervalIsClippedToTheRangeOfScores) {
  RankingBuilder builder({"near-one", "inside"}, 2);
  const double high[] = {1.0, 1.0, 0.8}, middle[] = {0.4, 0.5, 0.6};
  for (std::uint64_t k = 0; k < 3; ++k)
    builder.add(record(k, {seat("buyer", 0, high[k], high[k]), seat("seller", 1, middle[k], middle[k])}, true, 1));
  const auto rows = builder.rows();
  ASSERT_EQ(rows[0].agent, "near-one");
  EXPECT_GT(rows[0].score + rows[0].score_ci95, 1.0);
  EXPECT_TRUE(rows[0].score_ci95_clipped);
  EXPECT_DOUBLE_EQ(rows[0].score_ci95_high, 1.0);
  EXPECT_DOUBLE_EQ(rows[0].score_ci95_low, rows[0].score - rows[0].score_ci95);
  EXPECT_FALSE(rows[1].score_ci95_clipped);
  const auto json = ranking_json(rows);
  EXPECT_EQ(json[0]["score_ci95"][1], 1.0);
  EXPECT_EQ(json[0]["score_ci95_clipped"], true);
  const auto table = ranking_table(rows);
  EXPECT_NE(table.find("*"), std::string::npos) << table;
  EXPECT_NE(table.find("clipped"), std::string::npos) << table;
  EXPECT_NE(ranking_csv(rows).find(",1,"), std::string::npos) << ranking_csv(rows);
}

TEST(Ranking, CsvQuotesSpecsWithCommasAndJsonHasTheInterval) {
  RankingBuilder builder({"boa:offer=linear,accept=next"}, 1);
  builder.add(record(0, {seat("buyer", 0, 0.5, 0.5)}, true, 1));
  const auto rows = builder.rows();
  const auto csv = ranking_csv(rows);
  EXPECT_NE(csv.find("1,\"boa:offer=linear,accept=next\",1,0.5,"), std::string::npos) << csv;
  const auto json = ranking_json(rows);
  EXPECT_EQ(json[0]["score_ci95"], nlohmann::json({0.5, 0.5}));
  EXPECT_NE(ranking_table(rows).find("boa:offer=linear,accept=next"), std::string::npos);
}

TEST(Ranking, MalformedRecordIsAnError) {
  RankingBuilder builder({"a"}, 1);
  EXPECT_ANY_THROW(builder.add(nlohmann::json{{"session", 0}}));
  EXPECT_ANY_THROW(builder.add(record(0, {seat("buyer", 7, 0, 0)}, false, 0)));
}

TEST(RankingChart, OneBarPerAgentBestFirst) {
  RankingBuilder builder({"low", "high"}, 2);
  builder.add(record(0, {seat("buyer", 0, 0.2, 0.2), seat("seller", 1, 0.9, 0.9)}, true, 1.1));
  const auto svg = render_ranking_chart(builder.rows());
  EXPECT_EQ(svg.rfind("<?xml", 0), 0u);
  const auto high = svg.find("1. high"), low = svg.find("2. low");
  ASSERT_NE(high, std::string::npos);
  ASSERT_NE(low, std::string::npos);
  EXPECT_LT(high, low);
  std::size_t bars = 0;
  for (auto at = svg.find("<rect"); at != std::string::npos; at = svg.find("<rect", at + 1)) ++bars;
  EXPECT_EQ(bars, 3u);  // the background and two bars
  EXPECT_EQ(svg, render_ranking_chart(builder.rows())) << "deterministic";
  EXPECT_EQ(svg.find(">-0<"), std::string::npos) << "the first tick reads 0, not -0";
  EXPECT_NE(svg.find(">0<"), std::string::npos);
}

}  // namespace
}  // namespace parley::tournament
