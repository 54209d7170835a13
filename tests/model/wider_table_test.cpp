// The wider table and blocs on a small hand-made timeline: who decides an issue at each table,
// and bloc consistency over stated and carried positions.
#include "parley/model/wider_table.hpp"

#include <gtest/gtest.h>

#include "parley/model/error.hpp"

namespace parley {
namespace {

PartyPreferences preferences(std::string party, double reservation, std::vector<std::vector<double>> evaluations) {
  PartyPreferences p;
  p.party = std::move(party);
  p.reservation = Judgement{reservation, "why"};
  p.capability = Judgement{10, "why"};
  for (auto& e : evaluations) p.issues.push_back(IssuePreference{.weight = 1, .evaluations = std::move(e)});
  return p;
}

Position position(std::string actor, std::string issue, std::vector<std::string> options) {
  return Position{.actor = std::move(actor), .issue = std::move(issue), .options = std::move(options)};
}

// North and South negotiate; the Fleet (a bloc of East and West) decides the fees.
Timeline harbour() {
  Timeline timeline;
  timeline.name = "Harbour";
  timeline.space = OutcomeSpace({Issue::with_labels("harbour", IssueKind::ordinal, {"north", "shared", "south"}),
                                 Issue::with_labels("fees", IssueKind::ordinal, {"low", "high"})});
  timeline.actors = {Actor{.id = "north", .name = "Northland"}, Actor{.id = "south", .name = "Southland"},
                     Actor{.id = "east", .name = "Eastland"}, Actor{.id = "west", .name = "Westland"}};
  timeline.blocs = {Bloc{.id = "fleet", .name = "the Fleet", .members = {"east", "west"}, .why = "one voice"}};
  timeline.issue_owners = {IssueOwners{.issue = "fees", .decided_by = {"east"}, .why = "they levy them"}};
  Snapshot first;
  first.id = "first";
  first.preferences = {preferences("north", 0.3, {{1, 0.5, 0}, {1, 0}}), preferences("south", 0.3, {{0, 0.5, 1}, {0, 1}})};
  first.wider_table = {preferences("fleet", 0.2, {{0.5, 1, 0.5}, {0, 1}})};
  first.positions = {position("east", "harbour", {"shared", "south"}), position("west", "harbour", {"shared"}),
                     position("east", "fees", {"high"})};
  Snapshot second = first;
  second.id = "second";
  second.positions = {position("west", "harbour", {"north"})};  // east's harbour position is carried
  timeline.snapshots = {first, second};
  return timeline;
}

TEST(WiderTable, TheBlocSitsAsOnePartyAndDecidesTheIssuesItsMembersOwn) {
  const auto timeline = harbour();
  const auto& snapshot = timeline.snapshots[0];
  const auto wider = wider_table_scenario_at(timeline, snapshot);
  ASSERT_EQ(wider.parties.size(), 3u);
  EXPECT_EQ(wider.parties[2].name, "the Fleet");
  const auto at_three = issue_deciders(timeline, snapshot, wider);
  EXPECT_EQ(at_three[0].parties, (std::vector<std::size_t>{0, 1}));  // harbour: the principals
  EXPECT_EQ(at_three[1].parties, (std::vector<std::size_t>{2}));     // fees: east, seated through the Fleet
  EXPECT_TRUE(at_three[1].outside.empty());
  const auto at_two = issue_deciders(timeline, snapshot, scenario_at(timeline, snapshot));
  EXPECT_TRUE(at_two[1].parties.empty());
  EXPECT_EQ(at_two[1].outside, (std::vector<std::string>{"Eastland"}));
  Snapshot without = snapshot;
  without.wider_table.clear();
  EXPECT_THROW(wider_table_scenario_at(timeline, without), InputError);
}

TEST(WiderTable, BlocConsistencyIntersectsStatedAndCarriedPositions) {
  const auto timeline = harbour();
  const auto first = bloc_consistency(timeline, 0);
  ASSERT_EQ(first.size(), 1u);  // only the harbour has two members with a position
  EXPECT_EQ(first[0].issue, 0u);
  EXPECT_TRUE(first[0].consistent());
  EXPECT_EQ(first[0].common, (std::vector<std::string>{"shared"}));
  const auto second = bloc_consistency(timeline, 1);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_FALSE(second[0].consistent());  // west now says north; east's carried shared|south
  EXPECT_EQ(second[0].members[0].snapshot_index, 0u);
  EXPECT_EQ(second[0].members[1].snapshot_index, 1u);
}

}  // namespace
}  // namespace parley
