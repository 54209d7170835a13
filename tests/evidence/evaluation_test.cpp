// The evaluator: span matching rules, brat reading, and the scores on a hand-annotated gold
// folder whose expected counts were worked out by hand (see the comments).
#include <gtest/gtest.h>

#include <fstream>

#include "evidence/evidence_test_support.hpp"
#include "parley/evidence/evaluation.hpp"
#include "parley/evidence/utf8_text.hpp"
#include "parley/model/error.hpp"

namespace parley::evidence::test {
namespace {

Fragments span(std::size_t begin, std::size_t end) { return {{begin, end}}; }

TEST(EvidenceEvaluation, ExactNeedsIdenticalFragmentsOverlapNeedsOneSharedCodePoint) {
  const std::vector<Fragments> predicted{span(0, 10), span(20, 30), span(50, 55)};
  const std::vector<Fragments> gold{span(0, 10), span(22, 40), span(60, 70)};
  const auto exact = match_spans(predicted, gold, MatchRule::exact);
  EXPECT_EQ(exact.matched, 1u);
  EXPECT_DOUBLE_EQ(exact.precision(), 1.0 / 3.0);
  EXPECT_DOUBLE_EQ(exact.recall(), 1.0 / 3.0);
  const auto overlap = match_spans(predicted, gold, MatchRule::overlap);
  EXPECT_EQ(overlap.matched, 2u);
  EXPECT_DOUBLE_EQ(overlap.f1(), 2.0 / 3.0);
}

TEST(EvidenceEvaluation, MatchingIsOneToOne) {
  // One long prediction overlapping two gold spans counts once; the larger overlap wins.
  const auto counts = match_spans({span(0, 100)}, {span(0, 10), span(20, 90)}, MatchRule::overlap);
  EXPECT_EQ(counts.matched, 1u);
  EXPECT_DOUBLE_EQ(counts.precision(), 1.0);
  EXPECT_DOUBLE_EQ(counts.recall(), 0.5);
}

TEST(EvidenceEvaluation, EmptyCountsScoreZeroNotNaN) {
  const MatchCounts none;
  EXPECT_EQ(none.precision(), 0.0);
  EXPECT_EQ(none.recall(), 0.0);
  EXPECT_EQ(none.f1(), 0.0);
}

TEST(EvidenceEvaluation, FragmentsSeparatedByWhitespaceMerge) {
  const std::u32string text = U"\u201CA b.\u201D  \u201CC d.\u201D x";
  const Fragments merged = normalise_fragments({{7, 13}, {0, 6}}, text);
  ASSERT_EQ(merged.size(), 1u);
  EXPECT_EQ(merged[0], (CodePointSpan{0, 13}));
  const Fragments apart = normalise_fragments({{0, 6}, {15, 16}}, text);
  EXPECT_EQ(apart.size(), 2u);  // "x" is not whitespace-adjacent to the first quote
  const Fragments trimmed = normalise_fragments({{6, 9}}, text);
  EXPECT_EQ(trimmed, (Fragments{{8, 9}}));
}

TEST(EvidenceEvaluation, ReadsBratRelationsWithDiscontinuousContent) {
  const auto gold = read_brat_attributions(parley::test::fixture("evidence/gold/attributions/a_ann1.ann"), 116);
  ASSERT_EQ(gold.attributions.size(), 3u);
  EXPECT_EQ(gold.attributions[0].content, span(0, 15));
  EXPECT_EQ(gold.attributions[0].source, span(16, 21));
  EXPECT_EQ(gold.attributions[2].content, (Fragments{{66, 75}, {92, 115}}));
  const auto no_source = read_brat_attributions(parley::test::fixture("evidence/gold/attributions/b_ann2.ann"), 37);
  ASSERT_EQ(no_source.attributions.size(), 1u);
  EXPECT_TRUE(no_source.attributions[0].source.empty());
}

TEST(EvidenceEvaluation, BratOffsetsOutsideTheTextAreAnError) {
  try {
    read_brat_attributions(parley::test::fixture("evidence/gold/attributions/a_ann1.ann"), 50);
    FAIL() << "expected InputError";
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, 8);  // T7 "44 63" is the first span ending past code point 50
    EXPECT_NE(std::string(e.what()).find("outside the text"), std::string::npos);
  }
}

TEST(EvidenceEvaluation, BratUnknownReferenceIsAnError) {
  const auto file = std::filesystem::temp_directory_path() / "parley-evidence-bad.ann";
  std::ofstream(file) << "T1\tCue 0 4\tsaid\nE1\tAttribution:T9 Cue:T1\n";
  EXPECT_THROW(read_brat_attributions(file, 10), InputError);
  std::filesystem::remove(file);
}

TEST(EvidenceEvaluation, HandAnnotatedGoldFolder) {
  // a.txt: “We are ready,” Putin said. / Putin believes that Kyiv will fold. / The talks,
  //        Podolyak said, are extremely difficult.   (3 gold relations, 3 predictions — an
  //        internal state, "believes", is a cue — all exact in content, source and cue)
  // b.txt: Zelenskyy said the war must end now.     (gold content "the war must end" stops
  //        before "now": overlap but not exact; b_ann2.ann is ignored, b_ann1 comes first)
  const AttributionExtractor extractor;
  const auto report = evaluate_folder(parley::test::fixture("evidence/gold"), extractor);
  EXPECT_EQ(report.documents, 2u);
  EXPECT_EQ(report.statements, 4u);
  const auto& content_exact = report.at(Role::content, MatchRule::exact);
  EXPECT_EQ(content_exact.predicted, 4u);
  EXPECT_EQ(content_exact.gold, 4u);
  EXPECT_EQ(content_exact.matched, 3u);
  EXPECT_EQ(report.at(Role::content, MatchRule::overlap).matched, 4u);
  for (const auto role : {Role::source, Role::cue}) {
    EXPECT_EQ(report.at(role, MatchRule::exact).matched, 4u) << to_string(role);
    EXPECT_EQ(report.at(role, MatchRule::exact).gold, 4u) << to_string(role);
  }
  EXPECT_EQ(report.relations.matched, 4u);
  EXPECT_DOUBLE_EQ(report.relations.recall(), 1.0);
}

TEST(EvidenceEvaluation, MissingGoldFolderIsAnError) {
  const AttributionExtractor extractor;
  EXPECT_THROW(evaluate_folder("/nonexistent/gold", extractor), InputError);
  EXPECT_THROW(evaluate_folder(parley::test::fixture("evidence/gold/attributions"), extractor), InputError);
}

TEST(EvidenceEvaluation, PolnearOffsetsAreCodePoints) {
  // Independent oracle: every text-bound annotation carries its own text; the code-point
  // substring at its offsets must reproduce it (a byte reading would drift after “ or ’).
  PARLEY_REQUIRE_SHARED_DATA(folder, "polnear/train");
  const auto pairs = find_gold_pairs(folder);
  std::size_t checked = 0;
  for (std::size_t p = 0; p < pairs.size() && p < 40; ++p) {
    const std::string text = read_utf8_file(pairs[p].text);
    std::u32string wide;
    for (std::size_t i = 0; i < text.size();) {  // the test's own decoder: no parley code
      const auto byte = static_cast<unsigned char>(text[i]);
      const int length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
      char32_t c = length == 1 ? byte : byte & (0x3F >> (length - 1));
      for (int k = 1; k < length; ++k) c = (c << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
      wide.push_back(c);
      i += length;
    }
    const CodePointIndex index(text);
    ASSERT_EQ(index.code_point(text.size()), wide.size());
    std::ifstream ann(pairs[p].annotations);
    std::string line;
    while (std::getline(ann, line)) {
      if (line.size() < 2 || line[0] != 'T') continue;
      const auto tab1 = line.find('\t');
      const auto tab2 = line.find('\t', tab1 + 1);
      if (tab2 == std::string::npos || line.find(';', tab1) < tab2) continue;  // single-fragment spans only
      std::size_t begin = 0, end = 0;
      if (std::sscanf(line.c_str() + line.find(' ', tab1), " %zu %zu", &begin, &end) != 2) continue;
      const std::u32string expected_wide = wide.substr(begin, end - begin);
      std::string expected;
      for (const char32_t c : expected_wide) {  // back to UTF-8 for the comparison
        if (c < 0x80) expected += static_cast<char>(c);
        else if (c < 0x800) expected += {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
        else if (c < 0x10000)
          expected += {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
                       static_cast<char>(0x80 | (c & 0x3F))};
        else
          expected += {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
                       static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
      }
      if (line.substr(tab2 + 1) == expected) ++checked;
      else ADD_FAILURE() << pairs[p].annotations << ": " << line;
    }
  }
  EXPECT_GT(checked, 500u);
}

}  // namespace
}  // namespace parley::evidence::test
