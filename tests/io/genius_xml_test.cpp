// GENIUS XML: normalisation against hand computation, folder scanning, and write → read
// round trips, on shipped fixtures (always) and on the shared ANAC data (when present).
#include <cmath>

#include <gtest/gtest.h>

#include "io/genius_test_support.hpp"
#include "io/yaml_scenario_equality.hpp"
#include "parley/io/genius_xml.hpp"
#include "parley/model/error.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

using test::TempFolder;

double utility_of(const Scenario& scenario, const std::string& party, const Outcome& outcome) {
  return scenario.parties.at(*scenario.find_party(party)).utility(outcome);
}

void expect_round_trip(const Scenario& original, const std::string& name) {
  TempFolder folder(name);
  io::write_genius_folder(original, folder.path(), false);
  const auto again = io::read_genius_folder(folder.path());
  EXPECT_EQ(again.name, original.name);
  for (std::size_t p = 0; p < original.parties.size(); ++p) EXPECT_EQ(again.parties[p].name, original.parties[p].name);
  test::expect_same_scenario(original, again, {.tolerance = 1e-12, .compare_metadata = false});
  for (std::size_t i = 0; i < original.space.issue_count(); ++i)
    EXPECT_EQ(again.space.issue(i).kind(), original.space.issue(i).kind()) << original.space.issue(i).name();
}

TEST(GeniusXml, MixedFixtureIsNormalisedAsGenius) {
  const auto scenario = io::read_genius_folder(test::fixture("genius/mixed"));
  EXPECT_EQ(scenario.name, "mixed");
  ASSERT_EQ(scenario.parties.size(), 2u);  // notes.xml and the CSV pareto.xml are skipped
  EXPECT_EQ(scenario.parties[0].name, "buyer");
  EXPECT_EQ(scenario.parties[1].name, "seller");
  const auto& space = scenario.space;
  ASSERT_EQ(space.issue_count(), 3u);
  EXPECT_EQ(space.issue(0).kind(), IssueKind::categorical);
  EXPECT_EQ(space.issue(1).kind(), IssueKind::integer);
  EXPECT_EQ(space.issue(2).kind(), IssueKind::real);
  EXPECT_EQ(space.issue(2).size(), 11u);  // [0, 1] in the default 10 steps

  const auto& buyer = scenario.parties[0];
  const auto& b = buyer.utility.additive();
  EXPECT_EQ(b.weights, (std::vector<double>{0.5, 0.25, 0.25}));
  EXPECT_EQ(b.evaluations[0], (std::vector<double>{0.25, 0.5, 1.0}));  // 2, 4, 8 divided by 8
  // slope 0.3, offset 0.2 from the lower bound, clamped at 1 (not divided by a maximum)
  const std::vector<double> quantity{0.2, 0.5, 0.8, 1.0, 1.0};
  for (std::size_t k = 0; k < 5; ++k) EXPECT_NEAR(b.evaluations[1][k], quantity[k], 1e-15);
  for (std::size_t k = 0; k < 11; ++k) EXPECT_NEAR(b.evaluations[2][k], 1.0 - 0.1 * k, 1e-12);  // parameter0 + parameter1·v
  EXPECT_EQ(buyer.reservation_value, 0.25);
  EXPECT_EQ(buyer.discount_factor, 1.0);  // GENIUS reads 0 as "no discount"
  // green, 2, 0.5: 0.5·0.5 + 0.25·0.8 + 0.25·0.5
  EXPECT_NEAR(utility_of(scenario, "buyer", {1, 2, 5}), 0.575, 1e-12);

  const auto& seller = scenario.parties[1];
  const auto& s = seller.utility.additive();
  EXPECT_EQ(s.weights, (std::vector<double>{0.25, 0.25, 0.5}));       // by issue index, not file order
  EXPECT_NEAR(s.evaluations[0][1], 2.0 / 3.0, 1e-15);                  // items listed in another order
  EXPECT_EQ(seller.discount_factor, 0.9);
  EXPECT_NEAR(utility_of(scenario, "seller", {1, 2, 5}), 0.25 * 2.0 / 3.0 + 0.25 * 0.5 + 0.5 * 0.5, 1e-12);
}

