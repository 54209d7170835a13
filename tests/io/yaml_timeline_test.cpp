#include "parley/io/yaml_timeline.hpp"

#include <gtest/gtest.h>

#include "parley/io/load.hpp"
#include "parley/model/error.hpp"
#include "support/temporary_copy.hpp"
#include "support/test_paths.hpp"

namespace parley {
namespace {

namespace fs = std::filesystem;

fs::path minimal() { return test::fixture("timeline/minimal"); }

// A copy of the minimal fixture that a test may edit.
class EditedCopy : public test::TemporaryCopy {
 public:
  EditedCopy() : TemporaryCopy(minimal()) {}
};

// Reading fails with an InputError in `file` at `line` whose message contains `problem`.
void expect_error(const fs::path& folder, const std::string& file, int line, const std::string& problem) {
  try {
    io::read_timeline(folder);
    FAIL() << "accepted; expected: " << problem;
  } catch (const InputError& error) {
    EXPECT_EQ(fs::path(error.where().file).filename(), fs::path(file).filename()) << error.what();
    EXPECT_EQ(error.where().line, line) << error.what();
    EXPECT_NE(std::string(error.what()).find(problem), std::string::npos) << error.what();
  }
}

TEST(YamlTimeline, ReadsEverySection) {
  const auto timeline = io::read_timeline(minimal());
  EXPECT_EQ(timeline.name, "Harbour talks");
  EXPECT_EQ(timeline.space.issue_count(), 2u);
  ASSERT_EQ(timeline.actors.size(), 3u);
  EXPECT_EQ(timeline.actors[0].aliases, std::vector<std::string>{"the north"});
  EXPECT_EQ(timeline.actors[2].citations.size(), 1u);
  ASSERT_EQ(timeline.people.size(), 3u);
  EXPECT_EQ(timeline.people[2].party, "riverton");
  ASSERT_EQ(timeline.sources.size(), 2u);
  EXPECT_EQ(timeline.sources[0].published, (Date{2020, 1, 10}));
  EXPECT_NE(timeline.sources[0].text.find("Talks on the harbour open"), std::string::npos);
  EXPECT_EQ(timeline.sources[1].url, "https://example.org/courier");
  ASSERT_EQ(timeline.snapshots.size(), 2u);
  const auto& opening = timeline.snapshots[0];
  EXPECT_EQ(opening.positions.size(), 3u);
  EXPECT_EQ(opening.positions[1].key(), "southland.harbour");
  EXPECT_EQ(opening.positions[1].citations[0].form, CitationForm::reported);
  EXPECT_EQ(opening.positions[2].key(), "riverton.talks");
  EXPECT_EQ(fs::path(opening.positions[0].citations[0].where.file).filename(), "opening.yaml");
  EXPECT_EQ(opening.positions[0].citations[0].where.line, 13);
  ASSERT_EQ(timeline.claims.size(), 1u);
  EXPECT_EQ(timeline.claims[0].sides.size(), 2u);
  EXPECT_EQ(timeline.claims[0].sides[1].citations[0].about, "southland");
}

TEST(YamlTimeline, InheritedPreferencesKeepTheirOriginAndOverridesApply) {
  const auto timeline = io::read_timeline(minimal());
  const auto& march = timeline.snapshots[1];
  const auto* north = march.find_preferences("northland");
  ASSERT_NE(north, nullptr);
  EXPECT_EQ(north->inherits, "opening");
  EXPECT_DOUBLE_EQ(north->reservation.value, 0.35);
  EXPECT_EQ(north->reservation.set_in, "march");
  EXPECT_DOUBLE_EQ(north->capability.value, 60);        // inherited
  EXPECT_EQ(north->capability.set_in, "opening");
  EXPECT_EQ(north->capability.why, "Larger fleet.");
  EXPECT_DOUBLE_EQ(north->issues[0].evaluations[1], 0.8);  // harbour overridden
  EXPECT_EQ(north->issues[0].set_in, "march");
  EXPECT_EQ(north->issues[1].set_in, "opening");          // fees inherited
  const auto* south = march.find_preferences("southland");
  ASSERT_NE(south, nullptr);
  EXPECT_DOUBLE_EQ(south->reservation.value, 0.3);
}

TEST(YamlTimeline, ScenarioOfASnapshotByIdDateOrDefault) {
  // march: Northland weights 1:1, harbour shared = 0.8, fees split = 0.5.
  const auto march = io::read_timeline_scenario(minimal(), "march");
  EXPECT_DOUBLE_EQ(march.parties[0].utility({1, 1}), 0.65);
  EXPECT_DOUBLE_EQ(march.parties[0].reservation_value, 0.35);
  // opening: weights 3:1, shared = 0.5.
  const auto opening = io::read_timeline_scenario(minimal(), "2020-02");
  EXPECT_DOUBLE_EQ(opening.parties[0].utility({1, 1}), 0.75 * 0.5 + 0.25 * 0.5);
  EXPECT_DOUBLE_EQ(*opening.parties[0].salience, 0.8);
  // load_scenario() on a timeline folder gives the latest snapshot.
  const auto loaded = io::load_scenario(minimal());
  EXPECT_EQ(loaded.name, march.name);
  EXPECT_DOUBLE_EQ(loaded.parties[0].utility({1, 1}), 0.65);
  EXPECT_TRUE(io::has_timeline(minimal()));
  EXPECT_TRUE(io::has_timeline(minimal() / "scenario.yaml"));
  EXPECT_FALSE(io::has_timeline(minimal() / "snapshots"));
}

TEST(YamlTimeline, ReadsTheFlagshipScenario) {
  const auto folder = test::source_dir() / "scenarios/russia-ukraine";
  const auto timeline = io::read_timeline(folder);
  EXPECT_EQ(timeline.sources.size(), 5u);
  EXPECT_EQ(timeline.space.issue_count(), 10u);
  ASSERT_EQ(timeline.snapshots.size(), 5u);
  for (const auto& snapshot : timeline.snapshots) {
    const auto scenario = scenario_at(timeline, snapshot);
    ASSERT_EQ(scenario.parties.size(), 2u) << snapshot.id;
    EXPECT_EQ(scenario.parties[0].name, "Russia");
    EXPECT_EQ(scenario.parties[1].name, "Ukraine");
    for (const auto& party : scenario.parties) EXPECT_TRUE(party.utility.is_additive());
  }
  EXPECT_EQ(io::load_scenario(folder).name, scenario_at(timeline, "2025-08-karelia").name);
  EXPECT_EQ(find_snapshot(timeline, "2022-03").id, "2022-03-antalya-istanbul");
}

TEST(YamlTimelineBadInput, UnknownOptionInAPosition) {
  EditedCopy copy;
  copy.replace("snapshots/opening.yaml", "option: northern", "option: nothern");
  expect_error(copy.folder(), "opening.yaml", 9, "'nothern' is not an option of issue 'harbour'");
}

TEST(YamlTimelineBadInput, UnknownActor) {
  EditedCopy copy;
  copy.replace("snapshots/opening.yaml", "  - actor: southland", "  - actor: southlands");
  expect_error(copy.folder(), "opening.yaml", 17, "unknown actor 'southlands'");
}

TEST(YamlTimelineBadInput, InferredPositionWithoutReason) {
  EditedCopy copy;
  copy.replace("snapshots/march.yaml", "    because: Southland denies a breakthrough without saying what it wants on fees.\n", "");
  expect_error(copy.folder(), "march.yaml", 17, "an inferred position says 'because'");
}

TEST(YamlTimelineBadInput, EvaluationOutOfRange) {
  EditedCopy copy;
  copy.replace("snapshots/opening.yaml", "{northern: 1, shared: 0.5, southern: 0}", "{northern: 1, shared: 1.5, southern: 0}");
  expect_error(copy.folder(), "opening.yaml", 44, "evaluation 1.5 is not in [0, 1]");
}

TEST(YamlTimelineBadInput, MissingEvaluationOfAnOption) {
  EditedCopy copy;
  copy.replace("snapshots/opening.yaml", "{north-keeps: 0, split: 0.5, south-keeps: 1}", "{north-keeps: 0, split: 0.5}");
  expect_error(copy.folder(), "opening.yaml", 60, "no evaluation for option 'south-keeps'");
}

TEST(YamlTimelineBadInput, MissingJustification) {
  EditedCopy copy;
  copy.replace("snapshots/opening.yaml", "why: {weight: Money matters less., evaluations: Linear.}", "why: {weight: Money matters less.}");
  expect_error(copy.folder(), "opening.yaml", 49, "missing required field 'evaluations'");
}

TEST(YamlTimelineBadInput, ReservationOutOfRange) {
  EditedCopy copy;
  copy.replace("snapshots/opening.yaml", "reservation: {value: 0.4,", "reservation: {value: 1.4,");
  expect_error(copy.folder(), "opening.yaml", 38, "1.4 is not in [0, 1]");
}

TEST(YamlTimelineBadInput, InheritingFromALaterOrUnknownSnapshot) {
  EditedCopy copy;
  copy.replace("snapshots/march.yaml", "inherits: opening\n    reservation", "inherits: april\n    reservation");
  expect_error(copy.folder(), "march.yaml", 30, "'april' is not an earlier snapshot");
}

TEST(YamlTimelineBadInput, SnapshotsOutOfOrder) {
  EditedCopy copy;
  copy.replace("snapshots/opening.yaml", "date: 2020-01-10\nwindow: [2020-01-01, 2020-01-31]",
               "date: 2020-04-10\nwindow: [2020-04-01, 2020-04-30]");
  expect_error(copy.folder(), "march.yaml", 2, "snapshots are listed in time order");
}

TEST(YamlTimelineBadInput, DateOutsideItsWindow) {
  EditedCopy copy;
  copy.replace("snapshots/opening.yaml", "date: 2020-01-10", "date: 2020-02-10");
  expect_error(copy.folder(), "opening.yaml", 3, "must contain the snapshot's date 2020-02-10");
}

TEST(YamlTimelineBadInput, NotADate) {
  EditedCopy copy;
  copy.replace("scenario.yaml", "published: 2020-01-10", "published: 10 January 2020");
  expect_error(copy.folder(), "scenario.yaml", 38, "'10 January 2020' is not a date");
}

TEST(YamlTimelineBadInput, MissingSourceText) {
  EditedCopy copy;
  fs::remove(copy.folder() / "sources/courier-2020-03-02.txt");
  expect_error(copy.folder(), "scenario.yaml", 41, "does not exist");
}

TEST(YamlTimelineBadInput, MissingSnapshotFile) {
  EditedCopy copy;
  fs::remove(copy.folder() / "snapshots/march.yaml");
  expect_error(copy.folder(), "scenario.yaml", 49, "march.yaml' does not exist");
}

TEST(YamlTimelineBadInput, NarrationWithASpeaker) {
  EditedCopy copy;
  copy.replace("claims.yaml", "          form: narrated\n", "          form: narrated\n          speaker: rook\n");
  expect_error(copy.folder(), "claims.yaml", 18, "a narrated citation has no speaker");
}

TEST(YamlTimelineBadInput, ClaimWithOneSide) {
  EditedCopy copy;
  copy.replace("claims.yaml", "    - actor: southland", "  - actor: southland");
  EXPECT_THROW(io::read_timeline(copy.folder()), InputError);  // malformed YAML or a one-sided claim
}

TEST(YamlTimelineBadInput, PartiesAndSnapshotsTogether) {
  EditedCopy copy;
  copy.replace("scenario.yaml", "actors:\n", "parties: []\nactors:\n");
  expect_error(copy.folder(), "scenario.yaml", 12, "remove 'parties'");
}

TEST(YamlTimelineBadInput, AScenarioWithoutATimeline) {
  EditedCopy copy;
  copy.replace("scenario.yaml", "snapshots:\n  - snapshots/opening.yaml\n  - snapshots/march.yaml\n", "");
  expect_error(copy.folder(), "scenario.yaml", 2, "this scenario has no timeline");
}

TEST(YamlTimelineBadInput, MalformedSnapshotFile) {
  EditedCopy copy;
  copy.replace("snapshots/march.yaml", "title: Within reach", "title: [Within reach");
  EXPECT_THROW(io::read_timeline(copy.folder()), InputError);
}

}  // namespace
}  // namespace parley
