// GeniusWeb JSON: both spellings of value utilities, number ranges, reservation bids, round
// trips (fixture and shared data), what the writer refuses, and bad input.
#include <gtest/gtest.h>

#include "io/genius_test_support.hpp"
#include "io/yaml_scenario_equality.hpp"
#include "parley/io/genius_xml.hpp"
#include "parley/io/geniusweb_json.hpp"
#include "parley/model/error.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

using test::BadFileCase;
using test::error_of;
using test::TempFolder;

double utility_of(const Scenario& scenario, const std::string& party, const Outcome& outcome) {
  return scenario.parties.at(*scenario.find_party(party)).utility(outcome);
}

void expect_same_utilities(const Scenario& a, const Scenario& b) {
  ASSERT_EQ(a.parties.size(), b.parties.size());
  for (std::size_t p = 0; p < a.parties.size(); ++p) {
    EXPECT_EQ(a.parties[p].name, b.parties[p].name);
    EXPECT_NEAR(a.parties[p].reservation_value, b.parties[p].reservation_value, 1e-12) << a.parties[p].name;
  }
  for (std::uint64_t id = 0; id < *a.space.cardinality().as_u64(); ++id) {
    const auto outcome = a.space.from_id(id);
    for (std::size_t p = 0; p < a.parties.size(); ++p)
      EXPECT_NEAR(a.parties[p].utility(outcome), b.parties[p].utility(outcome), 1e-12) << a.space.describe(outcome);
  }
}

TEST(GeniusWebJson, ReadsBothSpellingsRangesAndReservationBids) {
  const auto scenario = io::read_geniusweb_folder(test::fixture("geniusweb/holiday"));
  EXPECT_EQ(scenario.name, "holiday");
  ASSERT_EQ(scenario.parties.size(), 2u);  // settings.json is skipped
  EXPECT_EQ(scenario.parties[0].name, "anna");
  const auto& space = scenario.space;
  EXPECT_EQ(space.issue(0).kind(), IssueKind::categorical);
  EXPECT_EQ(space.issue(1).kind(), IssueKind::integer);
  EXPECT_EQ(space.issue(1).size(), 5u);
  EXPECT_EQ(space.issue(2).kind(), IssueKind::real);
  EXPECT_EQ(space.issue(2).size(), 4u);  // 0.5 .. 2.2 by 0.5: GeniusWeb stops at 2.0
  EXPECT_EQ(space.issue(2).label(3), "2");

  const auto& anna = scenario.parties[0].utility.additive();
  EXPECT_EQ(anna.weights, (std::vector<double>{0.5, 0.3, 0.2}));
  EXPECT_NEAR(anna.evaluations[1][2], 0.6, 1e-15);                          // nights 4 on the line
  EXPECT_EQ(anna.evaluations[2], (std::vector<double>{1.0, 0.5, 0.0, 0.0}));  // 2.0 is above highValue: 0
  // reservationBid city, 4 nights, budget 1.0: 0.5·0.4 + 0.3·0.6 + 0.2·0.5
  EXPECT_NEAR(scenario.parties[0].reservation_value, 0.48, 1e-12);

  const auto& ben = scenario.parties[1];
  EXPECT_EQ(ben.reservation_value, 0.0);
  EXPECT_EQ(ben.utility.additive().weights, (std::vector<double>{0.5, 0.25, 0.25}));  // 2, 1, 1 renormalised
  // mountains, 3 nights, budget 1.5: 0.5·1 + 0.25·0.75 + 0.25·0.6
  EXPECT_NEAR(utility_of(scenario, "ben", {2, 1, 2}), 0.8375, 1e-12);
}

TEST(GeniusWebJson, FixtureRoundTrip) {
  const auto original = io::read_geniusweb_folder(test::fixture("geniusweb/holiday"));
  TempFolder temp("holiday");
  const auto& folder = temp.path();
  io::write_geniusweb_folder(original, folder, false);
  const auto again = io::read_geniusweb_folder(folder);
  EXPECT_EQ(again.name, "holiday");
  EXPECT_EQ(again.space.issue(1).kind(), IssueKind::integer);      // linear for both: a range
  EXPECT_EQ(again.space.issue(2).kind(), IssueKind::categorical);  // anna's budget is not a line
  expect_same_utilities(original, again);
  EXPECT_NE(error_of([&] { io::write_geniusweb_folder(original, folder, false); }).find("refusing to overwrite"),
            std::string::npos);
}