TEST(GeniusXml, HyperRectanglesFollowGeniusSemantics) {
  const auto scenario = io::read_genius_folder(test::fixture("genius/rectangles"));
  ASSERT_EQ(scenario.parties.size(), 2u);
  const auto& alpha = scenario.parties[0];
  EXPECT_EQ(alpha.name, "alpha");
  EXPECT_EQ(alpha.reservation_value, 0.1);
  ASSERT_FALSE(alpha.utility.is_additive());
  EXPECT_EQ(alpha.utility.hyper_rectangles().normaliser, 10.0);
  // Values are 1..5, so value v is index v − 1. Hand computation (maxutility 10):
  // (2,1,5): x in [2,3] → 4; EXCLUDES holds (no bound violated) → 0; nested z = 5 → 6·0.5;
  //          the bound-less rectangle always counts 2·0.5·0.5 → 7.5 / 10
  EXPECT_NEAR(utility_of(scenario, "alpha", {1, 0, 4}), 0.75, 1e-12);
  // (5,3,1): y = 3 violates y in [1,2] → 3; + 0.5 → 0.35
  EXPECT_NEAR(utility_of(scenario, "alpha", {4, 2, 0}), 0.35, 1e-12);
  // (3,5,4): 4 + 3 + 0.5 → 0.75 (both EXCLUDES bounds violated still count once)
  EXPECT_NEAR(utility_of(scenario, "alpha", {2, 4, 3}), 0.75, 1e-12);
  // (1,2,4): nothing but the bound-less rectangle → 0.05
  EXPECT_NEAR(utility_of(scenario, "alpha", {0, 1, 3}), 0.05, 1e-12);
  // beta: EXCLUDES x in [1,5] never counts; (5,5,1) → (5 + 4) / 8 clamped to 1
  EXPECT_NEAR(utility_of(scenario, "beta", {4, 4, 0}), 1.0, 1e-12);
  EXPECT_NEAR(utility_of(scenario, "beta", {0, 0, 0}), 0.5, 1e-12);
}

TEST(GeniusXml, ReadGeniusTakesExplicitFilesInPartyOrder) {
  const auto folder = test::fixture("genius/mixed");
  const auto scenario = io::read_genius(folder / "mixed_domain.xml", {folder / "seller.xml", folder / "buyer.xml"});
  ASSERT_EQ(scenario.parties.size(), 2u);
  EXPECT_EQ(scenario.parties[0].name, "seller");
  EXPECT_EQ(scenario.parties[1].name, "buyer");
}

TEST(GeniusXml, DetectsGeniusFolders) {
  EXPECT_TRUE(io::is_genius_folder(test::fixture("genius/mixed")));
  EXPECT_FALSE(io::is_genius_folder(test::fixture("genius")));  // CSV and script only
  EXPECT_FALSE(io::is_genius_folder(test::fixture("genius/mixed/buyer.xml")));
}

TEST(GeniusXml, RoundTripOfShippedFixtures) {
  expect_round_trip(io::read_genius_folder(test::fixture("genius/mixed")), "mixed");
  expect_round_trip(io::read_genius_folder(test::fixture("genius/rectangles")), "rectangles");
}

TEST(GeniusXml, WriterRefusesToOverwriteWithoutPermission) {
  const auto scenario = io::read_genius_folder(test::fixture("genius/mixed"));
  TempFolder folder("overwrite");
  io::write_genius_folder(scenario, folder.path(), false);
  EXPECT_THROW(io::write_genius_folder(scenario, folder.path(), false), InputError);
  EXPECT_NO_THROW(io::write_genius_folder(scenario, folder.path(), true));
}

TEST(GeniusXml, WriterRefusesTablesGeniusWouldRescale) {
  auto scenario = io::read_genius_folder(test::fixture("genius/mixed"));
  auto additive = scenario.parties[0].utility.additive();
  additive.evaluations[0] = {0.2, 0.4, 0.8};  // best value 0.8: GENIUS would read 0.25, 0.5, 1
  scenario.parties[0].utility = additive;
  TempFolder folder("rescale");
  try {
    io::write_genius_folder(scenario, folder.path(), false);
    FAIL() << "a table topping out at 0.8 was written";
  } catch (const InputError& error) {
    EXPECT_NE(std::string(error.what()).find("best evaluation of issue 'colour' is 0.8"), std::string::npos)
        << error.what();
  }
}

TEST(GeniusXml, NonLinearIntegerTablesAreWrittenAsDiscreteValues) {
  auto scenario = io::read_genius_folder(test::fixture("genius/mixed"));
  auto additive = scenario.parties[0].utility.additive();
  additive.evaluations[1] = {0.0, 1.0, 0.0, 1.0, 0.5};  // no line reproduces this
  scenario.parties[0].utility = additive;
  TempFolder folder("zigzag");
  io::write_genius_folder(scenario, folder.path(), false);
  const auto again = io::read_genius_folder(folder.path());
  EXPECT_EQ(again.space.issue(1).kind(), IssueKind::categorical);
  EXPECT_EQ(again.space.issue(1).label(3), "3");
  for (std::uint64_t id = 0; id < *scenario.space.cardinality().as_u64(); ++id) {
    const auto outcome = scenario.space.from_id(id);
    for (std::size_t p = 0; p < 2; ++p)
      EXPECT_NEAR(again.parties[p].utility(outcome), scenario.parties[p].utility(outcome), 1e-12);
  }
}

