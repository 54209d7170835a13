// One test per attribution pattern, including the tricky cases named in issue 7.
#include <gtest/gtest.h>
#include <string>
#include <vector>

#include "evidence/evidence_test_support.hpp"

namespace parley::evidence::test {
namespace {

TEST(EvidencePatterns, QuoteThenSourceThenCue) {
  const auto a = extract_text("\xE2\x80\x9CWe will never give up Crimea,\xE2\x80\x9D Zelenskyy said.");
  ASSERT_EQ(a.statements.size(), 1u);
  const auto& s = a.statements[0];
  EXPECT_EQ(content_text(a, s), "\xE2\x80\x9CWe will never give up Crimea,\xE2\x80\x9D");
  EXPECT_EQ(span_text(a, s.source), "Zelenskyy");
  EXPECT_EQ(span_text(a, s.cue), "said");
  EXPECT_EQ(s.kind, StatementKind::direct);
  EXPECT_EQ(s.pattern, "quote_source_cue");
  EXPECT_EQ(s.issues, std::vector<std::string>{"crimea"});
}

TEST(EvidencePatterns, QuoteThenCueThenTitledSource) {
  const auto a = extract_text("\"The talks are over,\" said Russian President Vladimir Putin.");
  ASSERT_EQ(a.statements.size(), 1u);
  const auto& s = a.statements[0];
  EXPECT_EQ(content_text(a, s), "\"The talks are over,\"");
  EXPECT_EQ(span_text(a, s.source), "Russian President Vladimir Putin");
  EXPECT_EQ(s.speaker, "Vladimir Putin");  // the title is not part of the name
  EXPECT_EQ(s.pattern, "quote_cue_source");
}

TEST(EvidencePatterns, SourceCueThatClause) {
  const auto a = extract_text("Putin said that the sanctions had failed.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "that the sanctions had failed");
  EXPECT_EQ(span_text(a, a.statements[0].source), "Putin");
  EXPECT_EQ(a.statements[0].kind, StatementKind::indirect);
  EXPECT_EQ(a.statements[0].issues, std::vector<std::string>{"sanctions"});
}

TEST(EvidencePatterns, SourceCueBareClause) {
  const auto a = extract_text("The Kremlin says peace talks with Ukraine are at an impasse.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "peace talks with Ukraine are at an impasse");
  EXPECT_EQ(span_text(a, a.statements[0].source), "The Kremlin");
  EXPECT_EQ(span_text(a, a.statements[0].cue), "says");
}

TEST(EvidencePatterns, SourceCueColonQuote) {
  const auto a = extract_text("Speaking to reporters, Putin said: \xE2\x80\x9CWe had no choice.\xE2\x80\x9D");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "\xE2\x80\x9CWe had no choice.\xE2\x80\x9D");
  EXPECT_EQ(span_text(a, a.statements[0].source), "Putin");
  EXPECT_EQ(a.statements[0].pattern, "source_cue_colon");
  EXPECT_EQ(a.statements[0].kind, StatementKind::direct);
}

TEST(EvidencePatterns, AccordingToBeforeAndAfterTheClause) {
  const auto before = extract_text("According to Podolyak, the talks are extremely difficult.");
  ASSERT_EQ(before.statements.size(), 1u);
  EXPECT_EQ(content_text(before, before.statements[0]), "the talks are extremely difficult");
  EXPECT_EQ(span_text(before, before.statements[0].source), "Podolyak");
  EXPECT_EQ(span_text(before, before.statements[0].cue), "According to");

  const auto after = extract_text("The talks are extremely difficult, according to Podolyak.");
  ASSERT_EQ(after.statements.size(), 1u);
  EXPECT_EQ(content_text(after, after.statements[0]), "The talks are extremely difficult");
  EXPECT_EQ(span_text(after, after.statements[0].source), "Podolyak");
  EXPECT_EQ(after.statements[0].pattern, "clause_according_to");
}

TEST(EvidencePatterns, SplitQuoteKeepsBothParts) {
  const auto a = extract_text("\xE2\x80\x9CWe are ready,\xE2\x80\x9D Putin said, \xE2\x80\x9C"
                              "but Kyiv is not.\xE2\x80\x9D");
  ASSERT_EQ(a.statements.size(), 1u);
  const auto& s = a.statements[0];
  ASSERT_EQ(s.content.size(), 2u);
  EXPECT_EQ(content_text(a, s), "\xE2\x80\x9CWe are ready,\xE2\x80\x9D | \xE2\x80\x9C"
                                "but Kyiv is not.\xE2\x80\x9D");
  EXPECT_EQ(s.pattern, "split_quote");
  EXPECT_EQ(span_text(a, s.source), "Putin");
}

TEST(EvidencePatterns, FollowOnQuotedSentenceKeepsTheSpeaker) {
  // In the same paragraph the follow-on quotation is more content of the same statement (as
  // PolNeAR annotates it); the sentence after it has no cue and is nobody's statement.
  const auto a = extract_text("\xE2\x80\x9CThe sanctions failed,\xE2\x80\x9D Putin said. \xE2\x80\x9C"
                              "Our economy is stable.\xE2\x80\x9D Lukashenko disagreed.");
  ASSERT_EQ(a.statements.size(), 1u);
  const auto& s = a.statements[0];
  ASSERT_EQ(s.content.size(), 2u);
  EXPECT_EQ(std::string(s.content[1].in(a.text)), "\xE2\x80\x9COur economy is stable.\xE2\x80\x9D");
  EXPECT_EQ(s.speaker, "Putin");
}

TEST(EvidencePatterns, QuoteAcrossParagraphsContinuesTheSpeaker) {
  // News style: an unclosed quotation ends its paragraph; the next paragraph reopens it.
  const auto a = extract_text("Putin said: \xE2\x80\x9CThe first part of the answer.\n\n"
                              "\xE2\x80\x9CThe second part.\xE2\x80\x9D\n\nThe meeting ended.");
  // Both paragraphs are one statement, as PolNeAR annotates a quotation continued over them.
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]),
            "\xE2\x80\x9CThe first part of the answer. | \xE2\x80\x9CThe second part.\xE2\x80\x9D");
  EXPECT_EQ(a.statements[0].speaker, "Putin");
}