TEST(GeniusWebJson, SharedDomainsRoundTripAndMatchHandComputation) {
  PARLEY_REQUIRE_SHARED_DATA(root, "geniusweb");
  const auto flights = io::read_geniusweb_folder(root / "FlightBooking");
  // flightbooking1: weights 0.35/0.35/0.3; reservationBid 200000yen (0.5), CentAir (0.667), 3 sept. (1.0)
  EXPECT_NEAR(flights.parties.at(*flights.find_party("flightbooking1")).reservation_value,
              0.35 * 0.5 + 0.35 * 0.667 + 0.3 * 1.0, 1e-12);
  for (const char* name : {"Fitness", "FlightBooking", "JapnTrip", "Party"}) {
    const auto original = io::read_geniusweb_folder(root / name);
    TempFolder folder(name);
    io::write_geniusweb_folder(original, folder.path(), false);
    const auto again = io::read_geniusweb_folder(folder.path());
    test::expect_same_scenario(original, again, {.tolerance = 1e-12, .compare_metadata = false});
  }
}

TEST(GeniusWebJson, WriterRefusesWhatGeniusWebCannotHold) {
  TempFolder temp("refuse");
  const auto& folder = temp.path();
  auto discounted = io::read_geniusweb_folder(test::fixture("geniusweb/holiday"));
  discounted.parties[1].discount_factor = 0.9;
  EXPECT_NE(error_of([&] { io::write_geniusweb_folder(discounted, folder, false); }).find("no discount factor"),
            std::string::npos);
  auto unreachable = io::read_geniusweb_folder(test::fixture("geniusweb/holiday"));
  unreachable.parties[1].reservation_value = 0.4321;
  EXPECT_NE(error_of([&] { io::write_geniusweb_folder(unreachable, folder, false); }).find("no outcome has utility 0.4321"),
            std::string::npos);
  const auto rectangles = io::read_genius_folder(test::fixture("genius/rectangles"));
  EXPECT_NE(error_of([&] { io::write_geniusweb_folder(rectangles, folder, false); }).find("hyper-rectangle"),
            std::string::npos);
  EXPECT_FALSE(fs::exists(folder));  // nothing written
}

// A case on the fixture folder tests/fixtures/geniusweb/holiday; `line` > 0: expected line.
BadFileCase bad(std::string name, std::string file, std::vector<test::TextEdit> edits, std::string problem) {
  return {std::move(name), test::fixture("geniusweb/holiday").string(), std::move(file), std::move(edits),
          std::move(problem), false};
}
BadFileCase bad_at_line(std::string name, std::string file, std::vector<test::TextEdit> edits, std::string problem) {
  auto c = bad(std::move(name), std::move(file), std::move(edits), std::move(problem));
  c.line_expected = true;
  return c;
}

class GeniusWebBadInput : public ::testing::TestWithParam<BadFileCase> {};

TEST_P(GeniusWebBadInput, NamesFileFieldAndProblem) {
  test::expect_refused(GetParam(), [](const fs::path& folder) { io::read_geniusweb_folder(folder); });
}