TEST(GeniusXml, RectanglesWithSeveralExcludedBoundsAreExpandedExactly) {
  auto scenario = io::read_genius_folder(test::fixture("genius/rectangles"));
  // parley's own meaning: outside x in [2,3] AND outside z in [1,1]
  HyperRectangleUtility custom{{HyperRectangle{{{0, 1, 2, true}, {2, 0, 0, true}, {1, 3, 4, false}}, 7.0}}, 7.0};
  scenario.parties[1].utility = custom;
  TempFolder folder("expand");
  io::write_genius_folder(scenario, folder.path(), false);
  const auto again = io::read_genius_folder(folder.path());
  for (std::uint64_t id = 0; id < 125; ++id) {
    const auto outcome = scenario.space.from_id(id);
    EXPECT_NEAR(again.parties[1].utility(outcome), scenario.parties[1].utility(outcome), 1e-12)
        << scenario.space.describe(outcome);
  }
}

TEST(GeniusXml, LaptopMatchesHandComputation) {
  PARLEY_REQUIRE_SHARED_DATA(folder, "genius/anac/y2011/Laptop");
  const auto scenario = io::read_genius_folder(folder);
  EXPECT_EQ(scenario.name, "laptop");
  ASSERT_EQ(scenario.parties.size(), 2u);
  EXPECT_EQ(scenario.parties[0].name, "laptop_buyer_utility");
  // laptop_buyer_utility.xml: weights 0.4452125771655631, 0.37808251708013424,
  // 0.1767567099260568 (sum 1.0000518...); Laptop 12/20/30, Harddisk 30/20/9, Monitor 30/10/20.
  const double w1 = 0.4452125771655631, w2 = 0.37808251708013424, w3 = 0.1767567099260568, sum = w1 + w2 + w3;
  const auto& buyer = scenario.parties[0].utility.additive();
  EXPECT_NEAR(buyer.weights[0], w1 / sum, 1e-15);
  EXPECT_NEAR(buyer.evaluations[1][2], 9.0 / 30.0, 1e-15);
  // HP, 120 Gb, 20'' LCD
  EXPECT_NEAR(utility_of(scenario, "laptop_buyer_utility", {2, 2, 1}), (w1 * 1.0 + w2 * 0.3 + w3 * 10.0 / 30.0) / sum,
              1e-12);
  EXPECT_NEAR(scenario.parties[0].discount_factor, 0.42441038, 1e-15);
  expect_round_trip(scenario, "laptop");
}

TEST(GeniusXml, IntegerEvaluatorsMatchHandComputation) {
  PARLEY_REQUIRE_SHARED_DATA(folder, "genius/other/IntegerDomain");
  const auto scenario = io::read_genius_folder(folder);
  // prof1: price in [-5, 5], slope 0.08, offset 0.3 from the lower bound, clamped at 1;
  // otherprice slope 0.1 offset 0; weights 0.75 / 0.25; discount 0.0 means none.
  const auto& prof1 = scenario.parties.at(*scenario.find_party("IntegerDomain-prof1"));
  const auto& price = prof1.utility.additive().evaluations[0];
  EXPECT_NEAR(price[0], 0.3, 1e-15);           // -5
  EXPECT_NEAR(price[5], 0.3 + 0.08 * 5, 1e-15);  // 0
  EXPECT_EQ(price[9], 1.0);                    // 4: 1.02 clamped
  EXPECT_EQ(price[10], 1.0);                   // 5: 1.1 clamped
  EXPECT_EQ(prof1.discount_factor, 1.0);
  // price 0, otherprice 0: 0.75·0.7 + 0.25·0.5
  EXPECT_NEAR(utility_of(scenario, "IntegerDomain-prof1", {5, 5}), 0.75 * 0.7 + 0.25 * 0.5, 1e-12);
  expect_round_trip(scenario, "integer");
}

TEST(GeniusXml, OlderParameterSpellingOfLinearEvaluators) {
  PARLEY_REQUIRE_SHARED_DATA(folder, "genius/other/web_service");
  const auto scenario = io::read_genius_folder(folder);
  // agent A: parameter0 1, parameter1 -0.0005 on [0, 2000]; agent B: 0 + 0.0005·v
  ASSERT_EQ(scenario.space.issue(0).size(), 2001u);
  EXPECT_NEAR(utility_of(scenario, "web_service_agent_A", {1000}), 0.5, 1e-12);
  EXPECT_NEAR(utility_of(scenario, "web_service_agent_A", {2000}), 0.0, 1e-12);
  EXPECT_NEAR(utility_of(scenario, "web_service_agent_B", {400}), 0.2, 1e-12);
  expect_round_trip(scenario, "web_service");
}

TEST(GeniusXml, AnacRectangleScenariosRoundTrip) {
  PARLEY_REQUIRE_SHARED_DATA(root, "genius");
  for (const char* name : {"other/S-1NAGUNL-114", "anac/y2014/10issues", "anac/y2014/50issuesDiscountedwithRV"}) {
    const auto scenario = io::read_genius_folder(root / name);
    expect_round_trip(scenario, "anac");
  }
}

}  // namespace
}  // namespace parley
