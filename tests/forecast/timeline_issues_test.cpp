// Forecast input from a dated scenario's cited positions (timeline_issues.hpp), checked by hand
// on the small harbour timeline, and on the flagship: the forecasts follow the positions, so
// they differ across issues where the positions differ.
#include <cmath>
#include <set>

#include <gtest/gtest.h>

#include "parley/forecast/forecast.hpp"
#include "parley/forecast/scenario_issues.hpp"
#include "parley/forecast/timeline_issues.hpp"
#include "parley/io/yaml_timeline.hpp"
#include "support/test_paths.hpp"

namespace parley::forecast {
namespace {

const TimelineIssue& find(const std::vector<TimelineIssue>& issues, const std::string& name) {
  for (const auto& issue : issues)
    if (issue.issue.name == name) return issue;
  throw std::runtime_error("no issue " + name);
}

// The harbour timeline at "march", with Riverton (no preferences) given a fees position and an
// influence entry. Hand-computed:
//  harbour: Northland [shared] -> 50, capability 60 (inherited), salience 0.8 (its judgement);
//           Southland [shared] carried from January -> 50, capability 40, salience = weight 1 /
//           largest weight 1 = 1. Riverton has no harbour position: left out.
//  fees:    Southland [split, south-keeps] -> mean(50, 100) = 75, capability 40, salience 1;
//           Riverton [split] -> 50, capability 20, salience 0.5 (influence); Northland has no
//           fees position: left out. Compromise = (40·1·75 + 20·0.5·50) / (40·1 + 20·0.5) = 70,
//           nearest option: split (50; the others are at 0 and 100).
TEST(TimelineIssues, HandComputedHarbourCase) {
  auto timeline = io::read_timeline(test::fixture("timeline/minimal"));
  auto& march = timeline.snapshots.at(1);
  Position riverton;
  riverton.actor = "riverton";
  riverton.issue = "fees";
  riverton.options = {"split"};
  riverton.summary = "Riverton proposes to split the fees.";
  march.positions.push_back(riverton);
  ActorInfluence influence;
  influence.actor = "riverton";
  influence.capability = Judgement{20, "A mediator without a fleet.", "march"};
  influence.issue_salience.emplace_back("fees", Judgement{0.5, "It brokers the fees.", "march"});
  march.influence.push_back(influence);

  const auto issues = issues_from_timeline(timeline, 1);
  ASSERT_EQ(issues.size(), 2u);
  const auto& harbour = find(issues, "harbour");
  ASSERT_EQ(harbour.issue.stances.size(), 2u);
  EXPECT_EQ(harbour.issue.stances[0].actor, "Northland");
  EXPECT_DOUBLE_EQ(harbour.issue.stances[0].position, 50);
  EXPECT_DOUBLE_EQ(harbour.issue.stances[0].capability, 60);
  EXPECT_DOUBLE_EQ(harbour.issue.stances[0].salience, 0.8);
  EXPECT_EQ(harbour.reasons[0].salience_why, "The harbour is its only port.");
  EXPECT_EQ(harbour.issue.stances[1].actor, "Southland");
  EXPECT_DOUBLE_EQ(harbour.issue.stances[1].salience, 1.0);
  EXPECT_EQ(harbour.reasons[1].stated_in, 0u);  // carried from January
  EXPECT_NE(harbour.reasons[1].salience_why.find("default: its weight on harbour"), std::string::npos);

  const auto& fees = find(issues, "fees");
  ASSERT_EQ(fees.issue.stances.size(), 2u);
  EXPECT_EQ(fees.issue.stances[0].actor, "Southland");
  EXPECT_DOUBLE_EQ(fees.issue.stances[0].position, 75);
  EXPECT_EQ(fees.issue.stances[1].actor, "Riverton");
  EXPECT_DOUBLE_EQ(fees.issue.stances[1].position, 50);
  EXPECT_DOUBLE_EQ(fees.issue.stances[1].salience, 0.5);
  EXPECT_NE(fees.reasons[1].capability_why.find("A mediator without a fleet."), std::string::npos);
  const auto forecast = forecast_issue(fees.issue);
  ASSERT_TRUE(forecast.compromise);
  EXPECT_NEAR(*forecast.compromise, 70.0, 1e-9);
  EXPECT_EQ(timeline.space.issue(1).label(nearest_value(timeline.space.issue(1), *forecast.compromise)), "split");
}

TEST(TimelineIssues, ActorsWithoutAPositionOrWeightAreLeftOutNotGivenABestOption) {
  auto timeline = io::read_timeline(test::fixture("timeline/minimal"));
  // In January only Northland and Southland state harbour positions; nobody states one on fees.
  const auto issues = issues_from_timeline(timeline, 0);
  EXPECT_EQ(find(issues, "harbour").issue.stances.size(), 2u);
  EXPECT_TRUE(find(issues, "fees").issue.stances.empty());
  EXPECT_EQ(find(issues, "fees").not_forecast, "no actor has a position on this issue");
  // A third party with a position but no influence entry is named, not guessed.
  Position riverton;
  riverton.actor = "riverton";
  riverton.issue = "harbour";
  riverton.options = {"shared"};
  timeline.snapshots[0].positions.push_back(riverton);
  const auto with_riverton = issues_from_timeline(timeline, 0);
  ASSERT_EQ(find(with_riverton, "harbour").left_out.size(), 1u);
  EXPECT_NE(find(with_riverton, "harbour").left_out[0].find("Riverton"), std::string::npos);
}

TEST(TimelineIssues, FlagshipForecastsFollowThePositionsAndDifferAcrossIssues) {
  const auto timeline = io::read_timeline(test::source_dir() / "scenarios/russia-ukraine");
  for (std::size_t s = 0; s < timeline.snapshots.size(); ++s) {
    std::set<long> compromises;
    std::size_t forecast = 0;
    for (const auto& issue : issues_from_timeline(timeline, s)) {
      if (!issue.not_forecast.empty()) continue;
      ++forecast;
      const auto result = forecast_issue(issue.issue);
      compromises.insert(std::lround(*result.compromise));
      // The compromise lies between the positions actually taken on this issue.
      double low = 100, high = 0;
      for (const auto& stance : issue.issue.stances) {
        low = std::min(low, stance.position);
        high = std::max(high, stance.position);
      }
      EXPECT_GE(*result.compromise, low - 1e-9) << timeline.snapshots[s].id << " " << issue.issue.name;
      EXPECT_LE(*result.compromise, high + 1e-9) << timeline.snapshots[s].id << " " << issue.issue.name;
    }
    if (forecast >= 2) {
      EXPECT_GE(compromises.size(), 2u) << timeline.snapshots[s].id << ": one forecast for every issue";
    }
  }
}

}  // namespace
}  // namespace parley::forecast
