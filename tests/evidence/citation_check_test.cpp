#include "parley/evidence/citation_check.hpp"

#include <algorithm>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/io/yaml_timeline.hpp"
#include "support/test_paths.hpp"

namespace parley::evidence {
namespace {

Timeline minimal() { return io::read_timeline(test::fixture("timeline/minimal")); }

Citation& first_position_citation(Timeline& timeline, std::size_t snapshot, std::size_t position) {
  return timeline.snapshots[snapshot].positions[position].citations[0];
}

// The problems whose message contains `text`.
std::size_t count_problems(const CitationReport& report, const std::string& text) {
  return std::count_if(report.problems.begin(), report.problems.end(),
                       [&](const CitationProblem& p) { return p.problem.find(text) != std::string::npos; });
}

TEST(Typography, NormalisesQuotesDashesAndWhitespaceOnly) {
  EXPECT_EQ(normalise_typography("“It’s ‘fine’” — she said – “ok”"), "\"It's 'fine'\" - she said - \"ok\"");
  EXPECT_EQ(normalise_typography("a\u00a0\u00a0b\n\n c\t"), "a b c");           // no-break spaces, newlines
  EXPECT_EQ(normalise_typography("status ― hinting"), "status - hinting");       // horizontal bar U+2015
  EXPECT_EQ(normalise_typography("«non» ‚x‛ 5−3"), "\"non\" 'x' 5-3");             // guillemets, low quotes, minus
  EXPECT_EQ(normalise_typography("Kyiv KYIV café"), "Kyiv KYIV café");          // letters and case untouched
  EXPECT_EQ(normalise_typography("  padded  "), "padded");
}

TEST(Typography, QuoteOccursIgnoresTypographyButNotWords) {
  const std::string text = "Putin said: “We are ready to wait,” — and left.";
  EXPECT_TRUE(quote_occurs(text, "\"We are ready to wait,\" - and"));
  EXPECT_TRUE(quote_occurs(text, "We are   ready\nto wait"));
  EXPECT_FALSE(quote_occurs(text, "We are ready to talk"));
  EXPECT_FALSE(quote_occurs(text, "we are ready to wait"));  // case is not typography
}

TEST(CitationCheck, TheMinimalFixtureVerifies) {
  const auto report = verify_citations(minimal());
  EXPECT_TRUE(report.ok()) << report.problems.front().problem;
  EXPECT_EQ(report.citations, 8u);  // 1 actor + 3 + 2 positions + 2 claim sides
  EXPECT_EQ(report.positions, 5u);
  EXPECT_EQ(report.claims, 1u);
  EXPECT_EQ(report.sources, 2u);
}

TEST(CitationCheck, ATamperedQuoteIsReportedWithItsPlaceAndWhereItDiverges) {
  auto timeline = minimal();
  first_position_citation(timeline, 0, 0).quote = "We will never give up the harbour";
  const auto report = verify_citations(timeline);
  ASSERT_EQ(report.problems.size(), 1u);
  const auto& problem = report.problems[0];
  EXPECT_EQ(std::filesystem::path(problem.where.file).filename(), "opening.yaml");
  EXPECT_EQ(problem.where.line, 13);
  EXPECT_EQ(problem.context, "snapshot opening, position northland.harbour");
  EXPECT_EQ(problem.source, "gazette-2020-01-10");
  EXPECT_NE(problem.problem.find("the quote is not in source 'gazette-2020-01-10'"), std::string::npos);
  EXPECT_NE(problem.problem.find("where the quote continues \"never give up"), std::string::npos) << problem.problem;
}

TEST(CitationCheck, EveryBrokenCitationIsListedNotJustTheFirst) {
  auto timeline = minimal();
  first_position_citation(timeline, 0, 0).quote = "invented words entirely";
  first_position_citation(timeline, 0, 1).speaker = "nobody";
  timeline.people[2].party = "atlantis";                                   // vale's party
  timeline.claims[0].sides[1].citations[0].about = "atlantis";
  first_position_citation(timeline, 1, 1).source = "missing-source";
  const auto report = verify_citations(timeline);
  EXPECT_EQ(count_problems(report, "no part of it occurs in the source"), 1u);
  EXPECT_EQ(count_problems(report, "unknown speaker 'nobody'"), 1u);
  EXPECT_EQ(count_problems(report, "speaker 'vale' belongs to 'atlantis', which is not an actor"), 1u);
  EXPECT_EQ(count_problems(report, "the narration is about 'atlantis'"), 1u);
  EXPECT_EQ(count_problems(report, "unknown source 'missing-source'"), 1u);
  // The stated Southland position lost its only Southland speaker, and Riverton's stated
  // position its only Riverton speaker (Vale now belongs to 'atlantis').
  EXPECT_EQ(count_problems(report, "a stated position of 'southland' cites no statement"), 1u);
  EXPECT_EQ(count_problems(report, "a stated position of 'riverton' cites no statement"), 1u);
  EXPECT_EQ(report.problems.size(), 7u);
}

TEST(CitationCheck, DatesMustLieInTheTimelineAndNotAfterTheSource) {
  auto timeline = minimal();
  first_position_citation(timeline, 1, 0).date = Date{2020, 3, 5};  // after the Courier's 2 March
  timeline.actors[2].citations[0].date = Date{2019, 12, 0};          // before the first window
  timeline.claims[0].date = Date{2021, 1, 1};
  const auto report = verify_citations(timeline);
  EXPECT_EQ(count_problems(report, "dated 2020-03-05, after its source was published (2020-03-02)"), 1u);
  EXPECT_EQ(count_problems(report, "dated 2019-12, outside the timeline (2020-01-01 to 2020-03-31)"), 1u);
  EXPECT_EQ(count_problems(report, "the claim is dated 2021-01-01, outside the timeline"), 1u);
  // 5 March is inside the timeline and the March window: only the publication check fires.
  EXPECT_EQ(report.problems.size(), 3u);
}

TEST(CitationCheck, AStatedPositionCitesWordsOfItsOwnWindow) {
  auto timeline = minimal();
  first_position_citation(timeline, 0, 0).date = Date{2019, 12, 30};
  const auto report = verify_citations(timeline);
  EXPECT_EQ(count_problems(report, "a stated position cites words of 2019-12-30, outside the snapshot's window"), 1u);
  // Inferred positions may rest on evidence from any time of the timeline.
  auto inferred = minimal();
  inferred.snapshots[1].positions[1].citations[0].source = "gazette-2020-01-10";
  inferred.snapshots[1].positions[1].citations[0].quote = "difficult but serious";
  inferred.snapshots[1].positions[1].citations[0].speaker = "vale";
  EXPECT_TRUE(verify_citations(inferred).ok());
}

TEST(CitationCheck, JsonReportFollowsTheSchema) {
  auto timeline = minimal();
  first_position_citation(timeline, 0, 2).quote = "easy and frivolous";
  const auto json = to_json(verify_citations(timeline));
  EXPECT_FALSE(json["ok"].get<bool>());
  EXPECT_EQ(json["citations"].get<int>(), 8);
  ASSERT_EQ(json["problems"].size(), 1u);
  EXPECT_EQ(json["problems"][0]["line"].get<int>(), 32);
  EXPECT_EQ(json["problems"][0]["quote"].get<std::string>(), "easy and frivolous");
  EXPECT_EQ(json["problems"][0]["context"].get<std::string>(), "snapshot opening, position riverton.talks");
}

TEST(CitationCheck, TheFlagshipScenarioVerifies) {
  const auto timeline = io::read_timeline(test::source_dir() / "scenarios/russia-ukraine");
  const auto report = verify_citations(timeline);
  for (const auto& problem : report.problems)
    ADD_FAILURE() << problem.where.file << ":" << problem.where.line << ": " << problem.context << ": " << problem.problem;
  EXPECT_GT(report.citations, 100u);
  EXPECT_EQ(report.sources, 5u);
}

}  // namespace
}  // namespace parley::evidence
