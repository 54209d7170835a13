// Text-level YAML edits: each style of node is replaced in place and reads back as meant, and
// everything else — comments included — stays byte for byte.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include "parley/serve/workbench.hpp"
#include "serve/yaml_text_edit.hpp"

namespace parley::serve::detail {
namespace {

using nlohmann::json;

std::string edit(const std::string& text, std::vector<PathStep> path, json value) {
  return apply_text_edits(text, {TextEdit{std::move(path), std::move(value)}});
}

const std::string document = R"(# top comment
party: russia   # trailing comment
reservation: {value: 0.45, why: plain words}
quoted: "a \"quoted\" text"
single: 'it''s'
why: >-
  folded text over
  two lines
options: [deferred, "membership-pursued"]
list:
  - name: a
    weight: 18
  - name: b
    weight: 7
)";

TEST(YamlTextEdit, PlainValueInABlockMapKeepsItsTrailingComment) {
  const auto out = edit(document, {std::string("party"), }, "ukraine");
  EXPECT_NE(out.find("party: ukraine   # trailing comment\n"), std::string::npos) << out;
}

TEST(YamlTextEdit, ValuesInsideAFlowMap) {
  auto out = edit(document, {std::string("reservation"), std::string("value")}, 0.35);
  EXPECT_NE(out.find("reservation: {value: 0.35, why: plain words}"), std::string::npos) << out;
  out = edit(document, {std::string("reservation"), std::string("why")}, "a reason: with a colon");
  EXPECT_NE(out.find(R"(reservation: {value: 0.45, why: "a reason: with a colon"})"), std::string::npos) << out;
  EXPECT_EQ(YAML::Load(out)["reservation"]["why"].Scalar(), "a reason: with a colon");
}

TEST(YamlTextEdit, QuotedStringsStayQuoted) {
  auto out = edit(document, {std::string("quoted")}, "plain now");
  EXPECT_NE(out.find("quoted: \"plain now\"\n"), std::string::npos) << out;
  out = edit(document, {std::string("single")}, "it's \"new\"");
  EXPECT_EQ(YAML::Load(out)["single"].Scalar(), "it's \"new\"");
}

TEST(YamlTextEdit, AFoldedBlockStaysAFoldedBlock) {
  const auto out = edit(document, {std::string("why")}, "a new reason");
  EXPECT_NE(out.find("why: >-\n  a new reason\noptions:"), std::string::npos) << out;
}

TEST(YamlTextEdit, FlowListsAndItemsOfBlockLists) {
  auto out = edit(document, {std::string("options")}, json::array({"renounced-neutral", "yes"}));
  EXPECT_NE(out.find("options: [renounced-neutral, \"yes\"]"), std::string::npos) << out;
  out = edit(document, {std::string("list"), std::size_t{1}, std::string("weight")}, 9);
  EXPECT_NE(out.find("    weight: 18\n  - name: b\n    weight: 9\n"), std::string::npos) << out;
}

TEST(YamlTextEdit, WordsYamlWouldReadAsSomethingElseAreQuoted) {
  for (const std::string word : {"yes", "null", "12", "- item", "#tag", "a: b", ""}) {
    const auto out = edit(document, {std::string("party")}, word);
    EXPECT_EQ(YAML::Load(out)["party"].Scalar(), word) << out;
  }
}

TEST(YamlTextEdit, OnlyTheEditedLineChanges) {
  const auto out = edit(document, {std::string("list"), std::size_t{0}, std::string("weight")}, 20);
  auto expected = document;
  expected.replace(expected.find("weight: 18"), 10, "weight: 20");
  EXPECT_EQ(out, expected);
}

TEST(YamlTextEdit, BadPathsAreRefused) {
  EXPECT_THROW(edit(document, {std::string("nothing")}, 1), ApiError);
  EXPECT_THROW(edit(document, {std::string("list"), std::size_t{5}, std::string("weight")}, 1), ApiError);
  EXPECT_THROW(edit(document, {std::string("list")}, 1), ApiError);               // a block list is not a value
  EXPECT_THROW(edit(document, {std::string("options")}, "one"), ApiError);        // a list needs a list
  EXPECT_THROW(edit(document, {std::string("party")}, json::object()), ApiError);
}

}  // namespace
}  // namespace parley::serve::detail
