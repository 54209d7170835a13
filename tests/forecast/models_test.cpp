// The closed-form models against brute force: the weighted median against a scan of every
// actor position, the Nash bargaining solution against a fine grid of the Nash objective.
#include <cmath>
#include <random>

#include <gtest/gtest.h>

#include "parley/forecast/forecast.hpp"
#include "parley/forecast/nash.hpp"
#include "parley/forecast/weighted_position.hpp"
#include "parley/model/error.hpp"

namespace parley::forecast {
namespace {

ForecastIssue random_issue(std::mt19937_64& rng, std::size_t n, bool integer_positions) {
  std::uniform_real_distribution<double> unit(0, 1);
  ForecastIssue issue{"random", {}, IssueScale{0, 100}, "test"};
  for (std::size_t i = 0; i < n; ++i) {
    const double x = integer_positions ? std::floor(11 * unit(rng)) * 10 : 100 * unit(rng);
    issue.stances.push_back({"a" + std::to_string(i), unit(rng), x, unit(rng)});
  }
  return issue;
}

TEST(WeightedPosition, CompromiseIsCapabilityTimesSalienceMean) {
  const std::vector<ActorStance> stances = {{"a", 2, 10, 0.5}, {"b", 1, 40, 1.0}, {"c", 4, 100, 0.0}};
  EXPECT_DOUBLE_EQ(compromise_position(stances), (2 * 0.5 * 10 + 1 * 1.0 * 40) / (2 * 0.5 + 1 * 1.0));
  EXPECT_DOUBLE_EQ(salience_mean_position(stances), (0.5 * 10 + 40.0) / 1.5);
}

TEST(WeightedPosition, MedianMinimisesWeightedDistanceOverActorPositions) {
  std::mt19937_64 rng(7);
  for (int trial = 0; trial < 200; ++trial) {
    const auto issue = random_issue(rng, 2 + static_cast<std::size_t>(trial % 9), trial % 2 == 0);
    double best = 0, best_cost = INFINITY;
    for (const auto& candidate : issue.stances) {
      double cost = 0;
      for (const auto& s : issue.stances) cost += s.capability * s.salience * std::abs(s.position - candidate.position);
      if (cost < best_cost - 1e-12 || (std::abs(cost - best_cost) <= 1e-12 && candidate.position < best))
        best_cost = cost, best = candidate.position;
    }
    EXPECT_EQ(weighted_median_position(issue.stances), best) << "trial " << trial;
  }
}

TEST(Nash, MaximisesTheNashObjectiveOnAGrid) {
  std::mt19937_64 rng(11);
  for (int trial = 0; trial < 50; ++trial) {
    const auto issue = random_issue(rng, 3 + static_cast<std::size_t>(trial % 6), trial % 3 == 0);
    const double solution = nash_bargaining_position(issue);
    double grid_best = 0, grid_value = -INFINITY;
    for (int k = 0; k <= 100000; ++k) {
      const double y = k / 1000.0;
      const double value = nash_objective(issue, y);
      if (value > grid_value) grid_value = value, grid_best = y;
    }
    EXPECT_NEAR(solution, grid_best, 2e-3) << "trial " << trial;
    EXPECT_GE(nash_objective(issue, solution), grid_value - 1e-9);
  }
}

TEST(Nash, SymmetricActorsMeetInTheMiddleAndADominantActorWins) {
  ForecastIssue two{"two", {{"a", 1, 20, 1}, {"b", 1, 80, 1}}, IssueScale{0, 100}, "test"};
  EXPECT_NEAR(nash_bargaining_position(two), 50, 1e-9);
  ForecastIssue lone{"lone", {{"a", 1, 30, 1}, {"b", 5, 70, 0}}, IssueScale{0, 100}, "test"};
  EXPECT_NEAR(nash_bargaining_position(lone), 30, 1e-9);
}

TEST(Forecast, RunsTheChosenModels) {
  ForecastIssue issue{"i", {{"a", 1, 20, 1}, {"b", 1, 80, 1}, {"c", 2, 60, 0.5}}, IssueScale{0, 100}, "test"};
  const auto all = forecast_issue(issue);
  EXPECT_TRUE(all.compromise && all.nash && all.bdm);
  const auto only = forecast_issue(issue, ForecastOptions{.model = ForecastModel::compromise});
  EXPECT_TRUE(only.compromise && !only.nash && !only.bdm);
  EXPECT_EQ(forecast_model_from_string("nash"), ForecastModel::nash);
  EXPECT_FALSE(forecast_model_from_string("oracle"));
}

TEST(ValidateIssue, NamesTheActorAndTheProblem) {
  ForecastIssue issue{"i", {{"a", 1, 20, 1}, {"b", -1, 80, 1}}, std::nullopt, "in.csv"};
  try {
    validate_issue(issue);
    FAIL() << "negative capability accepted";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("in.csv"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find("actor b"), std::string::npos);
    EXPECT_NE(std::string(error.what()).find("capability -1"), std::string::npos);
  }
  issue.stances[1].capability = 1;
  issue.stances[1].salience = 1.5;
  EXPECT_THROW(validate_issue(issue), InputError);
  issue.stances[1].salience = 0;
  issue.stances[0].salience = 0;
  EXPECT_THROW(validate_issue(issue), InputError);  // no weight at all
  issue.stances.pop_back();
  EXPECT_THROW(validate_issue(issue), InputError);  // one actor
  ForecastIssue outside{"o", {{"a", 1, 120, 1}, {"b", 1, 80, 1}}, IssueScale{0, 100}, "in.csv"};
  EXPECT_THROW(validate_issue(outside), InputError);
}

}  // namespace
}  // namespace parley::forecast