TEST(EvidencePatterns, NestedSingleQuotesStayInsideTheQuotation) {
  const auto a = extract_text("\xE2\x80\x9CThe sanctions \xE2\x80\x98" "blitzkrieg\xE2\x80\x99 against Russia failed,\xE2\x80\x9D"
                              " Putin said.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]),
            "\xE2\x80\x9CThe sanctions \xE2\x80\x98" "blitzkrieg\xE2\x80\x99 against Russia failed,\xE2\x80\x9D");
}

TEST(EvidencePatterns, SaidInsideAQuoteIsNotACue) {
  const auto a = extract_text("\xE2\x80\x9CHe said nothing about Crimea,\xE2\x80\x9D Zelenskyy told reporters.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(span_text(a, a.statements[0].source), "Zelenskyy");
  EXPECT_EQ(span_text(a, a.statements[0].cue), "told");
}

TEST(EvidencePatterns, ToldOutletThatClause) {
  const auto a = extract_text("Podolyak told Ukraine\xE2\x80\x99s Pravda that the negotiations were extremely difficult.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "that the negotiations were extremely difficult");
  EXPECT_EQ(span_text(a, a.statements[0].cue), "told");
}

TEST(EvidencePatterns, SaidInAStatementIsOneCue) {
  const auto a = extract_text("Zelenskyy\xE2\x80\x99s office said in a statement that Ukraine wants an immediate cease-fire.");
  ASSERT_EQ(a.statements.size(), 1u);
  const auto& s = a.statements[0];
  EXPECT_EQ(span_text(a, s.cue), "said in a statement");
  EXPECT_EQ(content_text(a, s), "that Ukraine wants an immediate cease-fire");
  EXPECT_EQ(span_text(a, s.source), "Zelenskyy\xE2\x80\x99s office");  // a possessive: the office speaks
  EXPECT_EQ(s.issues, std::vector<std::string>{"ceasefire"});
}

TEST(EvidencePatterns, AppositiveBetweenSourceAndCue) {
  const auto a = extract_text("Mykhailo Podolyak, an adviser to Zelenskyy, said the talks were hard.");
  ASSERT_EQ(a.statements.size(), 1u);
  // The source spans the appositive, as attribution corpora mark it; the speaker is the name.
  EXPECT_EQ(span_text(a, a.statements[0].source), "Mykhailo Podolyak, an adviser to Zelenskyy,");
  EXPECT_EQ(a.statements[0].speaker, "Mykhailo Podolyak");
  EXPECT_EQ(content_text(a, a.statements[0]), "the talks were hard");
}

TEST(EvidencePatterns, ParentheticalSourceSplitsTheContent) {
  const auto a = extract_text("The talks, Podolyak said, are extremely difficult.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "The talks | are extremely difficult");
  EXPECT_EQ(a.statements[0].pattern, "clause_source_cue");
}

TEST(EvidencePatterns, ParticipleContinuesTheSpeaker) {
  const auto a = extract_text("Economic sanctions have \xE2\x80\x9C" "failed,\xE2\x80\x9D Putin added, asserting that the "
                              "Russian economy is steady.");
  ASSERT_EQ(a.statements.size(), 2u);
  EXPECT_EQ(content_text(a, a.statements[0]), "Economic sanctions have \xE2\x80\x9C" "failed,\xE2\x80\x9D");
  EXPECT_EQ(a.statements[0].kind, StatementKind::mixed);
  EXPECT_EQ(content_text(a, a.statements[1]), "that the Russian economy is steady");
  EXPECT_EQ(a.statements[1].speaker, "Putin");
  EXPECT_EQ(a.statements[1].pattern, "participle_clause");
}

TEST(EvidencePatterns, GuillemetsAndEmDashes) {
  const auto a = extract_text("\xC2\xABWe are ready to talk\xC2\xBB \xE2\x80\x94 Lavrov said.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "\xC2\xABWe are ready to talk\xC2\xBB");
  EXPECT_EQ(span_text(a, a.statements[0].source), "Lavrov");
}

TEST(EvidencePatterns, PassiveIsNotAnAttributionToItsSubject) {
  const auto a = extract_text("Putin was told that the offensive had stalled.");
  EXPECT_TRUE(a.statements.empty());
}

TEST(EvidencePatterns, MixedStraightAndCurlyQuotes) {
  // As in the Washington Post seed: a curly opening, a straight closing mark.
  const auto a = extract_text("The \xE2\x80\x9Cnegotiations are extremely difficult,\" Podolyak told Ukraine\xE2\x80\x99s Pravda.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "The \xE2\x80\x9Cnegotiations are extremely difficult,\"");
  EXPECT_EQ(span_text(a, a.statements[0].source), "Podolyak");
}

TEST(EvidencePatterns, InvertedSourceAfterAClause) {
  const auto a = extract_text("The talks will resume next week, said Dmitry Peskov.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "The talks will resume next week");
  EXPECT_EQ(span_text(a, a.statements[0].source), "Dmitry Peskov");
}

// ICU breaks after "p.m." and "U.S."; a time zone or a name that goes on joins them again,
// a word that opens a sentence does not.
TEST(EvidencePatterns, AbbreviationsThatDoNotEndSentences) {
  const auto a = extract_text("The talks began at 1 p.m. Kyiv time, CNN reported.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "The talks began at 1 p.m. Kyiv time");
  const auto b = extract_text("\"We act,\" the U.S. State Department said.");
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(span_text(b, b.statements[0].source), "the U.S. State Department");
  const auto c = extract_text("Sanctions hit the U.S. The minister said the talks failed.");
  ASSERT_EQ(c.statements.size(), 1u);
  EXPECT_EQ(content_text(c, c.statements[0]), "the talks failed");
  EXPECT_EQ(span_text(c, c.statements[0].source), "The minister");
}

// Internal states are attributions too (PolNeAR annotates them): "believes", "fears".
TEST(EvidencePatterns, InternalStatesAndIndirectQuestions) {
  const auto a = extract_text("Zelensky believes the talks can still succeed.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "the talks can still succeed");
  EXPECT_EQ(span_text(a, a.statements[0].cue), "believes");
  const auto b = extract_text("Western officials fear that the ceasefire will not hold.");
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(content_text(b, b.statements[0]), "that the ceasefire will not hold");
  const auto c = extract_text("Reporters asked Peskov whether the talks would resume.");
  ASSERT_EQ(c.statements.size(), 1u);
  EXPECT_EQ(content_text(c, c.statements[0]), "whether the talks would resume");
  EXPECT_EQ(span_text(c, c.statements[0].source), "Reporters");
  // wishes and demands: the object and its infinitive are the content
  const auto e = extract_text("Clinton called for the United States to take a stronger role.");
  ASSERT_EQ(e.statements.size(), 1u);
  EXPECT_EQ(span_text(e, e.statements[0].cue), "called for");
  EXPECT_EQ(content_text(e, e.statements[0]), "the United States to take a stronger role");
  const auto f = extract_text("Rubio wants to emerge as the candidate of the mainstream.");
  ASSERT_EQ(f.statements.size(), 1u);
  EXPECT_EQ(content_text(f, f.statements[0]), "to emerge as the candidate of the mainstream");
  // a passive is still no attribution: "is expected to" names no one who expects
  const auto d = extract_text("The delegation is expected to arrive on Monday.");
  EXPECT_TRUE(d.statements.empty());
}

// Evaluative, intention and evidence verbs take their object as the content (PolNeAR
// annotates "endorsed Clinton" with the content "Clinton").
TEST(EvidencePatterns, ObjectVerbsTakeTheirObjectAsContent) {
  const auto a = extract_text("The governor endorsed Smith last week.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(span_text(a, a.statements[0].cue), "endorsed");
  EXPECT_EQ(span_text(a, a.statements[0].source), "The governor");
  EXPECT_EQ(content_text(a, a.statements[0]), "Smith last week");
  const auto b = extract_text("The minister described the plan as \xE2\x80\x9C" "a dead end.\xE2\x80\x9D");
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(content_text(b, b.statements[0]), "the plan as \xE2\x80\x9C" "a dead end.\xE2\x80\x9D");
  const auto c = extract_text("A ministry spokesman declined to comment.");
  ASSERT_EQ(c.statements.size(), 1u);
  EXPECT_EQ(content_text(c, c.statements[0]), "to comment");
  EXPECT_EQ(span_text(c, c.statements[0].source), "A ministry spokesman");
  const auto d = extract_text("New polls show the mayor ahead by ten points.");
  ASSERT_EQ(d.statements.size(), 1u);
  EXPECT_EQ(content_text(d, d.statements[0]), "the mayor ahead by ten points");
  // "called for" still wins over "called"
  const auto e = extract_text("The senator called for new elections.");
  ASSERT_EQ(e.statements.size(), 1u);
  EXPECT_EQ(span_text(e, e.statements[0].cue), "called for");
  EXPECT_EQ(content_text(e, e.statements[0]), "new elections");
}

// An object ends where a second verb of the same subject begins; a participle after a
// quotation whose comma stands inside the closing mark starts a statement of its own.
TEST(EvidencePatterns, ObjectEndsAtTheNextVerbOfTheSubject) {
  const auto a = extract_text("The mayor called the strike a \xE2\x80\x9C" "disaster\xE2\x80\x9D but insisted that talks go on.");
  ASSERT_EQ(a.statements.size(), 2u);
  EXPECT_EQ(content_text(a, a.statements[0]), "the strike a \xE2\x80\x9C" "disaster\xE2\x80\x9D");
  EXPECT_EQ(content_text(a, a.statements[1]), "that talks go on");
  const auto b = extract_text("The mayor called the strike \xE2\x80\x9C" "a disaster,\xE2\x80\x9D adding that talks go on.");
  ASSERT_EQ(b.statements.size(), 2u);
  EXPECT_EQ(content_text(b, b.statements[0]), "the strike \xE2\x80\x9C" "a disaster,\xE2\x80\x9D");
  EXPECT_EQ(content_text(b, b.statements[1]), "that talks go on");
}

// Sources: a long run of words before the name, an adjunct between the name and the cue,
// and a short quoted title before the source.
TEST(EvidencePatterns, SourceNameAfterLongRunsAdjunctsAndTitles) {
  const auto a = extract_text("On Saturday at the annual state party convention in the old city hall downtown Sen. Jane Doe "
                              "(D-MA) said the budget was a failure.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(span_text(a, a.statements[0].source), "Sen. Jane Doe (D-MA)");
  EXPECT_EQ(content_text(a, a.statements[0]), "the budget was a failure");
  const auto b = extract_text("Ann Lee, in a statement released on Thursday, said the vote was fair.");
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(span_text(b, b.statements[0].source), "Ann Lee");
  EXPECT_EQ(content_text(b, b.statements[0]), "the vote was fair");
  const auto c = extract_text("On the radio show \xE2\x80\x9CMorning Hour,\xE2\x80\x9D Rep. Tom Ray said the vote was fair.");
  ASSERT_EQ(c.statements.size(), 1u);
  EXPECT_EQ(content_text(c, c.statements[0]), "the vote was fair");
  EXPECT_EQ(c.statements[0].pattern, "source_cue_clause");
}

// A headline paragraph "NAME: CLAIM" attributes the claim to the name; section labels and
// kickers are not names.
TEST(EvidencePatterns, HeadlineNameColonClaim) {
  const auto a = extract_text("Senator Doe: The Budget Deal Is a Disaster.\n\nThe vote is on Friday.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(span_text(a, a.statements[0].source), "Senator Doe");
  EXPECT_EQ(span_text(a, a.statements[0].cue), ":");
  EXPECT_EQ(content_text(a, a.statements[0]), "The Budget Deal Is a Disaster");
  EXPECT_EQ(a.statements[0].pattern, "headline_colon");
  for (const char* label : {"The Latest: Doe wins the vote.", "Editor\xE2\x80\x99s Note: This is part two of three.",
                            "Q: Did the vote pass today?", "Doe: 1,769 delegates so far.", "BREAKING NEWS: Doe wins the vote.",
                            "In the city, the mayor said nothing about it: the vote was close."}) {
    const auto b = extract_text(label);
    for (const auto& statement : b.statements) EXPECT_NE(statement.pattern, "headline_colon") << label;
  }
}

// "told OUTLET he …" (a pronoun opens the clause), "told HOST, “Q”", and a question asked
// of the speaker ("Asked whether …, S said …") as a sourceless attribution of its own.
TEST(EvidencePatterns, ToldAddresseeClauseAndAskedQuestions) {
  const auto a = extract_text("Doe told the Daily Courier he would run again.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "he would run again");
  const auto b = extract_text("Doe told radio host Ann Lee, \xE2\x80\x9CWe will win.\xE2\x80\x9D");
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(content_text(b, b.statements[0]), "\xE2\x80\x9CWe will win.\xE2\x80\x9D");
  const auto c = extract_text("Asked whether the talks would resume, Peskov said they would.");
  ASSERT_EQ(c.statements.size(), 2u);
  EXPECT_EQ(c.statements[0].pattern, "asked_question");
  EXPECT_EQ(content_text(c, c.statements[0]), "whether the talks would resume");
  EXPECT_EQ(span_text(c, c.statements[0].source), "<none>");
  EXPECT_EQ(span_text(c, c.statements[1].source), "Peskov");
  EXPECT_EQ(content_text(c, c.statements[1]), "they would");
}

// Commitments and hopes take an infinitive as the content ("vowed to fight on").
TEST(EvidencePatterns, CommitmentsTakeAnInfinitive) {
  const auto a = extract_text("The governor vowed to veto the budget.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(content_text(a, a.statements[0]), "to veto the budget");
  const auto b = extract_text("The two sides agreed to meet again in May.");
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(content_text(b, b.statements[0]), "to meet again in May");
  const auto c = extract_text("Doe hopes to win the primary.");
  ASSERT_EQ(c.statements.size(), 1u);
  EXPECT_EQ(content_text(c, c.statements[0]), "to win the primary");
}

// Where a content ends: one sentence in, the single statement's content out.
TEST(EvidencePatterns, ContentEnds) {
  struct Case {
    std::string text;
    std::string content;
  };
  const std::vector<Case> cases{
      // A report inside an adverbial clause ends at its comma: the main clause is the outlet's.
      {"While Trump has said he opposes sending troops abroad, his administration carves out exceptions.",
       "he opposes sending troops abroad"},
      // Without the conjunction the clause runs on (annotators keep such commas inside).
      {"Trump said he opposes sending troops abroad, a view his party shares.",
       "he opposes sending troops abroad, a view his party shares"},
      // No-break spaces and a closing parenthesis opened before the content are trimmed.
      {"Cruz said his pick was motivated.\xC2\xA0 However, the vote came later.", "his pick was motivated"},
      {"(The campaign also declined to comment for this column.)", "to comment for this column"},
      // A parenthesis inside the content stays; so does the period of dotted initials.
      {"Trump has pledged to ban all Muslims (1.6 billion people) from entering the U.S.",
       "to ban all Muslims (1.6 billion people) from entering the U.S."},
  };
  for (const auto& c : cases) {
    const auto a = extract_text(c.text);
    ASSERT_EQ(a.statements.size(), 1u) << c.text;
    EXPECT_EQ(content_text(a, a.statements[0]), c.content) << c.text;
  }
}

TEST(EvidencePatterns, ClauseEndsAtASecondCueOfTheSameSubject) {
  const auto a = extract_text("Doe said she had met with Manafort twice but said neither Manafort nor Gates played a role.");
  ASSERT_EQ(a.statements.size(), 2u);
  EXPECT_EQ(content_text(a, a.statements[0]), "she had met with Manafort twice");
  EXPECT_EQ(content_text(a, a.statements[1]), "neither Manafort nor Gates played a role");
  EXPECT_EQ(a.statements[1].speaker, "Doe");
}

TEST(EvidencePatterns, InvertedSourceIsNotTheSubjectOfAClause) {
  // "who says Trump is …", "told Politico … that": what follows the cue is no source.
  for (const std::string text : {"Cruz, who says Trump is attacking him because he is winning, spoke in Iowa.",
                                  "Hunter, meanwhile, told Politico on Wednesday that he is running."}) {
    const auto a = extract_text(text);
    for (const auto& s : a.statements) EXPECT_NE(s.pattern, "clause_cue_source") << content_text(a, s);
  }
  const auto a = extract_text("The talks will resume in May, said Peskov on Tuesday.");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(a.statements[0].pattern, "clause_cue_source");
  EXPECT_EQ(content_text(a, a.statements[0]), "The talks will resume in May");
}

TEST(EvidencePatterns, VerbFormsThatReportNothing) {
  for (const std::string text : {"Hundreds more showed up to hear Stein.", "Any walkouts were either called off or went unnoticed.",
                                 "Obama found himself in the awkward position of answering.",
                                 "Roger Ailes helped found Fox News in 1996.",
                                 "A new group called Black Votes Matter held a rally."}) {
    EXPECT_TRUE(extract_text(text).statements.empty()) << text;
  }
  // The same verbs as cues.
  EXPECT_EQ(extract_text("The inspector general found that Mills had tasked her staff.").statements.size(), 1u);
  EXPECT_EQ(extract_text("Mr. Cruz called the deal a disaster.").statements.size(), 1u);
}

TEST(EvidencePatterns, SplitQuoteAfterAPhraseAndAComma) {
  const auto a = extract_text("\xE2\x80\x9CThey have every incentive,\xE2\x80\x9D he said of Trump and Ryan, \xE2\x80\x9C"
                              "because they both need one another.\xE2\x80\x9D");
  ASSERT_EQ(a.statements.size(), 1u);
  EXPECT_EQ(a.statements[0].pattern, "split_quote");
  EXPECT_EQ(content_text(a, a.statements[0]), "\xE2\x80\x9CThey have every incentive,\xE2\x80\x9D | \xE2\x80\x9C"
                                              "because they both need one another.\xE2\x80\x9D");
  // A phrase with a sentence mark is not part of the split.
  const auto b = extract_text("\xE2\x80\x9CWe are ready,\xE2\x80\x9D he said. Then he left, \xE2\x80\x9C"
                              "angry.\xE2\x80\x9D");
  ASSERT_FALSE(b.statements.empty());
  EXPECT_EQ(content_text(b, b.statements[0]), "\xE2\x80\x9CWe are ready,\xE2\x80\x9D");
}

}  // namespace
}  // namespace parley::evidence::test
