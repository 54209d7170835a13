// Speaker resolution, parties, issues, dates, offsets and bad input.
#include <gtest/gtest.h>

#include "evidence/evidence_test_support.hpp"
#include "parley/evidence/evidence_json.hpp"
#include "parley/evidence/utf8_text.hpp"
#include "parley/model/error.hpp"

namespace parley::evidence::test {
namespace {

ExtractorOptions flagship_people() {
  ExtractorOptions options;
  options.directory = load_speaker_directory(parley::test::fixture("evidence/people.yaml"));
  return options;
}

TEST(EvidenceSpeakers, SurnameResolvesToTheFullNameMentionedEarlier) {
  const auto a = extract_text("Russian President Vladimir Putin met reporters on Tuesday.\n\n"
                              "\xE2\x80\x9CWe had no choice,\xE2\x80\x9D Putin said.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(a.statements[0].speaker, "Vladimir Putin");
  EXPECT_TRUE(a.statements[0].speaker_resolved);
}

TEST(EvidenceSpeakers, PronounTakesThePreviousSpeaker) {
  const auto a = extract_text("Zelensky met Macron. \xE2\x80\x9CThe talks failed,\xE2\x80\x9D Podolyak said. "
                              "He said the delegation would return.");
  ASSERT_EQ(a.statements.size(), 2u);
  EXPECT_EQ(a.statements[1].speaker, "Podolyak");
  EXPECT_TRUE(a.statements[1].speaker_resolved);
}

TEST(EvidenceSpeakers, TitleDescriptionResolvesToTheNearestFittingPerson) {
  const auto a = extract_text(
      "Russian President Vladimir Putin met Belarusian President Alexander Lukashenko in Moscow.\n\n"
      "\xE2\x80\x9CWe are brothers,\xE2\x80\x9D the Belarusian president said.\n\n"
      "\xE2\x80\x9CThe West has failed,\xE2\x80\x9D the Russian leader added.");
  ASSERT_EQ(a.statements.size(), 2u);
  EXPECT_EQ(a.statements[0].speaker, "Alexander Lukashenko");
  EXPECT_EQ(a.statements[1].speaker, "Vladimir Putin");
}

TEST(EvidenceSpeakers, DirectoryGivesPartiesAliasesAndPossessors) {
  const auto a = extract_text("Zelensky said Ukraine would not cede territory. "
                              "Zelenskyy\xE2\x80\x99s office said Ukraine wants a ceasefire. "
                              "The Kremlin said the talks had stalled.",
                              flagship_people());
  ASSERT_EQ(a.statements.size(), 3u);
  EXPECT_EQ(a.statements[0].speaker, "Volodymyr Zelenskyy");
  EXPECT_EQ(a.statements[0].party, "Ukraine");
  EXPECT_EQ(a.statements[1].party, "Ukraine");
  EXPECT_EQ(a.statements[2].party, "Russia");
}

TEST(EvidenceSpeakers, DirectoryFileErrorsNameTheField) {
  try {
    load_speaker_directory(parley::test::fixture("evidence/bad_people.yaml"));
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().field, "people[1].name");
    EXPECT_EQ(e.where().line, 4);
  }
  EXPECT_THROW(load_speaker_directory("/nonexistent/people.yaml"), InputError);
}

TEST(EvidenceIssues, LexiconFileReplacesTheDefault) {
  ExtractorOptions options;
  options.lexicon = load_issue_lexicon(parley::test::fixture("evidence/lexicon.yaml"));
  const auto a = extract_text("Erdogan said the Black Sea corridor keeps wheat moving.", options);
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(a.statements[0].issues, std::vector<std::string>{"grain"});
  EXPECT_THROW(load_issue_lexicon(parley::test::fixture("evidence/people.yaml")), InputError);
  EXPECT_EQ(load_issue_lexicon_or_default(parley::test::fixture("evidence/people.yaml")).issues.size(),
            default_negotiation_lexicon().issues.size());
}

TEST(EvidenceIssues, DefaultLexiconCoversTheFlagshipIssues) {
  const auto a = extract_text(
      "Peskov said Ukraine must accept neutrality and renounce NATO membership, recognise Crimea and the Donetsk "
      "and Luhansk republics, and accept limits on its armed forces.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(a.statements[0].issues,
            (std::vector<std::string>{"crimea", "donbas", "nato-neutrality", "demilitarization"}));
}

TEST(EvidenceArticle, DateWhenTheArticleGivesOne) {
  EXPECT_EQ(extract_text("KYIV, March 29, 2022 \xE2\x80\x94 Talks resumed.").date, "2022-03-29");
  EXPECT_EQ(extract_text("Published 14 June 2022. Talks resumed.").date, "2022-06-14");
  EXPECT_FALSE(extract_text("The leaders met on 11 April.").date.has_value());
  EXPECT_FALSE(extract_text("Posted February 30, 2022.").date.has_value());  // no such day
}

TEST(EvidenceArticle, JsonOffsetsAreCodePointsAndBytes) {
  const AttributionExtractor extractor;
  const auto a = extractor.extract("\xE2\x80\x9CNo,\xE2\x80\x9D Putin said.", "x.txt");
  ASSERT_EQ(a.statements.size(), 1u);
  const std::string json = evidence_to_json({a});
  // content “No,” = code points [0, 5), bytes [0, 9); source Putin = [6, 11) / bytes [10, 15)
  EXPECT_NE(json.find("\"begin\": 0"), std::string::npos);
  EXPECT_NE(json.find("\"end\": 5"), std::string::npos);
  EXPECT_NE(json.find("\"byte_end\": 9"), std::string::npos);
  EXPECT_NE(json.find("\"begin\": 6"), std::string::npos);
  EXPECT_NE(json.find("\"byte_begin\": 10"), std::string::npos);
  const CodePointIndex index(a.text);
  EXPECT_EQ(index.code_point(10), 6u);
  EXPECT_EQ(index.code_point(1), 0u);  // a continuation byte belongs to its code point
}

TEST(EvidenceBadInput, InvalidUtf8NamesFileAndLine) {
  const AttributionExtractor extractor;
  try {
    extractor.extract_file(parley::test::fixture("evidence/invalid_utf8.txt"));
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, 1);
    EXPECT_NE(std::string(e.what()).find("invalid UTF-8 at byte 21"), std::string::npos) << e.what();
  }
  EXPECT_THROW(extractor.extract("ok\n\xC0\xAF", "overlong.txt"), InputError);  // overlong "/"
  EXPECT_THROW(extractor.extract_file("/nonexistent/article.txt"), InputError);
}

TEST(EvidenceBadInput, EmptyAndStatementFreeTextsAreFine) {
  EXPECT_TRUE(extract_text("").statements.empty());
  EXPECT_TRUE(extract_text("\n\n   \n").statements.empty());
  EXPECT_TRUE(extract_text("The weather was cold in Minsk.").statements.empty());
}

}  // namespace
}  // namespace parley::evidence::test