INSTANTIATE_TEST_SUITE_P(
    Cases, GeniusWebBadInput,
    ::testing::Values(
        bad_at_line("malformed", "anna.json", {{"\"issueWeights\": {", "\"issueWeights\" {"}}, "malformed JSON"),
        bad_at_line("nan_weight", "anna.json", {{"\"nights\": 0.3", "\"nights\": NaN"}}, "malformed JSON"),
        bad("duplicate_key", "anna.json", {{"\"nights\": 0.3,", "\"nights\": 0.3, \"nights\": 0.1,"}},
                "LinearAdditiveUtilitySpace.issueWeights: key 'nights' appears twice"),
        bad("unknown_issue", "anna.json", {{"\"issueWeights\": {\"destination\"", "\"issueWeights\": {\"place\""}},
                "issue 'place' is not in the domain"),
        bad("unknown_value", "anna.json", {{"\"city\": 0.4", "\"town\": 0.4"}},
                "value 'town' is not a value of issue 'destination'"),
        bad("missing_value", "ben.json", {{"\"city\": 0.7, ", ""}}, "value 'city' of issue 'destination' has no utility"),
        bad("utility_above_one", "anna.json", {{"\"city\": 0.4", "\"city\": 1.4"}}, "utility 1.4 is not in [0, 1]"),
        bad("negative_weight", "anna.json", {{"\"nights\": 0.3", "\"nights\": -0.3"}},
                "weight -0.3 of issue 'nights' is negative"),
        bad("zero_weights", "ben.json",
                {{"\"destination\": 2, \"nights\": 1, \"budget\": 1", "\"destination\": 0, \"nights\": 0, \"budget\": 0"}},
                "all issue weights are 0"),
        bad("missing_weight", "ben.json", {{", \"budget\": 1}", "}"}}, "issue 'budget' has no weight"),
        bad("missing_utilities", "ben.json",
                {{"\"budget\": {\"NumberValueSetUtilities\": {\"lowValue\": 0.5, \"lowUtility\": 0.0, \"highValue\": 2.0, "
                  "\"highUtility\": 0.9}},",
                  ""}},
                "issue 'budget' has no utilities"),
        bad("unknown_kind", "ben.json", {{"discreteutils", "PiecewiseUtilities"}},
                "value utilities 'PiecewiseUtilities' are not supported"),
        bad("numbers_for_labels", "anna.json", {{"{\"DiscreteValueSetUtilities\"", "{\"NumberValueSetUtilities\""}},
                "issue 'destination' is not a number issue"),
        bad("other_domain", "ben.json", {{"\"name\": \"holiday\"", "\"name\": \"camping\""}},
                "the profile is for domain 'camping' but the domain file is 'holiday'"),
        bad("other_values", "ben.json", {{"[\"beach\", \"city\", \"mountains\"]", "[\"beach\", \"city\", \"hills\"]"}},
                "the values of issue 'destination' differ from the domain file"),
        bad("bid_off_grid", "anna.json", {{"\"nights\": 4,", "\"nights\": 4.5,"}}, "'4.5' is not a value of issue 'nights'"),
        bad("empty_issue", "holiday.json", {{"[\"beach\", \"city\", \"mountains\"]", "[]"}},
                "issue 'destination' has no values"),
        bad("duplicate_value", "holiday.json", {{"[\"beach\", \"city\", \"mountains\"]", "[\"beach\", \"city\", \"city\"]"}},
                "issue 'destination' has the value 'city' twice"),
        bad("bad_step", "holiday.json", {{"\"step\": 0.5", "\"step\": 0"}}, "step 0 must be positive"),
        bad("unsupported_profile", "ben.json", {{"LinearAdditiveUtilitySpace", "SumOfGroupsUtilitySpace"}},
                "profile type 'SumOfGroupsUtilitySpace' is not supported"),
        bad("unknown_member", "ben.json", {{"\"name\": \"ben\"", "\"nmae\": \"ben\""}}, "unknown member 'nmae'")),
    [](const ::testing::TestParamInfo<BadFileCase>& info) { return info.param.name; });

TEST(GeniusWebBadFolders, MissingDomainAndMissingFiles) {
  TempFolder temp("no-domain");
  const auto& folder = temp.path();
  fs::copy(test::fixture("geniusweb/holiday"), folder);
  fs::remove(folder / "holiday.json");
  EXPECT_FALSE(io::is_geniusweb_folder(folder));
  EXPECT_NE(error_of([&] { io::read_geniusweb_folder(folder); }).find("no GeniusWeb domain file"), std::string::npos);
  fs::copy(test::fixture("geniusweb/holiday/holiday.json"), folder / "a.json");
  fs::copy(test::fixture("geniusweb/holiday/holiday.json"), folder / "b.json");
  EXPECT_NE(error_of([&] { io::read_geniusweb_folder(folder); }).find("two GeniusWeb domain files: 'a.json' and 'b.json'"),
            std::string::npos);
  fs::remove_all(folder);
  EXPECT_NE(error_of([&] { io::read_geniusweb_folder(folder); }).find("folder does not exist"), std::string::npos);
  const auto fixture = test::fixture("geniusweb/holiday");
  EXPECT_NE(error_of([&] { io::read_geniusweb(fixture / "holiday.json", {fixture / "anna.json", fixture / "gone.json"}); })
                .find("gone.json: file does not exist"),
            std::string::npos);
  EXPECT_NE(error_of([&] { io::read_geniusweb(fixture / "holiday.json", {fixture / "anna.json"}); })
                .find("at least 2 parties"),
            std::string::npos);
}

TEST(GeniusWebBadFolders, TruncatedFilesAreRefusedCleanly) {
  const auto read = [](const fs::path& folder) { io::read_geniusweb_folder(folder); };
  for (const char* file : {"anna.json", "holiday.json"}) {
    const auto [refused, tried] = test::refused_truncations(test::fixture("geniusweb/holiday"), file, 13, read);
    EXPECT_EQ(refused, tried) << file;
  }
}

}  // namespace
}  // namespace parley
