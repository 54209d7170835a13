#include "parley/model/timeline.hpp"

#include <gtest/gtest.h>

#include "parley/model/error.hpp"

namespace parley {
namespace {

Date day(int year, int month, int d) { return Date{year, month, d}; }

PartyPreferences preferences(std::string party, double reservation, std::vector<double> weights,
                             std::vector<std::vector<double>> evaluations) {
  PartyPreferences p;
  p.party = std::move(party);
  p.reservation = Judgement{reservation, "why"};
  p.capability = Judgement{10, "why"};
  for (std::size_t i = 0; i < weights.size(); ++i)
    p.issues.push_back(IssuePreference{.weight = weights[i], .evaluations = evaluations[i]});
  return p;
}

Snapshot snapshot(std::string id, Date date, Date from, Date to) {
  Snapshot s;
  s.id = std::move(id);
  s.date = date;
  s.window_from = from;
  s.window_to = to;
  s.title = "title " + s.id;
  // Preferences listed in the reverse of actor order: scenario_at must restore actor order.
  s.preferences.push_back(preferences("south", 0.2, {1, 1}, {{0, 1}, {0, 0.5, 1}}));
  s.preferences.push_back(preferences("north", 0.4, {3, 1}, {{1, 0}, {1, 0.5, 0}}));
  return s;
}

Timeline two_snapshot_timeline() {
  Timeline timeline;
  timeline.name = "Harbour";
  timeline.folder = "harbour";
  timeline.space = OutcomeSpace({Issue::with_labels("harbour", IssueKind::ordinal, {"north", "south"}),
                                 Issue::with_labels("fees", IssueKind::ordinal, {"north", "split", "south"})});
  timeline.actors = {Actor{.id = "north", .name = "Northland", .role = "principal"},
                     Actor{.id = "south", .name = "Southland", .role = "principal"},
                     Actor{.id = "river", .name = "Riverton", .role = "mediator"}};
  timeline.snapshots = {snapshot("opening", day(2020, 1, 10), day(2020, 1, 1), day(2020, 1, 31)),
                        snapshot("march", day(2020, 3, 2), day(2020, 2, 1), day(2020, 3, 31))};
  Position position{.actor = "north", .issue = "harbour", .options = {"north"}};
  position.citations.push_back(Citation{.source = "s", .quote = "q", .speaker = "p"});
  timeline.snapshots[0].positions.push_back(position);
  return timeline;
}

TEST(Date, ParsesFullAndPartialIsoDates) {
  EXPECT_EQ(parse_date("2022-03-14"), day(2022, 3, 14));
  EXPECT_EQ(parse_date("2022-03"), (Date{2022, 3, 0}));
  EXPECT_EQ(parse_date("2022"), (Date{2022, 0, 0}));
  EXPECT_EQ(parse_date("2024-02-29"), day(2024, 2, 29));  // leap year
  for (const char* bad : {"2023-02-29", "2022-13", "2022-00-10", "2022-3-14", "22-03-14", "2022-03-14x", "", "march"})
    EXPECT_FALSE(parse_date(bad)) << bad;
}

TEST(Date, PartialDatesSpanTheirPeriod) {
  EXPECT_EQ((Date{2024, 2, 0}).last_day(), day(2024, 2, 29));
  EXPECT_EQ((Date{2022, 0, 0}).first_day(), day(2022, 1, 1));
  EXPECT_EQ((Date{2022, 0, 0}).last_day(), day(2022, 12, 31));
  EXPECT_LT(day(2022, 2, 28), day(2022, 3, 1));
  EXPECT_EQ(to_string(Date{2022, 3, 0}), "2022-03");
  EXPECT_EQ(to_string(day(2022, 3, 4)), "2022-03-04");
}

TEST(Timeline, FindsSnapshotsByIdOrDate) {
  const auto timeline = two_snapshot_timeline();
  EXPECT_EQ(find_snapshot(timeline, "march").id, "march");
  EXPECT_EQ(find_snapshot(timeline, "2020-01").id, "opening");   // latest on or before 31 January
  EXPECT_EQ(find_snapshot(timeline, "2020-03-01").id, "opening");  // march is dated 2 March
  EXPECT_EQ(find_snapshot(timeline, "2020-03").id, "march");
  EXPECT_EQ(find_snapshot(timeline, "2025").id, "march");
  EXPECT_EQ(latest_snapshot(timeline).id, "march");
  EXPECT_EQ(timeline.start(), day(2020, 1, 1));
  EXPECT_EQ(timeline.end(), day(2020, 3, 31));
}

TEST(Timeline, UnknownSnapshotIsAnInputErrorListingTheSnapshots) {
  const auto timeline = two_snapshot_timeline();
  for (const char* wanted : {"2019-12", "autumn"}) {
    try {
      find_snapshot(timeline, wanted);
      FAIL() << wanted << " accepted";
    } catch (const InputError& error) {
      EXPECT_EQ(error.where().file, "harbour");
      EXPECT_NE(error.problem().find("opening (2020-01-10), march (2020-03-02)"), std::string::npos) << error.what();
    }
  }
}

TEST(Timeline, ScenarioAtBuildsOnePartyPerPreferencesInActorOrder) {
  const auto timeline = two_snapshot_timeline();
  const auto scenario = scenario_at(timeline, "march");
  EXPECT_EQ(scenario.name, "Harbour — title march (2020-03-02)");
  ASSERT_EQ(scenario.parties.size(), 2u);  // Riverton has no preferences: not a party
  EXPECT_EQ(scenario.parties[0].name, "Northland");
  EXPECT_EQ(scenario.parties[0].role, "principal");
  EXPECT_DOUBLE_EQ(scenario.parties[0].reservation_value, 0.4);
  EXPECT_DOUBLE_EQ(*scenario.parties[0].capability, 10);
  // Weights 3:1 renormalised: u(north, split) = 0.75 * 1 + 0.25 * 0.5.
  EXPECT_DOUBLE_EQ(scenario.parties[0].utility({0, 1}), 0.875);
  EXPECT_DOUBLE_EQ(scenario.parties[1].utility({1, 2}), 1.0);
}

TEST(Timeline, ScenarioAtRejectsInvalidPreferences) {
  auto timeline = two_snapshot_timeline();
  timeline.snapshots[1].preferences[0].issues[1].evaluations = {0, 2, 1};
  EXPECT_THROW(scenario_at(timeline, "march"), InputError);
  timeline.snapshots[1].preferences.pop_back();  // one party left
  EXPECT_THROW(scenario_at(timeline, "march"), InputError);
}

TEST(Timeline, LatestPositionLooksBackToEarlierSnapshots) {
  const auto timeline = two_snapshot_timeline();
  const auto found = latest_position(timeline, 1, "north.harbour");
  ASSERT_TRUE(found);
  EXPECT_EQ(found->snapshot_index, 0u);
  EXPECT_EQ(found->position->options, std::vector<std::string>{"north"});
  EXPECT_FALSE(latest_position(timeline, 1, "south.harbour"));
}

TEST(Timeline, ForEachCitationVisitsPositionsWithTheirContext) {
  const auto timeline = two_snapshot_timeline();
  int visited = 0;
  for_each_citation(timeline, [&](const Citation& citation, const CitationContext& context) {
    ++visited;
    EXPECT_EQ(citation.quote, "q");
    EXPECT_EQ(context.description, "snapshot opening, position north.harbour");
    EXPECT_EQ(context.position, &timeline.snapshots[0].positions[0]);
  });
  EXPECT_EQ(visited, 1);
}

}  // namespace
}  // namespace parley
