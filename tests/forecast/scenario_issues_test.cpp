#include <gtest/gtest.h>

#include "parley/forecast/forecast_input.hpp"
#include "parley/forecast/scenario_issues.hpp"
#include "parley/model/error.hpp"

namespace parley::forecast {
namespace {

Scenario three_issue_scenario() {
  Scenario scenario;
  scenario.source = "talks.yaml";
  scenario.space = OutcomeSpace({Issue::with_labels("border", IssueKind::ordinal, {"none", "partial", "full"}),
                                 Issue::with_labels("venue", IssueKind::categorical, {"geneva", "minsk"}),
                                 Issue::integer_range("troops", 0, 10)});
  std::vector<double> troops_low(11), troops_high(11);
  for (int k = 0; k <= 10; ++k) troops_low[k] = 1 - k / 10.0, troops_high[k] = k / 10.0;
  AdditiveUtility a{{0.5, 0.1, 0.4}, {{0.0, 0.2, 1.0}, {1.0, 0.0}, troops_low}};
  AdditiveUtility b{{0.2, 0.0, 0.8}, {{1.0, 0.5, 0.0}, {0.0, 1.0}, troops_high}};
  scenario.parties = {Party{.name = "a", .utility = a, .capability = 2.0},
                      Party{.name = "b", .utility = b, .capability = 1.0, .salience = 0.3}};
  return scenario;
}

TEST(ScenarioIssues, MapsIdealValuesOfOrderedIssuesToZeroToHundred) {
  const auto issues = issues_from_scenario(three_issue_scenario());
  ASSERT_EQ(issues.size(), 2u);  // the categorical venue is skipped
  EXPECT_EQ(issues[0].name, "border");
  EXPECT_EQ(issues[0].stances[0].position, 100);  // a prefers "full", the last label
  EXPECT_EQ(issues[0].stances[1].position, 0);
  EXPECT_DOUBLE_EQ(issues[0].stances[0].salience, 1.0);  // a's largest weight
  EXPECT_DOUBLE_EQ(issues[1].stances[0].salience, 0.8);  // 0.4 / 0.5
  EXPECT_DOUBLE_EQ(issues[1].stances[1].salience, 0.3);  // b's own salience
  EXPECT_EQ(issues[1].stances[0].position, 0);
  EXPECT_EQ(issues[1].stances[1].position, 100);
  EXPECT_EQ(issues[1].stances[0].capability, 2.0);
  EXPECT_DOUBLE_EQ(scale_position(Issue::real_range("r", 1, 3, 0.5), 1), 25);
}

TEST(ScenarioIssues, ForecastInputOfAScenarioInMemory) {
  const auto input = forecast_input_from_scenario(three_issue_scenario());
  EXPECT_EQ(input.format, ForecastInputFormat::scenario);
  ASSERT_EQ(input.issues.size(), 2u);
  EXPECT_EQ(input.outcomes.size(), 2u);
  auto categorical_only = three_issue_scenario();
  categorical_only.space = OutcomeSpace({Issue::with_labels("venue", IssueKind::categorical, {"geneva", "minsk"})});
  for (auto& party : categorical_only.parties) party.utility = AdditiveUtility{{1.0}, {{1.0, 0.0}}};
  EXPECT_THROW(forecast_input_from_scenario(categorical_only), InputError);
}

TEST(ScenarioIssues, PartyWithoutCapabilityIsNamed) {
  auto scenario = three_issue_scenario();
  scenario.parties[1].capability.reset();
  try {
    issues_from_scenario(scenario);
    FAIL() << "missing capability accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(error.where().field, "parties.b.capability");
    EXPECT_EQ(error.where().file, "talks.yaml");
  }
}

}  // namespace
}  // namespace parley::forecast
