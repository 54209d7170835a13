// EvidenceJsonWriter: the streamed text is exactly nlohmann's pretty print of the document it
// holds (so clients see the format the DOM writer gave), and each article is on the stream as
// soon as it is added, which is what bounds memory for a large article.
#include <sstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "parley/evidence/evidence_json.hpp"
#include "parley/evidence/extractor.hpp"

namespace parley::evidence {
namespace {

std::string pretty(const std::string& text) { return nlohmann::json::parse(text).dump(2); }

TEST(EvidenceJsonWriter, StreamIsThePrettyPrintOfItsDocument) {
  const AttributionExtractor extractor;
  const ArticleEvidence quoted = extractor.extract(
      "\xE2\x80\x9CWe are ready,\xE2\x80\x9D Putin said.\nThe talks, Podolyak said, are extremely difficult.\n", "a.txt");
  ASSERT_EQ(quoted.statements.size(), 2u);
  const ArticleEvidence silent = extractor.extract("Nothing was said.", "b.txt");
  ASSERT_TRUE(silent.statements.empty());
  for (const auto& articles : {std::vector<ArticleEvidence>{}, std::vector<ArticleEvidence>{silent},
                               std::vector<ArticleEvidence>{quoted, silent, quoted}}) {
    const std::string text = evidence_to_json(articles);
    EXPECT_EQ(text, pretty(text));
    EXPECT_EQ(nlohmann::json::parse(text).size(), articles.size());
  }
  const auto document = nlohmann::json::parse(evidence_to_json({quoted}));
  EXPECT_EQ(document[0]["file"], "a.txt");
  EXPECT_EQ(document[0]["statements"][1]["cue"]["text"], "said");
  EXPECT_EQ(document[0]["statements"][0]["content"][0]["text"], "\xE2\x80\x9CWe are ready,\xE2\x80\x9D");
}

TEST(EvidenceJsonWriter, EachArticleIsWrittenWhenAdded) {
  const AttributionExtractor extractor;
  std::ostringstream out;
  EvidenceJsonWriter writer(out);
  writer.add(extractor.extract("\xE2\x80\x9CWe are ready,\xE2\x80\x9D Putin said.", "a.txt"));
  EXPECT_NE(out.str().find("\"text\": \"Putin\""), std::string::npos) << out.str();
  writer.finish();
  EXPECT_EQ(out.str(), pretty(out.str()));
}

}  // namespace
}  // namespace parley::evidence
