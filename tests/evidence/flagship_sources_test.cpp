// Regressions on the flagship's own sources (scenarios/russia-ukraine/sources, shipped with
// the repository): each test pins an error a reader spotted in `parley evidence extract
// --scenario scenarios/russia-ukraine` output, with the speakers of the scenario's `people`.
#include <gtest/gtest.h>

#include "evidence/evidence_test_support.hpp"

namespace parley::evidence::test {
namespace {

std::filesystem::path flagship() { return parley::test::source_dir() / "scenarios" / "russia-ukraine"; }

ArticleEvidence flagship_source(const std::string& name) {
  ExtractorOptions options;
  options.directory = load_speaker_directory(flagship());
  const AttributionExtractor extractor(std::move(options));
  return extractor.extract_file(flagship() / "sources" / name);
}

// "The talks began just after 1 p.m. Ukraine time, CNN reported." ICU broke after "p.m.",
// which left "Ukraine time" as CNN's report.
TEST(EvidenceFlagshipSources, TimeOfDayDoesNotEndTheSentence) {
  const auto a = flagship_source("huffpost-2022-02-28.txt");
  const Statement* s = statement_with(a, "Ukraine time");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(content_text(a, *s), "The talks began just after 1 p.m. Ukraine time");
  EXPECT_EQ(span_text(a, s->source), "CNN");
}

// "“Belarus has become ... recent years,” the U.S. Treasury Department said in a statement
// Feb. 24 announcing sanctions": ICU broke after "U.S.", so the quotation was missed and the
// adjunct "Feb. 24 announcing sanctions ..." was taken for the statement.
TEST(EvidenceFlagshipSources, TreasuryStatementIsTheQuotationBeforeTheCue) {
  const auto a = flagship_source("washington-post-2022-04-12.txt");
  const Statement* s = statement_with(a, "Belarus has become increasingly reliant on Russia");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(span_text(a, s->source), "the U.S. Treasury Department");
  EXPECT_EQ(span_text(a, s->cue), "said in a statement");
  EXPECT_EQ(s->kind, StatementKind::direct);
  EXPECT_EQ(s->party, "united_states");
  for (const auto& statement : a.statements) {
    EXPECT_EQ(content_text(a, statement).find("announcing sanctions"), std::string::npos) << content_text(a, statement);
  }
}

// president.gov.by: "During the meeting, the head of state thanked Vladimir Putin ... .
// "It is clear that if it had not been for your decision ...," the President said. According
// to him, Roscosmos has reaffirmed ..." — the President is Lukashenko (the last speaker, who
// holds the title), not Putin (named as the object in between), and so is "him".
TEST(EvidenceFlagshipSources, BareTitleContinuesTheLastSpeaker) {
  const auto a = flagship_source("president-gov-by-2024-04-11.txt");
  const Statement* president = statement_with(a, "if it had not been for your decision");
  ASSERT_NE(president, nullptr);
  EXPECT_EQ(president->speaker, "Alexander Lukashenko");
  const Statement* roscosmos = statement_with(a, "Roscosmos has reaffirmed");
  ASSERT_NE(roscosmos, nullptr);
  EXPECT_EQ(roscosmos->speaker, "Alexander Lukashenko");
  EXPECT_EQ(roscosmos->party, "belarus");
  // "The head of state noted ..." right after Putin spoke: the only person whose title is
  // "head of state" is Lukashenko.
  const Statement* noted = statement_with(a, "the parties have always discussed the situation in Ukraine");
  ASSERT_NE(noted, nullptr);
  EXPECT_EQ(noted->speaker, "Alexander Lukashenko");
}

// RedState: "According to him [Slutsky], the parties have made significant progress. “...,”
// the politician told RT." — a role noun refers back to the last speaker.
TEST(EvidenceFlagshipSources, ThePoliticianIsTheLastSpeaker) {
  const auto a = flagship_source("redstate-2022-03-14.txt");
  const Statement* s = statement_with(a, "According to my personal expectations");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(span_text(a, s->source), "the politician");
  EXPECT_EQ(s->speaker, "Leonid Slutsky");
  EXPECT_TRUE(s->speaker_resolved);
  EXPECT_EQ(s->party, "russia");
}

// RedState: "The Kremlin’s position now, according to comments this week by its spokesman,
// Dmitri S. Peskov, is that Ukraine must recognize ..." — the speaker is who follows "by"
// (the source as written stays "comments this week by its spokesman", as PolNeAR marks it).
TEST(EvidenceFlagshipSources, AccordingToCommentsByNamesTheSpeaker) {
  const auto a = flagship_source("redstate-2022-03-14.txt");
  const Statement* s = statement_with(a, "is that Ukraine must recognize Russian sovereignty");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(span_text(a, s->source), "comments this week by its spokesman");
  EXPECT_EQ(s->speaker, "Dmitri S. Peskov");
  EXPECT_EQ(s->party, "russia");
}

}  // namespace
}  // namespace parley::evidence::test
