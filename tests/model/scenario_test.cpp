#include "parley/model/scenario.hpp"

#include <cmath>

#include <gtest/gtest.h>

#include "parley/model/error.hpp"

namespace parley {
namespace {

Scenario two_issue_scenario() {
  Scenario scenario;
  scenario.source = "test.yaml";
  scenario.space = OutcomeSpace({Issue::with_labels("a", IssueKind::ordinal, {"low", "high"}),
                                 Issue::integer_range("b", 0, 2)});
  AdditiveUtility buyer{{0.25, 0.75}, {{1.0, 0.0}, {1.0, 0.5, 0.0}}};
  AdditiveUtility seller{{0.5, 0.5}, {{0.0, 1.0}, {0.0, 0.5, 1.0}}};
  scenario.parties = {Party{.name = "buyer", .utility = buyer}, Party{.name = "seller", .utility = seller}};
  return scenario;
}

TEST(Scenario, AdditiveUtilityIsWeightedSum) {
  auto scenario = two_issue_scenario();
  validate_scenario(scenario);
  EXPECT_EQ(utilities_of(scenario, {0, 1}), (std::vector<double>{0.25 + 0.375, 0.25}));
}

TEST(Scenario, ValidationNamesTheBadField) {
  auto scenario = two_issue_scenario();
  scenario.parties[0].utility = AdditiveUtility{{-0.25, 1.25}, {{1.0, 0.0}, {1.0, 0.5, 0.0}}};
  try {
    validate_scenario(scenario);
    FAIL() << "negative weight accepted";
  } catch (const InputError& error) {
    EXPECT_EQ(error.where().file, "test.yaml");
    EXPECT_EQ(error.where().field, "parties.buyer.weights.a");
    EXPECT_NE(std::string(error.what()).find("weight of issue 'a' is -0.25"), std::string::npos);
  }
}

TEST(Scenario, ValidationRejectsEachBrokenInvariant) {
  auto nan_weight = two_issue_scenario();
  nan_weight.parties[1].utility = AdditiveUtility{{NAN, 1.0}, {{0.0, 1.0}, {0.0, 0.5, 1.0}}};
  EXPECT_THROW(validate_scenario(nan_weight), InputError);

  auto short_table = two_issue_scenario();
  short_table.parties[1].utility = AdditiveUtility{{0.5, 0.5}, {{0.0, 1.0}, {0.0, 1.0}}};
  EXPECT_THROW(validate_scenario(short_table), InputError);

  auto one_party = two_issue_scenario();
  one_party.parties.pop_back();
  EXPECT_THROW(validate_scenario(one_party), InputError);

  auto twin = two_issue_scenario();
  twin.parties[1].name = "buyer";
  EXPECT_THROW(validate_scenario(twin), InputError);

  auto reservation = two_issue_scenario();
  reservation.parties[0].reservation_value = 1.5;
  EXPECT_THROW(validate_scenario(reservation), InputError);

  auto discount = two_issue_scenario();
  discount.parties[0].discount_factor = 0;
  EXPECT_THROW(validate_scenario(discount), InputError);
}

TEST(Scenario, HyperRectangleUtilitySumsContainingRectangles) {
  HyperRectangleUtility rectangles;
  rectangles.normaliser = 10;
  rectangles.rectangles.push_back({{{0, 0, 0, false}}, 4});        // a == low
  rectangles.rectangles.push_back({{{1, 1, 2, false}}, 6});        // b in [1, 2]
  rectangles.rectangles.push_back({{{1, 0, 0, true}}, -1});        // b != 0
  EXPECT_DOUBLE_EQ(rectangles.utility({0, 0}), 0.4);
  EXPECT_DOUBLE_EQ(rectangles.utility({0, 2}), 0.9);
  EXPECT_DOUBLE_EQ(rectangles.utility({1, 1}), 0.5);
}

}  // namespace
}  // namespace parley
