// The 1994 EC car-emissions case (Bueno de Mesquita 1994; Scholz, Calbert & Smith 2011):
// the BDM model's round-by-round median and mean against the published Table 2.
#include <array>

#include <gtest/gtest.h>

#include "parley/forecast/bdm.hpp"
#include "parley/forecast/csv_input.hpp"
#include "parley/forecast/weighted_position.hpp"
#include "support/test_paths.hpp"

namespace parley::forecast {
namespace {

// Scholz et al. (2011) Table 2, Q = 1, rounds 1..8 (../shared/data/bdm/README.md).
constexpr std::array<double, 8> published_median = {8.4, 9.9, 9.9, 9.9, 9.9, 7.4, 8.8, 9.6};
constexpr std::array<double, 8> published_mean = {7.4, 7.5, 7.6, 7.3, 7.3, 7.4, 7.5, 7.6};
// An independent public replication of the same model (same README).
constexpr std::array<double, 8> replication_median = {8.42, 9.61, 9.96, 9.96, 9.96, 7.47, 8.82, 9.67};
constexpr std::array<double, 8> replication_mean = {7.46, 7.55, 7.59, 7.36, 7.35, 7.41, 7.51, 7.57};

ForecastIssue ec_case() { return read_stance_csv(test::fixture("forecast/ec-car-emissions-1994.csv")).at(0); }

TEST(BdmEcCase, ShippedFixtureMatchesSharedData) {
  PARLEY_REQUIRE_SHARED_DATA(shared, "bdm/ec-car-emissions-1994.csv");
  const auto a = read_stance_csv(shared).at(0), b = ec_case();
  ASSERT_EQ(a.stances.size(), b.stances.size());
  for (std::size_t i = 0; i < a.stances.size(); ++i) {
    EXPECT_EQ(a.stances[i].actor, b.stances[i].actor);
    EXPECT_EQ(a.stances[i].position, b.stances[i].position);
  }
}

TEST(BdmEcCase, RoundsMatchPublishedTable2) {
  const auto run = run_bdm(ec_case(), BdmParameters{});
  ASSERT_EQ(run.rounds.size(), 9u);
  for (std::size_t round = 1; round <= 8; ++round) {
    const auto& result = run.rounds[round];
    EXPECT_NEAR(result.mean, published_mean[round - 1], 0.1) << "round " << round;
    if (round == 2) {
      // Table 2 prints 9.9; the model gives 9.61, as the public replication does. The median
      // is Belgium, which compromises toward France (10) from 8.416 by the fraction
      // |EU_ij / EU_ji| = 0.754; 9.9 would need 0.937. Round 3 reaches 9.96 (Table 2: 9.9).
      EXPECT_NEAR(result.median, 9.61, 0.005);
      EXPECT_GT(std::abs(result.median - published_median[1]), 0.1);
    } else {
      EXPECT_NEAR(result.median, published_median[round - 1], 0.1) << "round " << round;
    }
  }
}

TEST(BdmEcCase, RoundsMatchPublicReplication) {
  const auto run = run_bdm(ec_case(), BdmParameters{});
  for (std::size_t round = 1; round <= 8; ++round) {
    EXPECT_NEAR(run.rounds[round].median, replication_median[round - 1], 0.005) << "round " << round;
    EXPECT_NEAR(run.rounds[round].mean, replication_mean[round - 1], 0.005) << "round " << round;
  }
}

TEST(BdmEcCase, InitialPositionsAndCompromiseModel) {
  const auto issue = ec_case();
  const auto run = run_bdm(issue, BdmParameters{});
  // Σ c·s·x / Σ c·s by hand: 500.3 / 67.7 (capabilities as shares, saliences 0-100).
  EXPECT_NEAR(compromise_position(issue.stances), 500.3 / 67.7, 1e-12);
  EXPECT_NEAR(run.rounds[0].mean, 500.3 / 67.7, 1e-12);
  // 7 beats 10 by 34.1 to 33.6 weighted votes and 4 by 42.9 to 24.8: the median voter is at 7.
  EXPECT_EQ(run.rounds[0].median, 7.0);
  EXPECT_EQ(weighted_median_position(issue.stances), 7.0);
}

TEST(BdmEcCase, FirstRoundMovesAsDescribed) {
  const auto run = run_bdm(ec_case(), BdmParameters{});
  const auto& first = run.rounds[1];
  const auto index = [&](const char* name) {
    return static_cast<std::size_t>(std::find(run.actors.begin(), run.actors.end(), name) - run.actors.begin());
  };
  EXPECT_EQ(first.moves[index("Belgium")].kind, BdmOfferKind::compromise);
  EXPECT_EQ(first.moves[index("Belgium")].from_actor, static_cast<int>(index("France")));
  EXPECT_EQ(first.moves[index("Luxembourg")].kind, BdmOfferKind::confrontation);
  EXPECT_EQ(first.positions[index("Luxembourg")], 7.0);
  EXPECT_EQ(first.moves[index("UK")].kind, BdmOfferKind::none);
  // Risk exponents stay within [1/2, 2] by construction.
  for (double r : first.risk_exponents) {
    EXPECT_GE(r, 0.5 - 1e-12);
    EXPECT_LE(r, 2.0 + 1e-12);
  }
}

}  // namespace
}  // namespace parley::forecast
