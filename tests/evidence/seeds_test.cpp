// The five seed articles of the flagship scenario (../shared/seeds; skipped when absent):
// named statements are attributed to the right speaker.
#include <gtest/gtest.h>

#include "evidence/evidence_test_support.hpp"

namespace parley::evidence::test {
namespace {

ArticleEvidence seed(const std::string& name) {
  ExtractorOptions options;
  options.directory = load_speaker_directory(parley::test::fixture("evidence/people.yaml"));
  const AttributionExtractor extractor(std::move(options));
  return extractor.extract_file(seeds_folder() / name);
}

#define PARLEY_REQUIRE_SEEDS()                                                   \
  if (seeds_folder().empty()) GTEST_SKIP() << "../shared/seeds is absent; skipping"

TEST(EvidenceSeeds, PodolyakSaysNegotiationsAreExtremelyDifficult) {
  PARLEY_REQUIRE_SEEDS();
  const auto a = seed("000_83e7bcc69711b01b.txt");
  const Statement* s = statement_with(a, "negotiations are extremely difficult");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->speaker, "Mykhailo Podolyak");
  EXPECT_EQ(s->party, "Ukraine");
  EXPECT_EQ(span_text(a, s->cue), "told");
  // the next quoted sentence continues Podolyak's statement
  EXPECT_NE(content_text(a, *s).find("But they are taking place."), std::string::npos);
}

TEST(EvidenceSeeds, PutinSaysWeHadNoChoice) {
  PARLEY_REQUIRE_SEEDS();
  const auto a = seed("000_83e7bcc69711b01b.txt");
  const Statement* s = statement_with(a, "But we had no choice.");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->speaker, "Vladimir Putin");
  EXPECT_EQ(s->party, "Russia");
  EXPECT_EQ(s->pattern, "source_cue_colon");
}

TEST(EvidenceSeeds, TitlesResolveToTheBelarusianAndRussianPresidents) {
  PARLEY_REQUIRE_SEEDS();
  const auto meduza = seed("002_d93bd5a4288e3419.txt");
  const Statement* lukashenko = statement_with(meduza, "Lay the groundwork and make an official statement");
  ASSERT_NE(lukashenko, nullptr);
  EXPECT_EQ(span_text(meduza, lukashenko->source), "the Belarusian president");
  EXPECT_EQ(lukashenko->speaker, "Alexander Lukashenko");
  const Statement* putin = statement_with(meduza, "we are ready to wait");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->speaker, "Vladimir Putin");

  const auto kremlin = seed("001_80492bd9885cfb65.txt");
  const Statement* leader = statement_with(kremlin, "We have something to talk about");
  ASSERT_NE(leader, nullptr);
  EXPECT_EQ(span_text(kremlin, leader->source), "the Russian leader");
  EXPECT_EQ(leader->speaker, "Vladimir Putin");
}

TEST(EvidenceSeeds, EveryArticleYieldsStatementsWithSpeakers) {
  PARLEY_REQUIRE_SEEDS();
  std::size_t total = 0;
  for (const auto& entry : std::filesystem::directory_iterator(seeds_folder())) {
    const auto a = seed(entry.path().filename().string());
    EXPECT_GE(a.statements.size(), 3u) << entry.path();
    for (const auto& s : a.statements) EXPECT_FALSE(s.speaker.empty()) << entry.path() << ": " << content_text(a, s);
    total += a.statements.size();
  }
  EXPECT_GE(total, 30u);
}

}  // namespace
}  // namespace parley::evidence::test
